import { and, eq, isNull, lt, or } from "drizzle-orm";
import type { Executor } from "../client";
import { signInThrottles, type SignInThrottle } from "../schema";

export function getSignInThrottle(db: Executor, { key }: { key: string }) {
  return db.select().from(signInThrottles).where(eq(signInThrottles.key, key)).get();
}

export function saveSignInThrottle(tx: Executor, throttle: SignInThrottle) {
  tx.insert(signInThrottles).values(throttle).onConflictDoUpdate({ target: signInThrottles.key, set: throttle }).run();
}

export function deleteSignInThrottle(tx: Executor, { key }: { key: string }) {
  tx.delete(signInThrottles).where(eq(signInThrottles.key, key)).run();
}

/** Rows whose window began before `before` and that lock nothing now say nothing a missing row would not. */
export function pruneSignInThrottles(tx: Executor, { before, now }: { before: Date; now: Date }) {
  tx.delete(signInThrottles)
    .where(and(lt(signInThrottles.windowStartAt, before), or(isNull(signInThrottles.lockedUntil), lt(signInThrottles.lockedUntil, now))))
    .run();
}
