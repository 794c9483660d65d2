import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { retentionRegister } from "../../lib/retention/register";
import { withTransaction } from "../client";
import { deletionOutcomes, portals, retentionBases, type NewDsrRequest } from "../schema";
import { seedDemoPortals } from "../seed-portals";
import { tempDbPerTest } from "../testing";
import { listBasisKeys, listRetention } from "../views/retention";
import { insertRequest } from "./requests";
import { insertUser } from "./staff";
import { confirmPurge as markPurged, getKeptOutcome } from "./retention";

const db = tempDbPerTest();

/** 20:30 UTC: already 11 March in Tashkent (UTC+5), still 10 March in Moscow (UTC+3). */
const NOW = new Date("2026-03-10T20:30:00Z");

const portalId = async (slug: string) => (await db().select().from(portals).where(eq(portals.slug, slug)).limit(1))[0]!.id;
const basisId = async (slug: string, key: string) =>
  (
    await db()
      .select()
      .from(retentionBases)
      .where(and(eq(retentionBases.portalId, await portalId(slug)), eq(retentionBases.key, key)))
      .limit(1)
  )[0]!.id;

async function completedDeletion(slug: string, reference: string) {
  const request: NewDsrRequest = { portalId: await portalId(slug), reference, type: "deletion", status: "completed", channel: "web", email: "a@example.test", language: "en", receivedAt: NOW };
  return (await withTransaction(db(), (tx) => insertRequest(tx, request))).id;
}

async function outcome(requestId: number, slug: string, o: { category: string; kept: boolean; basis?: string; keepUntil?: string }) {
  const values = { requestId, portalId: await portalId(slug), category: o.category, kept: o.kept, basisId: o.basis ? await basisId(slug, o.basis) : null, keepUntil: o.keepUntil ?? null };
  return withTransaction(db(), async (tx) => (await tx.insert(deletionOutcomes).values(values).returning())[0]!.id);
}

/** One completed deletion at usegpt (Moscow) and one at mvsep (Tashkent), with kept and deleted categories. */
async function arrange() {
  await seedDemoPortals(db());
  const usegpt = await completedDeletion("usegpt", "UGP-AAAA-0001");
  const mvsep = await completedDeletion("mvsep", "MVS-AAAA-0002");
  return {
    payments: await outcome(usegpt, "usegpt", { category: "payments", kept: true, basis: "payments-disputes", keepUntil: "2026-03-15" }),
    logs: await outcome(usegpt, "usegpt", { category: "logs", kept: true, basis: "security-logs", keepUntil: "2027-01-04" }),
    profile: await outcome(usegpt, "usegpt", { category: "profile", kept: false }),
    mvsepTomorrow: await outcome(mvsep, "mvsep", { category: "billing", kept: true, basis: "billing-records", keepUntil: "2026-03-11" }),
    mvsepOpen: await outcome(mvsep, "mvsep", { category: "abuse", kept: true, basis: "abuse-prevention" }),
  };
}

const staffUser = (email: string) => withTransaction(db(), (tx) => insertUser(tx, { email }));
const confirmPurge = (args: Parameters<typeof markPurged>[1]) => withTransaction(db(), (tx) => markPurged(tx, args));

describe("retention register", () => {
  let ids: Awaited<ReturnType<typeof arrange>>;
  let all: number[];

  beforeEach(async () => {
    ids = await arrange();
    all = [await portalId("usegpt"), await portalId("mvsep")];
  });

  const list = async (f: Partial<Parameters<typeof retentionRegister>[1]> = {}) => (await retentionRegister(db(), { portalIds: all, now: NOW, ...f })).map((r) => r.id);

  it("lists kept data only, soonest end first and open-ended last, with reference, portal and basis", async () => {
    expect(await list()).toEqual([ids.mvsepTomorrow, ids.payments, ids.logs, ids.mvsepOpen]);
    expect((await listRetention(db(), { portalIds: all }))[1]).toMatchObject({
      reference: "UGP-AAAA-0001",
      portalName: expect.any(String),
      category: "payments",
      basisKey: "payments-disputes",
      basisLabel: "Payment, refund and dispute records",
      statute: expect.stringContaining("180 calendar days"),
      keepUntil: "2026-03-15",
      purgedAt: null,
    });
  });

  it("never lists portals outside the member's", async () => {
    expect(await list({ portalIds: [await portalId("mvsep")] })).toEqual([ids.mvsepTomorrow, ids.mvsepOpen]);
    expect(await list({ portalIds: [] })).toEqual([]);
    expect(await list({ portalIds: [await portalId("mvsep")], portal: "usegpt" })).toEqual([]);
  });

  it("filters by portal slug and by basis key", async () => {
    expect(await list({ portal: "usegpt" })).toEqual([ids.payments, ids.logs]);
    expect(await list({ basis: "security-logs" })).toEqual([ids.logs]);
  });

  it("counts 'ends within N days' from each portal's own today", async () => {
    expect(await list({ endsWithinDays: 30 })).toEqual([ids.mvsepTomorrow, ids.payments]);
    // Tashkent's today is already the 11th; Moscow's 15th is five days away.
    expect(await list({ endsWithinDays: 0 })).toEqual([ids.mvsepTomorrow]);
    expect(await list({ endsWithinDays: 4 })).toEqual([ids.mvsepTomorrow]);
    expect(await list({ endsWithinDays: 5 })).toEqual([ids.mvsepTomorrow, ids.payments]);
  });

  it("hides purged rows unless asked, and never counts them as ending", async () => {
    const user = await staffUser("Agent@Example.test");
    expect(await confirmPurge({ id: ids.payments, userId: user.id, now: NOW })).toBe(true);
    expect(await list()).not.toContain(ids.payments);
    expect(await list({ endsWithinDays: 30, includePurged: true })).toEqual([ids.mvsepTomorrow]);
    const purged = (await listRetention(db(), { portalIds: all, includePurged: true })).find((r) => r.id === ids.payments);
    expect(purged).toMatchObject({ purgedAt: NOW, purgedBy: "agent@example.test" });
  });

  it("confirms a purge once: a second confirmation changes nothing", async () => {
    const first = await staffUser("first@example.test");
    const second = await staffUser("second@example.test");
    expect(await confirmPurge({ id: ids.logs, userId: first.id, now: NOW })).toBe(true);
    expect(await confirmPurge({ id: ids.logs, userId: second.id, now: new Date(NOW.getTime() + 60_000) })).toBe(false);
    expect(await getKeptOutcome(db(), { id: ids.logs })).toMatchObject({ purgedAt: NOW, purgedBy: first.id });
  });

  it("has nothing to purge for deleted data", async () => {
    const user = await staffUser("agent@example.test");
    expect(await getKeptOutcome(db(), { id: ids.profile })).toBeUndefined();
    expect(await confirmPurge({ id: ids.profile, userId: user.id, now: NOW })).toBe(false);
  });

  it("offers each basis key of the member's portals once", async () => {
    const keys = await listBasisKeys(db(), { portalIds: all });
    expect(keys.filter((k) => k === "security-logs")).toHaveLength(1);
    expect(keys).toEqual(expect.arrayContaining(["payments-disputes", "billing-records", "abuse-prevention"]));
    expect(keys).not.toContain("project-data");
  });
});
