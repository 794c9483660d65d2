import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { deletionOutcomes, portals, retentionBases, type NewDsrRequest } from "../schema";
import { seedDemoPortals } from "../seed-portals";
import { tempDbPerTest } from "../testing";
import { insertRequest } from "./requests";
import { insertUser } from "./staff";
import { confirmPurge, getKeptOutcome, listBasisKeys, listRetention } from "./retention";

const db = tempDbPerTest();

/** 20:30 UTC: already 11 March in Tashkent (UTC+5), still 10 March in Moscow (UTC+3). */
const NOW = new Date("2026-03-10T20:30:00Z");

const portalId = (slug: string) => db().select().from(portals).where(eq(portals.slug, slug)).get()!.id;
const basisId = (slug: string, key: string) =>
  db()
    .select()
    .from(retentionBases)
    .where(and(eq(retentionBases.portalId, portalId(slug)), eq(retentionBases.key, key)))
    .get()!.id;

function completedDeletion(slug: string, reference: string) {
  const request: NewDsrRequest = { portalId: portalId(slug), reference, type: "deletion", status: "completed", channel: "web", email: "a@example.test", language: "en", receivedAt: NOW };
  return insertRequest(db(), request).id;
}

function outcome(requestId: number, slug: string, o: { category: string; kept: boolean; basis?: string; keepUntil?: string }) {
  return db()
    .insert(deletionOutcomes)
    .values({ requestId, portalId: portalId(slug), category: o.category, kept: o.kept, basisId: o.basis ? basisId(slug, o.basis) : null, keepUntil: o.keepUntil ?? null })
    .returning()
    .get().id;
}

/** One completed deletion at usegpt (Moscow) and one at mvsep (Tashkent), with kept and deleted categories. */
function arrange() {
  seedDemoPortals(db());
  const usegpt = completedDeletion("usegpt", "UGP-AAAA-0001");
  const mvsep = completedDeletion("mvsep", "MVS-AAAA-0002");
  return {
    payments: outcome(usegpt, "usegpt", { category: "payments", kept: true, basis: "payments-disputes", keepUntil: "2026-03-15" }),
    logs: outcome(usegpt, "usegpt", { category: "logs", kept: true, basis: "security-logs", keepUntil: "2027-01-04" }),
    profile: outcome(usegpt, "usegpt", { category: "profile", kept: false }),
    mvsepTomorrow: outcome(mvsep, "mvsep", { category: "billing", kept: true, basis: "billing-records", keepUntil: "2026-03-11" }),
    mvsepOpen: outcome(mvsep, "mvsep", { category: "abuse", kept: true, basis: "abuse-prevention" }),
  };
}

describe("retention register", () => {
  let ids: ReturnType<typeof arrange>;
  let all: number[];

  beforeEach(() => {
    ids = arrange();
    all = [portalId("usegpt"), portalId("mvsep")];
  });

  const list = (f: Partial<Parameters<typeof listRetention>[1]> = {}) => listRetention(db(), { portalIds: all, now: NOW, ...f }).map((r) => r.id);

  it("lists kept data only, soonest end first and open-ended last, with reference, portal and basis", () => {
    expect(list()).toEqual([ids.mvsepTomorrow, ids.payments, ids.logs, ids.mvsepOpen]);
    expect(listRetention(db(), { portalIds: all, now: NOW })[1]).toMatchObject({
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

  it("never lists portals outside the member's", () => {
    expect(list({ portalIds: [portalId("mvsep")] })).toEqual([ids.mvsepTomorrow, ids.mvsepOpen]);
    expect(list({ portalIds: [] })).toEqual([]);
    expect(list({ portalIds: [portalId("mvsep")], portal: "usegpt" })).toEqual([]);
  });

  it("filters by portal slug and by basis key", () => {
    expect(list({ portal: "usegpt" })).toEqual([ids.payments, ids.logs]);
    expect(list({ basis: "security-logs" })).toEqual([ids.logs]);
  });

  it("counts 'ends within N days' from each portal's own today", () => {
    expect(list({ endsWithinDays: 30 })).toEqual([ids.mvsepTomorrow, ids.payments]);
    // Tashkent's today is already the 11th; Moscow's 15th is five days away.
    expect(list({ endsWithinDays: 0 })).toEqual([ids.mvsepTomorrow]);
    expect(list({ endsWithinDays: 4 })).toEqual([ids.mvsepTomorrow]);
    expect(list({ endsWithinDays: 5 })).toEqual([ids.mvsepTomorrow, ids.payments]);
  });

  it("hides purged rows unless asked, and never counts them as ending", () => {
    const user = insertUser(db(), { email: "Agent@Example.test" });
    expect(confirmPurge(db(), { id: ids.payments, userId: user.id, now: NOW })).toBe(true);
    expect(list()).not.toContain(ids.payments);
    expect(list({ endsWithinDays: 30, includePurged: true })).toEqual([ids.mvsepTomorrow]);
    const purged = listRetention(db(), { portalIds: all, now: NOW, includePurged: true }).find((r) => r.id === ids.payments);
    expect(purged).toMatchObject({ purgedAt: NOW, purgedBy: "agent@example.test" });
  });

  it("confirms a purge once: a second confirmation changes nothing", () => {
    const first = insertUser(db(), { email: "first@example.test" });
    const second = insertUser(db(), { email: "second@example.test" });
    expect(confirmPurge(db(), { id: ids.logs, userId: first.id, now: NOW })).toBe(true);
    expect(confirmPurge(db(), { id: ids.logs, userId: second.id, now: new Date(NOW.getTime() + 60_000) })).toBe(false);
    expect(getKeptOutcome(db(), { id: ids.logs })).toMatchObject({ purgedAt: NOW, purgedBy: first.id });
  });

  it("has nothing to purge for deleted data", () => {
    const user = insertUser(db(), { email: "agent@example.test" });
    expect(getKeptOutcome(db(), { id: ids.profile })).toBeUndefined();
    expect(confirmPurge(db(), { id: ids.profile, userId: user.id, now: NOW })).toBe(false);
  });

  it("offers each basis key of the member's portals once", () => {
    const keys = listBasisKeys(db(), { portalIds: all });
    expect(keys.filter((k) => k === "security-logs")).toHaveLength(1);
    expect(keys).toEqual(expect.arrayContaining(["payments-disputes", "billing-records", "abuse-prevention"]));
    expect(keys).not.toContain("project-data");
  });
});
