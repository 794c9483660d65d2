import { and, eq, isNull } from "drizzle-orm";
import type { Executor } from "../client";
import { tokens, type TokenPurpose } from "../schema";

export function insertToken(tx: Executor, token: { requestId: number; purpose: TokenPurpose; hash: string; expiresAt: Date }) {
  tx.insert(tokens).values(token).run();
}

export function findToken(db: Executor, { hash, purpose }: { hash: string; purpose: TokenPurpose }) {
  return db
    .select()
    .from(tokens)
    .where(and(eq(tokens.hash, hash), eq(tokens.purpose, purpose)))
    .get();
}

/** Marks a token used if nobody has; false when another request got there first. */
export function consumeToken(tx: Executor, { id, now }: { id: number; now: Date }): boolean {
  return tx.update(tokens).set({ usedAt: now }).where(and(eq(tokens.id, id), isNull(tokens.usedAt))).run().changes === 1;
}

/** Earlier unused links of the same purpose stop working when a new one is sent. */
export function revokeTokens(tx: Executor, { requestId, purpose, now }: { requestId: number; purpose: TokenPurpose; now: Date }) {
  tx.update(tokens)
    .set({ revokedAt: now })
    .where(and(eq(tokens.requestId, requestId), eq(tokens.purpose, purpose), isNull(tokens.usedAt), isNull(tokens.revokedAt)))
    .run();
}
