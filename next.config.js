// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The Docker image copies .next/standalone; the embedded launcher and seed data are not part of the server bundle.
  output: "standalone",
  outputFileTracingIncludes: { "/api/views/**": ["./graph-seed/**/*.json"] },
};
module.exports = nextConfig;
