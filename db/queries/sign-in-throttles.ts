import "server-only";
import { and, eq, is, isNull, lt, or, sql } from "drizzle-orm";
import { PgDatabase } from "drizzle-orm/pg-core";
import { rawRun, type Executor, type Tx } from "../client";
import { signInThrottles, type SignInThrottle } from "../schema";

/** Any fixed number: the first half of the advisory-lock key of a sign-in throttle (the second is a hash of its key). */
const THROTTLE_LOCK = 7_140_311;

/**
 * Holds `key`'s throttle until the transaction ends, before it is read and
 * written back: two sign-ins counted at once must not both read the same count.
 * SQLite's single writer already serializes the transactions; PostgreSQL
 * takes a transaction-level advisory lock, which works whether the row exists yet or not.
 */
export async function lockSignInThrottle(tx: Tx, { key }: { key: string }): Promise<void> {
  if (is(tx, PgDatabase)) await rawRun(tx, sql`select pg_advisory_xact_lock(${THROTTLE_LOCK}, hashtext(${key}))`);
}

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
