import { DrizzleAdapter } from "@auth/drizzle-adapter";
import NextAuth, { type DefaultSession } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { authConfig } from "./auth.config";
import { getDb } from "./db/client";
import { getUserByEmail, getUserById, listMemberships } from "./db/queries/staff";
import { accounts, sessions, users, verificationTokens } from "./db/schema";
import { staffSignInEmail } from "./emails";
import { env } from "./lib/env";
import { enqueueEmail } from "./lib/mail/outbox";
import { kickMailWorker } from "./lib/mail/worker";
import { verifyPassword } from "./lib/password";
import { recordStaffEvent } from "./lib/staff/audit";
import { MAGIC_LINK_MINUTES } from "./lib/staff/sign-in-link";

declare module "next-auth" {
  interface Session {
    user: { id: string } & DefaultSession["user"];
    sessionVersion: number;
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
    adapter: DrizzleAdapter(db, { usersTable: users, accountsTable: accounts, sessionsTable: sessions, verificationTokensTable: verificationTokens }),
    providers: [
      {
        id: "email",
        type: "email",
        name: "Email",
        maxAge: MAGIC_LINK_MINUTES * 60,
        normalizeIdentifier: (identifier: string) => identifier.trim().toLowerCase(),
        // Only members get a link; everyone sees the same "check your email" page.
        sendVerificationRequest({ identifier, url }) {
          const member = getUserByEmail(db, { email: identifier });
          if (!member || listMemberships(db, { userId: member.id }).length === 0) return;
          const confirmUrl = `${config.APP_URL}/staff/sign-in/confirm?callback=${encodeURIComponent(url)}`;
          enqueueEmail(db, { template: staffSignInEmail, props: { confirmUrl, expiresInMinutes: MAGIC_LINK_MINUTES }, to: identifier, language: "en", now: new Date() });
          kickMailWorker();
        },
      },
      Credentials({
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials) {
          const user = typeof credentials.email === "string" ? getUserByEmail(db, { email: credentials.email }) : undefined;
          const ok = typeof credentials.password === "string" && (await verifyPassword(credentials.password, user?.passwordHash));
          return ok && user ? { id: user.id, email: user.email, name: user.name } : null;
        },
      }),
    ],
    callbacks: {
      ...authConfig.callbacks,
      jwt({ token, user }) {
        if (user?.id) token.sv = getUserById(db, { id: user.id })?.sessionVersion ?? 0;
        return token;
      },
      session({ session, token }) {
        session.user.id = token.sub!;
        session.sessionVersion = typeof token.sv === "number" ? token.sv : 0;
        return session;
      },
    },
    events: {
      signIn({ user, account }) {
        if (user.id) recordStaffEvent(db, { userId: user.id, type: "staff_signed_in", data: { method: account?.provider ?? "unknown" } });
      },
    },
  };
});
