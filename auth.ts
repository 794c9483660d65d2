import NextAuth, { CredentialsSignin, type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { getDb } from "./db/client";
import { now } from "./lib/clock";
import { env } from "./lib/env";
import { clientAddress } from "./lib/requests/client-address";
import { rightsdeskAdapter } from "./lib/staff/auth-adapter";
import { recordSignIn, sendSignInLink } from "./lib/staff/sign-in";
import { MAGIC_LINK_MINUTES } from "./lib/staff/sign-in-link";
import { signInWithPassword } from "./lib/staff/password-sign-in";
import { endStaffSession } from "./lib/staff/sign-out";
import { openStaffSession, staffSessionIsLive } from "./lib/staff/staff-sessions";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    /** The staff_sessions row this session lives by. */
    sessionId: string;
  }
}

/**
 * Password sign-in is paused (too many attempts for the address or from the
 * client, or too many at once). Its code reaches the sign-in page, which says
 * so without telling whether the address has an account.
 */
export class SignInLimited extends CredentialsSignin {
  code = "limited";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

/**
 * Staff sign-in: a magic link through our own outbox, or a password for
 * installs without mail. Configured lazily, so `next build` opens no database.
 */
export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const db = getDb();
  const config = env();
  return {
    ...authConfig,
    secret: config.AUTH_SECRET,
    adapter: rightsdeskAdapter(db),
    providers: [
      {
        id: "email",
        type: "email",
        name: "Email",
        maxAge: MAGIC_LINK_MINUTES * 60,
        normalizeIdentifier: (identifier: string) => identifier.trim().toLowerCase(),
        // Only members get a link, a few per address and per client; everyone sees the same
        // "check your email" page.
        async sendVerificationRequest({ identifier, url, request }) {
          await sendSignInLink(db, { email: identifier, url, client: clientAddress(request.headers), appUrl: config.APP_URL, now: now() });
        },
      },
      Credentials({
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize({ email, password }, request) {
          if (typeof email !== "string" || typeof password !== "string") return null;
          const outcome = await signInWithPassword({ db, email, password, client: clientAddress(request.headers), now: now() });
          if (outcome.kind === "limited") throw new SignInLimited(outcome.retryAfterSeconds);
          return outcome.kind === "ok" ? { id: outcome.user.id, email: outcome.user.email, name: outcome.user.name } : null;
        },
      }),
    ],
    callbacks: {
      ...authConfig.callbacks,
      // Runs on every read of the session, the proxy's included: a revoked or expired
      // session row ends the session there (null clears the cookie).
      async jwt({ token, user }) {
        if (user?.id) return { ...token, sid: await openStaffSession(db, { userId: user.id, now: now() }) };
        const live = typeof token.sid === "string" && !!token.sub && (await staffSessionIsLive(db, { id: token.sid, userId: token.sub, now: now() }));
        return live ? token : null;
      },
      session({ session, token }) {
        session.user.id = token.sub!;
        session.sessionId = typeof token.sid === "string" ? token.sid : "";
        return session;
      },
    },
    events: {
      // Every sign-out, by the button or by Auth.js's own route, revokes the session's row.
      async signOut(message) {
        const token = "token" in message ? message.token : null;
        if (typeof token?.sid === "string" && token.sub) await endStaffSession(db, { id: token.sid, userId: token.sub, now: now() });
      },
      async signIn({ user, account }) {
        if (user.id) await recordSignIn(db, { userId: user.id, method: account?.provider ?? "unknown", now: now() });
      },
    },
  };
});
