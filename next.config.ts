import type { NextConfig } from "next";
import { securityHeaders } from "./lib/security/headers";

// Server actions keep Next's default 1 MB body limit (proxy.ts answers 413 above it); the one
// large upload, the access export, goes to its own route handler with a 10 MB limit.
const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // The export uploads' paths are the ones proxy.ts skips. The staff route writes the headers on
  // its own answers; these cover the ones Next writes there (a wrong method, a 404, a sign-in
  // redirect, an error) and every answer of the API's. Fixed at build time, so without HSTS: every
  // other response of the host sends it.
  async headers() {
    const headers = Object.entries(securityHeaders({ https: false })).map(([key, value]) => ({ key, value }));
    return ["/staff/requests/:id/export", "/api/v1/requests/:reference/completion"].map((source) => ({ source, headers }));
  },
};

export default nextConfig;
