import type { NextConfig } from "next";

// Server actions keep Next's default 1 MB body limit (proxy.ts answers 413 above it); the one
// large upload, the access export, goes to its own route handler with a 10 MB limit.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
