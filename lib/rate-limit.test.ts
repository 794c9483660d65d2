import { describe, expect, it } from "vitest";
import { closeDb, openAnother, withTransaction, type Db } from "../db/client";
import { engineFromEnv } from "../db/engine";
import { countRateLimitHit, pruneRateLimits } from "../db/queries/rate-limits";
import { rateLimits } from "../db/schema";
import { tempDbPerTest } from "../db/testing";
import { hit } from "./rate-limit";

const db = tempDbPerTest();
const at = (ms: number) => new Date(1_000_000 + ms);

/** A second handle on the test database, as another instance would open it: its own pool on PostgreSQL, its own connections on SQLite. */
const otherInstance = (): Db => openAnother(db(), { max: 5 });

describe("hit", () => {
  it("allows `limit` hits per window, then says how long to wait, then opens again", async () => {
    const limit = { limit: 3, windowMs: 60_000 };
    const answers = [];
    for (const i of [1, 2, 3]) answers.push((await hit(db(), "k-window", limit, at(i))).ok);
    expect(answers).toEqual([true, true, true]);
    expect(await hit(db(), "k-window", limit, at(30_000))).toEqual({ ok: false, retryAfterSeconds: 31 });
    // The window opened at the first hit (t+1) and ends at t+60 001.
    expect((await hit(db(), "k-window", limit, at(60_000))).ok).toBe(false);
    expect(await hit(db(), "k-window", limit, at(60_001))).toEqual({ ok: true, retryAfterSeconds: 0 });
    expect((await hit(db(), "k-window", limit, at(60_002))).ok).toBe(true);
    expect((await hit(db(), "k-window", limit, at(60_003))).ok).toBe(true);
    expect(await hit(db(), "k-window", limit, at(60_004))).toEqual({ ok: false, retryAfterSeconds: 60 });
  });

  it("counts each key on its own", async () => {
    const limit = { limit: 1, windowMs: 60_000 };
    expect((await hit(db(), "k-a", limit, at(0))).ok).toBe(true);
    expect((await hit(db(), "k-b", limit, at(0))).ok).toBe(true);
    expect((await hit(db(), "k-a", limit, at(1))).ok).toBe(false);
  });

  it("keeps its windows in the database: another instance (or a restarted one) counts against the same limit", async () => {
    const limit = { limit: 4, windowMs: 60_000 };
    const other = otherInstance();
    try {
      const answers = [];
      for (const [i, on] of [db(), other, db(), other, other, db()].entries()) answers.push((await hit(on, "k-shared", limit, at(i))).ok);
      expect(answers).toEqual([true, true, true, true, false, false]);
    } finally {
      await closeDb(other);
    }
  });

  it("lets exactly `limit` of many concurrent hits from two instances through", async () => {
    const limit = { limit: 10, windowMs: 60_000 };
    const other = otherInstance();
    try {
      const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => hit(i % 2 ? other : db(), "k-race", limit, at(0))));
      expect(answers.filter((a) => a.ok)).toHaveLength(10);
      expect(answers.filter((a) => !a.ok).every((a) => a.retryAfterSeconds === 60)).toBe(true);
      const [row] = await db().select().from(rateLimits);
      expect(row).toEqual({ key: "k-race", count: 30, resetAt: at(60_000) });
    } finally {
      await closeDb(other);
    }
  });

  it("joins the caller's transaction, so a rolled-back hit is not counted", async () => {
    const limit = { limit: 1, windowMs: 60_000 };
    await expect(
      withTransaction(db(), async () => {
        expect((await hit(db(), "k-tx", limit, at(0))).ok).toBe(true);
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect((await hit(db(), "k-tx", limit, at(1))).ok).toBe(true);
  });
});

describe("pruneRateLimits", () => {
  it("forgets only the windows that have ended", async () => {
    await hit(db(), "k-short", { limit: 5, windowMs: 1_000 }, at(0));
    await hit(db(), "k-long", { limit: 5, windowMs: 60_000 }, at(0));
    await withTransaction(db(), (tx) => pruneRateLimits(tx, { now: at(30_000) }));
    expect((await db().select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key)).toEqual(["k-long"]);
  });
});

// Row locks are PostgreSQL's: on SQLite one writer at a time means no hit can hold a row while a prune runs.
describe.runIf(engineFromEnv() === "postgres")("pruneRateLimits on PostgreSQL", () => {
  it("passes over a window another transaction holds, instead of waiting for it", async () => {
    await hit(db(), "k-held", { limit: 5, windowMs: 1_000 }, at(0));
    await hit(db(), "k-free", { limit: 5, windowMs: 1_000 }, at(0));
    const other = otherInstance();
    try {
      let release!: () => void;
      let held!: () => void;
      const holding = new Promise<void>((resolve) => (held = resolve));
      // Another instance's hit on k-held, its transaction still open.
      const inFlight = withTransaction(other, async (tx) => {
        await countRateLimitHit(tx, { key: "k-held", now: at(500), resetAt: at(1_500) });
        held();
        await new Promise<void>((resolve) => (release = resolve));
      });
      await holding;
      await withTransaction(db(), (tx) => pruneRateLimits(tx, { now: at(30_000) }));
      release();
      await inFlight;
      expect((await db().select({ key: rateLimits.key }).from(rateLimits)).map((r) => r.key)).toEqual(["k-held"]);
    } finally {
      await closeDb(other);
    }
  });
});
