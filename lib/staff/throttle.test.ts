import { describe, expect, it } from "vitest";
import { lockedForSeconds, recordEvent, type ThrottlePolicy, type ThrottleState } from "./throttle";

const policy: ThrottlePolicy = { limit: 3, windowMs: 15 * 60_000, lockMs: 5 * 60_000, maxLockMs: 60 * 60_000 };
const t0 = new Date("2026-11-29T09:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

/** Records one event per instant, returning the last state and which events locked. */
function run(instants: Date[], start?: ThrottleState) {
  let state = start;
  const locked: boolean[] = [];
  for (const now of instants) {
    const next = recordEvent(state, now, policy);
    state = next.state;
    locked.push(next.lockedNow);
  }
  return { state: state!, locked };
}

describe("sign-in throttle", () => {
  it("locks on the event that reaches the limit, for five minutes, once", () => {
    const { state, locked } = run([at(0), at(1), at(2)]);
    expect(locked).toEqual([false, false, true]);
    expect(state.lockedUntil).toEqual(new Date("2026-11-29T09:07:00Z"));
    expect(lockedForSeconds(state, at(3))).toBe(240);
    expect(lockedForSeconds(state, at(7))).toBe(0);
  });

  it("ignores events during a lockout: the lockout neither grows nor repeats", () => {
    const first = run([at(0), at(1), at(2)]);
    const during = run([at(3), at(4), at(5), at(6)], first.state);
    expect(during.locked).toEqual([false, false, false, false]);
    expect(during.state).toEqual(first.state);
  });

  it("doubles each lockout in a row: 5, 10, 20, 40, then at most 60 minutes", () => {
    let state: ThrottleState | undefined;
    const lengths: number[] = [];
    let now = 0;
    for (let i = 0; i < 6; i++) {
      state = run([at(now), at(now), at(now)], state).state;
      lengths.push(lockedForSeconds(state, at(now)) / 60);
      now += 61;
    }
    expect(lengths).toEqual([5, 10, 20, 40, 60, 60]);
  });

  it("forgets events older than the window, and a lockout streak after a quiet day", () => {
    expect(run([at(0), at(1), at(16)]).locked).toEqual([false, false, false]);
    const locked = run([at(0), at(1), at(2)]).state;
    // 24 h after the lockout began, the next one is five minutes again, not ten.
    const later = run([at(24 * 60 + 2), at(24 * 60 + 3), at(24 * 60 + 4)], locked).state;
    expect(later.lockedUntil).toEqual(new Date("2026-11-30T09:09:00Z"));
    expect(later.lockouts).toBe(1);
  });

  it("knows nothing of an address it has never seen", () => {
    expect(lockedForSeconds(undefined, t0)).toBe(0);
  });
});
