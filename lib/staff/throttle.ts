/**
 * Pure rules of a sign-in throttle: `limit` events (wrong passwords, magic-link
 * requests) in a window, then a lockout that doubles with each lockout in a
 * row, up to `maxLockMs`. A day without lockouts starts the doubling over.
 */
export interface ThrottlePolicy {
  limit: number;
  windowMs: number;
  lockMs: number;
  maxLockMs: number;
}

export interface ThrottleState {
  count: number;
  windowStartAt: Date;
  lockedUntil: Date | null;
  lockouts: number;
  lastLockedAt: Date | null;
}

const STREAK_MS = 24 * 60 * 60 * 1000;

/** Seconds until `state` lets events through again; 0 when it does now. */
export function lockedForSeconds(state: ThrottleState | undefined, now: Date): number {
  const left = (state?.lockedUntil?.getTime() ?? 0) - now.getTime();
  return left > 0 ? Math.ceil(left / 1000) : 0;
}

/**
 * Counts one event. The event that reaches the limit starts a lockout
 * (`lockedNow`, once per lockout); events during a lockout change nothing.
 */
export function recordEvent(state: ThrottleState | undefined, now: Date, policy: ThrottlePolicy): { state: ThrottleState; lockedNow: boolean } {
  if (state && lockedForSeconds(state, now) > 0) return { state, lockedNow: false };
  const streak = state?.lastLockedAt && now.getTime() - state.lastLockedAt.getTime() < STREAK_MS ? state.lockouts : 0;
  const fresh = !state || now.getTime() - state.windowStartAt.getTime() >= policy.windowMs;
  const count = (fresh ? 0 : state.count) + 1;
  const base = { lockedUntil: null, lockouts: streak, lastLockedAt: state?.lastLockedAt ?? null };
  if (count < policy.limit) return { state: { ...base, count, windowStartAt: fresh ? now : state.windowStartAt }, lockedNow: false };
  const lockMs = Math.min(policy.lockMs * 2 ** streak, policy.maxLockMs);
  return { state: { count: 0, windowStartAt: now, lockedUntil: new Date(now.getTime() + lockMs), lockouts: streak + 1, lastLockedAt: now }, lockedNow: true };
}
