import NextAuth from "next-auth";
import { authConfig } from "./auth.config";
import { env } from "./lib/env";

const { auth } = NextAuth(() => ({ ...authConfig, secret: env().AUTH_SECRET }));

/**
 * A thin gate for /staff: no session, off to the sign-in page. The real checks
 * (session version, membership, role on the request's portal) are in every
 * staff page, action and route. (Next 16 needs a plain `proxy` export.)
 */
export const proxy = auth;

export const config = { matcher: ["/staff/:path*"] };
