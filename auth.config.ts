import type { NextAuthConfig } from "next-auth";

/**
 * The part of the Auth.js configuration that needs neither the database nor
 * Node: pages, session lifetime and the proxy's gate. Providers and the adapter
 * are added in auth.ts.
 */
export const authConfig = {
  pages: { signIn: "/staff/sign-in", verifyRequest: "/staff/sign-in/check-email", error: "/staff/sign-in" },
  // JWT sessions (the credentials provider needs them); "sign out everywhere" is a version
  // number in the token that the server compares with the member's on every request.
  session: { strategy: "jwt", maxAge: 8 * 60 * 60 },
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
