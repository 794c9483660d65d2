import type { NextAuthConfig } from "next-auth";
import { SESSION_MAX_AGE_SECONDS } from "./lib/staff/session-lifetime";

/**
 * The part of the Auth.js configuration that needs neither the database nor
 * Node: pages, session lifetime and the proxy's gate. Providers and the adapter
 * are added in auth.ts.
 */
export const authConfig = {
  pages: { signIn: "/staff/sign-in", verifyRequest: "/staff/sign-in/check-email", error: "/staff/sign-in" },
  // JWT sessions (the credentials provider needs them), each naming a staff_sessions row that
  // the server checks on every request, so signing out ends the session for real.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  trustHost: true,
  providers: [],
  callbacks: {
    /** The proxy's coarse gate: /staff needs a session, except the sign-in pages. Pages check roles themselves. */
    authorized({ auth, request }) {
      const path = request.nextUrl.pathname;
      return path.startsWith("/staff/sign-in") || !!auth?.user;
    },
  },
} satisfies NextAuthConfig;
