import "server-only";
import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Executor, Tx } from "../client";
import { signInThrottles, type SignInThrottle } from "../schema";

export async function getSignInThrottle(db: Executor, { key }: { key: string }): Promise<SignInThrottle | undefined> {
  return (await db.select().from(signInThrottles).where(eq(signInThrottles.key, key)).limit(1))[0];
}

export async function saveSignInThrottle(tx: Tx, throttle: SignInThrottle): Promise<void> {
  await tx.insert(signInThrottles).values(throttle).onConflictDoUpdate({ target: signInThrottles.key, set: throttle });
}

export async function deleteSignInThrottle(tx: Tx, { key }: { key: string }): Promise<void> {
  await tx.delete(signInThrottles).where(eq(signInThrottles.key, key));
}

/** Rows whose window began before `before` and that lock nothing now say nothing a missing row would not. */
export async function pruneSignInThrottles(tx: Tx, { before, now }: { before: Date; now: Date }): Promise<void> {
  await tx.delete(signInThrottles).where(and(lt(signInThrottles.windowStartAt, before), or(isNull(signInThrottles.lockedUntil), lt(signInThrottles.lockedUntil, now))));
}
