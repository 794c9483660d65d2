import { describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { closeDb, openAnother } from "../../db/client";
import { engineFromEnv } from "../../db/engine";
import { leases } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { acquireLease, releaseLease } from "./lease";
import { runScheduledSweeps } from "./run";

const db = tempDbPerTest();
const T0 = new Date("2026-01-19T04:00:00Z");
const later = (ms: number) => new Date(T0.getTime() + ms);
const lease = (holder: string, now: Date) => acquireLease(db(), { name: "scheduler", holder, ttlMs: 60_000, now });
const allLeases = async () => db().select().from(leases);

describe("the scheduler lease", () => {
  it("goes to one of two holders, and to the other only once it is released", async () => {
    expect(await lease("a", T0)).toBe(true);
    expect(await lease("b", T0)).toBe(false);
    expect(await releaseLease(db(), { name: "scheduler", holder: "b" })).toBe(false);
    expect(await releaseLease(db(), { name: "scheduler", holder: "a" })).toBe(true);
    expect(await lease("b", later(1))).toBe(true);
  });

  it("passes to another holder once a crashed holder's lease has expired, not before", async () => {
    expect(await lease("crashed", T0)).toBe(true);
    expect(await lease("b", later(60_000))).toBe(false);
    expect(await lease("b", later(60_001))).toBe(true);
    expect(await allLeases()).toEqual([{ name: "scheduler", holder: "b", expiresAt: later(120_001) }]);
    // The old holder, back from the dead, cannot release what is no longer its lease.
    expect(await releaseLease(db(), { name: "scheduler", holder: "crashed" })).toBe(false);
  });

  it("is renewed by the same holder before it expires", async () => {
    expect(await lease("a", T0)).toBe(true);
    expect(await lease("a", later(30_000))).toBe(true);
    expect(await lease("b", later(60_001))).toBe(false);
    expect((await allLeases())[0]?.expiresAt).toEqual(later(90_000));
  });

  it("is refused to a second connection while the first holds it, even when both ask at once", async () => {
    const other = openAnother(db());
    try {
      const won = await Promise.all([lease("a", T0), acquireLease(other, { name: "scheduler", holder: "b", ttlMs: 60_000, now: T0 })]);
      if (engineFromEnv() === "sqlite") {
        // SQLite: one process lock per file queues the two transactions in the order asked.
        expect(won).toEqual([true, false]);
      } else {
        // PostgreSQL: two pools (two instances) really ask at once, so either may win; exactly one does,
        // and the loser sees the winner's row. Many rounds, so a race that let both in would show.
        expect(won.filter(Boolean)).toHaveLength(1);
        for (let round = 0; round < 20; round++) {
          const name = `race-${round}`;
          const ask = (on: typeof other, holder: string) => acquireLease(on, { name, holder, ttlMs: 60_000, now: T0 });
          const both = await Promise.all([ask(db(), "a"), ask(other, "b"), ask(db(), "c"), ask(other, "d")]);
          expect(both.filter(Boolean)).toHaveLength(1);
          const [row] = await db().select().from(leases).where(eq(leases.name, name));
          expect(["a", "b", "c", "d"][both.indexOf(true)]).toBe(row!.holder);
        }
      }
    } finally {
      await closeDb(other);
    }
  });

  it("makes a scheduled run skip while another process holds it, and is released after a run", async () => {
    const ctx = { now: T0, appUrl: "http://localhost:3000" };
    expect(await lease("server", T0)).toBe(true);
    expect(await runScheduledSweeps(db(), { ...ctx, holder: "cron" })).toEqual({ skipped: true });
    await releaseLease(db(), { name: "scheduler", holder: "server" });
    const run = await runScheduledSweeps(db(), { ...ctx, holder: "cron" });
    expect(run.skipped).toBe(false);
    expect(run.skipped === false && run.sweeps.map((s) => s.name)).toContain("deadline reminders");
    expect(await allLeases()).toEqual([]);
  });
});
