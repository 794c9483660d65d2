import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { closeDb, openAnother, rawRows, rawRun, withTransaction, type Db } from "../../db/client";
import { engineFromEnv } from "../../db/engine";
import { listAuditEntries, listChainPortals } from "../../db/queries/audit";
import { appendEvent } from "../../db/queries/events";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { verifyChain } from "./verify";

const db = tempDbPerTest();
const tick = () => new Promise((resolve) => setImmediate(resolve));

async function verifyAll(reader: Db) {
  const verdicts: Record<string, unknown> = {};
  for (const p of await listChainPortals(reader)) verdicts[p.slug] = verifyChain(await listAuditEntries(reader, { portalId: p.id }));
  return verdicts;
}

describe("the audit chain under concurrent writers", () => {
  it("never forks: many transactions at once, on two pools, across portals, each appending several entries, leave every chain intact", async () => {
    await seedDemoPortals(db());
    const portalIds = (await listChainPortals(db())).map((p) => p.id).slice(0, 3);
    // Two handles, as two instances on one database have: on PostgreSQL their transactions overlap.
    const other = openAnother(db(), { max: 4 });
    try {
      const writers = Array.from({ length: 24 }, (_, w) =>
        withTransaction(w % 2 ? other : db(), async (tx) => {
          for (let k = 0; k < 3; k++) {
            // A writer touches one portal per transaction, so the per-portal locks never cross.
            const portalId = portalIds[w % portalIds.length]!;
            await appendEvent(tx, { portalId, requestId: null, type: "note_added", actor: `staff:w${w}`, public: false, data: { w, k }, at: new Date() });
            await tick();
          }
        }),
      );
      await Promise.all(writers);
    } finally {
      await closeDb(other);
    }
    const verdicts = await verifyAll(db());
    const slugs = (await listChainPortals(db())).map((p) => p.slug);
    expect(verdicts).toEqual(Object.fromEntries(slugs.map((s, i) => [s, { ok: true, count: i < 3 ? 24 : 0 }])));
  });

  it("keeps each chain linear: every entry's previous hash is the hash of the portal's entry before it, none shared", async () => {
    await seedDemoPortals(db());
    const [portalId] = (await listChainPortals(db())).map((p) => p.id);
    await Promise.all(
      Array.from({ length: 20 }, (_, w) =>
        withTransaction(db(), async (tx) => {
          await tick();
          await appendEvent(tx, { portalId: portalId!, requestId: null, type: "note_added", actor: "staff:x", public: false, data: { w }, at: new Date() });
          await tick();
        }),
      ),
    );
    const entries = await listAuditEntries(db(), { portalId: portalId! });
    expect(new Set(entries.map((e) => e.prevHash)).size).toBe(20);
    expect(verifyChain(entries)).toEqual({ ok: true, count: 20 });
  });

  // What the lock prevents, shown on PostgreSQL: without it two transactions read the same head.
  it.runIf(engineFromEnv() === "postgres")("on PostgreSQL, a second appender to the same portal waits for the first to commit, while another portal's does not", async () => {
    await seedDemoPortals(db());
    const [a, b] = (await listChainPortals(db())).map((p) => p.id) as [number, number];
    const order: string[] = [];
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let firstAppended!: () => void;
    const appended = new Promise<void>((resolve) => (firstAppended = resolve));
    const first = withTransaction(db(), async (tx) => {
      await appendEvent(tx, { portalId: a, requestId: null, type: "first", actor: "x", public: false, data: {}, at: new Date() });
      firstAppended();
      await held;
      order.push("first commits");
    });
    await appended;
    const second = withTransaction(db(), async (tx) => {
      await appendEvent(tx, { portalId: a, requestId: null, type: "second", actor: "x", public: false, data: {}, at: new Date() });
      order.push("second appended");
    });
    await withTransaction(db(), (tx) => appendEvent(tx, { portalId: b, requestId: null, type: "elsewhere", actor: "x", public: false, data: {}, at: new Date() }));
    order.push("other portal appended");
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(["other portal appended", "first commits", "second appended"]);
    expect(verifyChain(await listAuditEntries(db(), { portalId: a }))).toEqual({ ok: true, count: 2 });
  });
});

describe("the hash input is canonical", () => {
  it("verifies data written with unsorted keys, nested objects and arrays, as the database gives it back (jsonb reorders keys on PostgreSQL)", async () => {
    await seedDemoPortals(db());
    const [portalId] = (await listChainPortals(db())).map((p) => p.id);
    const data = { zeta: 1, alpha: { delta: [{ y: 2, b: 1 }, "x"], charlie: null }, mid: "é ✓", aa: true, b: 1.5, when: new Date(Date.UTC(2026, 2, 1)) };
    await withTransaction(db(), async (tx) => {
      await appendEvent(tx, { portalId: portalId!, requestId: null, type: "note_added", actor: "staff:x", public: false, data, at: new Date() });
      await appendEvent(tx, { portalId: portalId!, requestId: null, type: "note_added", actor: "staff:x", public: false, data: { b: 2, a: 1 }, at: new Date() });
    });
    const entries = await listAuditEntries(db(), { portalId: portalId! });
    // The Date is stored, and hashed, as its ISO string.
    expect(entries[0]!.data).toEqual({ ...data, when: "2026-03-01T00:00:00.000Z" });
    if (engineFromEnv() === "postgres") {
      // jsonb really does hand the keys back in an order of its own (shorter keys first):
      expect(Object.keys(entries[0]!.data)).not.toEqual(Object.keys(data));
      expect(Object.keys(entries[1]!.data)).toEqual(["a", "b"]);
    }
    expect(verifyChain(entries)).toEqual({ ok: true, count: 2 });
  });

  it("accepts stored data whose keys were only reordered, and names an entry whose value was changed", async () => {
    await seedDemoPortals(db());
    const [portalId] = (await listChainPortals(db())).map((p) => p.id);
    await withTransaction(db(), (tx) => appendEvent(tx, { portalId: portalId!, requestId: null, type: "note_added", actor: "staff:x", public: false, data: { a: 1, b: 2 }, at: new Date() }));
    const [{ id }] = (await rawRows<{ id: number }>(db(), sql`select id from request_events order by id`)) as [{ id: number }];
    await withTransaction(db(), (tx) => rawRun(tx, sql`update request_events set data = ${'{"b":2,"a":1}'} where id = ${id}`));
    expect(verifyChain(await listAuditEntries(db(), { portalId: portalId! }))).toEqual({ ok: true, count: 1 });
    await withTransaction(db(), (tx) => rawRun(tx, sql`update request_events set data = ${'{"b":3,"a":1}'} where id = ${id}`));
    expect(verifyChain(await listAuditEntries(db(), { portalId: portalId! }))).toMatchObject({ ok: false, entryId: Number(id) });
  });
});
