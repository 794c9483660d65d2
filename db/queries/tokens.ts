import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Executor, Tx } from "../client";
import { tokens, type Token, type TokenPurpose } from "../schema";

export async function insertToken(tx: Tx, token: { requestId: number; purpose: TokenPurpose; hash: string; expiresAt: Date }): Promise<void> {
  await tx.insert(tokens).values(token);
}

export async function findToken(db: Executor, { hash, purpose }: { hash: string; purpose: TokenPurpose }): Promise<Token | undefined> {
  return (
    await db
      .select()
      .from(tokens)
      .where(and(eq(tokens.hash, hash), eq(tokens.purpose, purpose)))
      .limit(1)
  )[0];
}

/** Marks a token used if nobody has; false when another request got there first. */
export async function consumeToken(tx: Tx, { id, now }: { id: number; now: Date }): Promise<boolean> {
  const used = await tx
    .update(tokens)
    .set({ usedAt: now })
    .where(and(eq(tokens.id, id), isNull(tokens.usedAt)))
    .returning({ id: tokens.id });
  return used.length === 1;
}

/** Earlier unused links of the same purpose stop working when a new one is sent. */
export async function revokeTokens(tx: Tx, { requestId, purpose, now }: { requestId: number; purpose: TokenPurpose; now: Date }): Promise<void> {
  await tx
    .update(tokens)
    .set({ revokedAt: now })
    .where(and(eq(tokens.requestId, requestId), eq(tokens.purpose, purpose), isNull(tokens.usedAt), isNull(tokens.revokedAt)));
}
