import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    // Staff upload access exports of up to 10 MB through a server action (lib/cases/complete-access.ts).
    serverActions: { bodySizeLimit: "11mb" },
  },
};

export default nextConfig;
