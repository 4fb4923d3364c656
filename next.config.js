// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Several dev servers can share one checkout, each with its own build directory.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // The Docker image copies .next/standalone; the embedded launcher and seed data are not part of the server bundle.
  output: "standalone",
  outputFileTracingIncludes: { "/**": ["./graph-seed/*/views.json"] },
};
module.exports = nextConfig;
