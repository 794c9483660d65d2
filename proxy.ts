import NextAuth from "next-auth";
import { authConfig } from "./auth.config";
import { env } from "./lib/env";

/**
 * A thin gate for /staff: no session, off to the sign-in page. The real checks
 * (session version, membership, role on the request's portal) are in every
 * staff page, action and route.
 */
export const { auth: proxy } = NextAuth(() => ({ ...authConfig, secret: env().AUTH_SECRET }));

export const config = { matcher: ["/staff/:path*"] };
