import { describe, expect, it } from "vitest";
import { openDb } from "../../db/client";
import { leases } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { acquireLease, releaseLease } from "./lease";
import { runScheduledSweeps } from "./run";

const db = tempDbPerTest();
const T0 = new Date("2026-01-19T04:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
const lease = (holder: string, now: Date) => acquireLease(db(), { name: "scheduler", holder, ttlMs: 60_000, now });

describe("the scheduler lease", () => {
  it("goes to one of two holders, and to the other only once it is released", () => {
    expect(lease("a", T0)).toBe(true);
    expect(lease("b", T0)).toBe(false);
    expect(releaseLease(db(), { name: "scheduler", holder: "b" })).toBe(false);
    expect(releaseLease(db(), { name: "scheduler", holder: "a" })).toBe(true);
    expect(lease("b", later(1))).toBe(true);
  });

  it("passes to another holder once a crashed holder's lease has expired, not before", () => {
    expect(lease("crashed", T0)).toBe(true);
    expect(lease("b", later(60_000))).toBe(false);
    expect(lease("b", later(60_001))).toBe(true);
    expect(db().select().from(leases).all()).toEqual([{ name: "scheduler", holder: "b", expiresAt: later(120_001) }]);
    // The old holder, back from the dead, cannot release what is no longer its lease.
    expect(releaseLease(db(), { name: "scheduler", holder: "crashed" })).toBe(false);
  });

  it("is renewed by the same holder before it expires", () => {
    expect(lease("a", T0)).toBe(true);
    expect(lease("a", later(30_000))).toBe(true);
    expect(lease("b", later(60_001))).toBe(false);
    expect(db().select().from(leases).get()?.expiresAt).toEqual(later(90_000));
  });

  it("is refused to a second connection while the first holds it", () => {
    const other = openDb(db().$client.name);
    const won = [lease("a", T0), acquireLease(other, { name: "scheduler", holder: "b", ttlMs: 60_000, now: T0 })];
    other.$client.close();
    expect(won).toEqual([true, false]);
  });

  it("makes a scheduled run skip while another process holds it, and is released after a run", () => {
    const ctx = { now: T0, appUrl: "http://localhost:3000" };
    expect(lease("server", T0)).toBe(true);
    expect(runScheduledSweeps(db(), { ...ctx, holder: "cron" })).toEqual({ skipped: true });
    releaseLease(db(), { name: "scheduler", holder: "server" });
    const run = runScheduledSweeps(db(), { ...ctx, holder: "cron" });
    expect(run.skipped).toBe(false);
    expect(run.skipped === false && run.sweeps.map((s) => s.name)).toContain("deadline reminders");
    expect(db().select().from(leases).all()).toEqual([]);
  });
});
