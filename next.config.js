// @ts-check
// next.config.js is CommonJS (the file name the guide fixes), so the plugin comes through require.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const createNextIntlPlugin = require("next-intl/plugin");

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
/** /<locale>/embed alone may be framed, by any site (that is what an embed is for); everything else by none. */
const embedCsp = csp.replace("frame-ancestors 'none'", "frame-ancestors *");

const securityHeaders = [
  { key: "Content-Security-Policy", value: csp },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), interest-cohort=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const embedHeaders = [
  { key: "Content-Security-Policy", value: embedCsp },
  ...securityHeaders.filter((h) => h.key !== "Content-Security-Policy" && h.key !== "X-Frame-Options"),
];

/**
 * Built with webpack (`next build --webpack`: package.json, scripts/test.ts, scripts/bench.ts, scripts/reliability.ts,
 * the Dockerfile), not Next 16's default Turbopack: on Next 16.4 Turbopack's first-load JS of /explore was
 * 200.3 kB gzip against webpack's 193.1 kB (bench/bundle.ts), and Turbopack traces the whole project from
 * lib/views.ts (a path from process.cwd() and VIEWS_FILE): /explore's server trace listed 522 of the project's own
 * files (webpack: 17), all of which would go into the standalone output. Nothing here is bundler-specific:
 * `next dev` (Turbopack, Next's default) reads the same config.
 *
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Several dev servers can share one checkout, each with its own build directory.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The Docker image builds with NEXT_OUTPUT=standalone and copies .next/standalone; `npm start` uses next start.
  output: process.env.NEXT_OUTPUT === "standalone" ? "standalone" : undefined,
  // The views of the seed sets are read at run time.
  outputFileTracingIncludes: { "/**": ["./graph-seed/*/views.json", "./graph-seed/*/set.json"] },
  async headers() {
    return [
      // Every path but /<locale>/embed (and its sub-paths; and /embed, which the proxy sends on to its locale): the
      // strict headers, framing forbidden.
      { source: "/:path((?!(?:(?:en|ja|zh)/)?embed(?:/|$)).*)", headers: securityHeaders },
      { source: "/:path((?:(?:en|ja|zh)/)?embed(?:/.*)?)", headers: embedHeaders },
    ];
  },
};
// next-intl: the per-request locale and messages (lib/i18n/request.ts). The catalogues under lib/i18n/messages are
// precompiled at build time (its catalog loader, icu-minify): every import of them in the build gets the compiled
// form, and use-intl formats it without the ICU parser, which then stays out of the pages' JavaScript (issue 18:
// the parser was 11 kB of the languages' 18.6 kB gzip at first load). Tests and scripts (tsx, vitest) read the
// same files raw with the full formatter; code that reads a catalogue itself goes through use-intl's
// createTranslator, which takes either form.
module.exports = createNextIntlPlugin({
  requestConfig: "./lib/i18n/request.ts",
  experimental: { messages: { path: "./lib/i18n/messages", format: "json", locales: ["en", "ja", "zh"], precompile: true } },
})(nextConfig);
