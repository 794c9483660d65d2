import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "../client";
import { users, verificationTokens, type User } from "../schema";

/** Auth.js's records: the users it creates and updates at sign-in, and its one-time magic-link tokens (hashed). */

export async function createAuthUser(tx: Tx, user: { id?: string; email: string; name?: string | null; image?: string | null; emailVerified?: Date | null }): Promise<User> {
  const [row] = await tx
    .insert(users)
    .values({ ...user, email: user.email.trim().toLowerCase() })
    .returning();
  return row!;
}

export async function updateAuthUser(tx: Tx, user: { id: string; name?: string | null; image?: string | null; emailVerified?: Date | null }): Promise<User | undefined> {
  const { id, ...set } = user;
  const changes = Object.fromEntries(Object.entries(set).filter(([, v]) => v !== undefined));
  if (Object.keys(changes).length === 0) return (await tx.select().from(users).where(eq(users.id, id)).limit(1))[0];
  return (await tx.update(users).set(changes).where(eq(users.id, id)).returning())[0];
}

export async function insertVerificationToken(tx: Tx, token: { identifier: string; token: string; expires: Date }): Promise<{ identifier: string; token: string; expires: Date }> {
  const [row] = await tx.insert(verificationTokens).values(token).returning();
  return row!;
}

/** Uses up a token: returns it and deletes it, so a link works once. */
export async function takeVerificationToken(tx: Tx, { identifier, token }: { identifier: string; token: string }) {
  return (
    await tx
      .delete(verificationTokens)
      .where(and(eq(verificationTokens.identifier, identifier), eq(verificationTokens.token, token)))
      .returning()
  )[0];
}
