// @ts-check

const isDev = process.env.NODE_ENV === "development";

/**
 * Security headers on every response. The CSP allows no eval in production (React's dev tooling needs it in
 * development only); inline scripts are Next's hydration payloads; workers load from this origin or blob: URLs
 * (the ForceAtlas2 worker); styles may be inline (CodeMirror and sigma set them at run time).
 */
const csp = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ""}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  `connect-src 'self'${isDev ? " ws: wss:" : ""}`,
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Several dev servers can share one checkout, each with its own build directory.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The Docker image builds with NEXT_OUTPUT=standalone and copies .next/standalone; `npm start` uses next start.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // The views of the seed sets are read at run time.
  outputFileTracingIncludes: { "/**": ["./graph-seed/*/views.json"] },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};
module.exports = nextConfig;
