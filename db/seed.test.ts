import { and, eq } from "drizzle-orm";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../lib/deadlines";
import { withTransaction } from "./client";
import { portals, retentionBases } from "./schema";
import { deepen } from "./seed-data/deepen";
import { seedDemoPortals } from "./seed-portals";
// Renamed on import: the React hooks lint rule takes any top-level use…() call for a hook.
import { tempDbPerTest } from "./testing";

const db = tempDbPerTest();

/** Deepen's row as the seed writes it, without the columns issue 9 added: how a portal seeded before then looks after migrating. */
/** Deepen's portal row as a seed from before issue 9 wrote it: category names only, no email route. */
function deepenRow() {
  const { retentionBases, emailIntake, dataCategories, ...row } = deepen;
  void retentionBases;
  void emailIntake;
  return { ...row, dataCategories: dataCategories.map((c) => c.name) };
}

const portal = async (slug: string) => (await db().select().from(portals).where(eq(portals.slug, slug)))[0]!;
const bases = async (slug: string) => db().select().from(retentionBases).where(eq(retentionBases.portalId, (await portal(slug)).id)).orderBy(retentionBases.id);

describe("seedDemoPortals", () => {
  it("creates the five portals once; a second run finds them all present", async () => {
    expect((await seedDemoPortals(db())).every((o) => o.created)).toBe(true);
    expect((await seedDemoPortals(db())).map((o) => [o.slug, o.created, o.upgraded])).toEqual([
      ["mvsep", false, false],
      ["moserra", false, false],
      ["mgoods-seller", false, false],
      ["deepen", false, false],
      ["usegpt", false, false],
    ]);
    const rows = (await db().select({ slug: portals.slug, regime: portals.regime, languages: portals.languages, defaultLanguage: portals.defaultLanguage }).from(portals).orderBy(portals.id));
    expect(rows).toEqual([
      { slug: "mvsep", regime: "uz-zru547", languages: ["en"], defaultLanguage: "en" },
      { slug: "moserra", regime: "tr-kvkk", languages: ["tr", "en"], defaultLanguage: "tr" },
      { slug: "mgoods-seller", regime: "uz-zru547", languages: ["uz", "ru", "en"], defaultLanguage: "uz" },
      { slug: "deepen", regime: "uz-zru547", languages: ["uz"], defaultLanguage: "uz" },
      { slug: "usegpt", regime: "ru-152fz", languages: ["ru"], defaultLanguage: "ru" },
    ]);
    expect((await db().select().from(retentionBases))).toHaveLength(13);
  });

  it("gives the deadline engine everything it needs for every request type a portal offers", async () => {
    await seedDemoPortals(db());
    for (const p of (await db().select().from(portals))) {
      for (const type of p.requestTypes) {
        const due = computeDeadline({
          regime: p.regime,
          type,
          receivedAt: new Date("2026-03-02T09:00:00Z"),
          timeZone: p.timeZone,
          country: p.holidayCountry,
          promise: p.promises[type],
          overrides: p.calendarOverrides,
        });
        expect(due.dueDate, `${p.slug} ${type}`).toMatch(/^2026-0[34]-\d\d$/);
      }
    }
  });

  it("keeps the policies' numbers: Deepen's 14 days, UseGPT's 180 days from the last payment", async () => {
    await seedDemoPortals(db());
    expect((await portal("deepen")).promises.deletion).toEqual({ days: 14, unit: "calendar" });
    expect((await bases("usegpt")).find((b) => b.key === "payments-disputes")?.defaultPeriodDays).toBe(180);
  });

  it("lets each category be kept only under bases of its portal's catalogue, named in the catalogue's order; MVSEP's push tokens under none", async () => {
    await seedDemoPortals(db());
    for (const p of (await db().select().from(portals))) {
      const keys = (await bases(p.slug)).map((b) => b.key);
      expect(Object.keys(p.dataCategoryDetails).sort(), p.slug).toEqual([...p.dataCategories].sort());
      for (const [name, { keptUnder }] of Object.entries(p.dataCategoryDetails)) expect(keptUnder, `${p.slug}: ${name}`).toEqual(keys.filter((k) => keptUnder.includes(k)));
    }
    expect((await portal("mvsep")).dataCategoryDetails["push notification tokens"]?.keptUnder).toEqual([]);
  });

  it("anchors UseGPT's bases as its policy and 402-FZ count them, and cites no Civil Code limitation period", async () => {
    await seedDemoPortals(db());
    const usegpt = (await bases("usegpt"));
    expect(usegpt.map((b) => [b.key, b.defaultPeriodDays, b.anchoredTo])).toEqual([
      ["payments-disputes", 180, "the user's last payment"],
      ["security-logs", 180, "the user's last payment"],
      ["accounting", 1827, "the end of the reporting year (31 December) of the user's last accounting document"],
    ]);
    expect(JSON.stringify(usegpt)).not.toMatch(/196|Civil Code|Гражданск/);
  });

  it("words every category, label and statute in each language its portal speaks besides English", async () => {
    await seedDemoPortals(db());
    for (const p of (await db().select().from(portals))) {
      const others = p.languages.filter((l) => l !== "en");
      for (const [name, details] of Object.entries(p.dataCategoryDetails)) expect(Object.keys(details.translations).sort(), `${p.slug}: ${name}`).toEqual([...others].sort());
      for (const b of (await bases(p.slug))) expect(Object.keys(b.translations).sort(), `${p.slug}: ${b.key}`).toEqual([...others].sort());
    }
  });

  it("leaves an admin's edits alone on a re-seed, a removed retention basis included", async () => {
    await seedDemoPortals(db());
    const { id } = (await portal("mvsep"));
    await withTransaction(db(), (tx) => tx.update(portals).set({ name: "MVSEP (edited)", promises: { deletion: { days: 10, unit: "calendar" } } }).where(eq(portals.id, id)));
    const basis = and(eq(retentionBases.portalId, id), eq(retentionBases.key, "security-logs"));
    await withTransaction(db(), (tx) => tx.update(retentionBases).set({ defaultPeriodDays: 90 }).where(basis));
    await withTransaction(db(), (tx) => tx.delete(retentionBases).where(and(eq(retentionBases.portalId, id), eq(retentionBases.key, "billing-records"))));

    await seedDemoPortals(db());

    expect((await portal("mvsep"))).toMatchObject({ name: "MVSEP (edited)", promises: { deletion: { days: 10, unit: "calendar" } } });
    expect((await db().select().from(retentionBases).where(basis))[0]?.defaultPeriodDays).toBe(90);
    expect((await bases("mvsep")).map((b) => b.key)).not.toContain("billing-records");
    expect((await bases("mvsep"))).toHaveLength(5);
  });

  it("offers what each portal's law grants, each added type citing its article in the seed", async () => {
    await seedDemoPortals(db());
    expect((await portal("mvsep")).requestTypes).toEqual(["deletion", "access", "correction", "consent-withdrawal"]);
    expect((await portal("mgoods-seller")).requestTypes).toEqual(["access", "correction", "deletion", "restriction", "objection", "portability", "consent-withdrawal"]);
    expect((await portal("deepen")).requestTypes).toEqual(["deletion", "restriction", "correction", "consent-withdrawal"]);
    expect((await portal("usegpt")).requestTypes).toEqual(["access", "correction", "restriction", "deletion", "consent-withdrawal", "stop-processing"]);
    expect((await portal("moserra")).requestTypes).toEqual(["deletion", "correction", "restriction", "objection", "access", "notify-recipients"]);
    const source = (slug: string) => readFileSync(new URL(`./seed-data/${slug}.ts`, import.meta.url), "utf8");
    for (const slug of ["mvsep", "mgoods-seller", "deepen"]) expect(source(slug), slug).toMatch(/ZRU-547 (adds correction \(art\. 11.*art\. 30\)|art\. 30 adds the withdrawal of consent)/);
    expect(source("usegpt")).toContain("152-FZ art. 21(5.1) adds the demand to stop processing");
    expect(source("moserra")).toContain("KVKK art. 11(1)(f) adds telling the third parties");
  });

  it("marks MOSERRA's lost address as a placeholder, Deepen's email route, and MVSEP's and MGoods' 30 days as configured", async () => {
    await seedDemoPortals(db());
    expect((await db().select({ slug: portals.slug, confirmed: portals.contactEmailConfirmed }).from(portals).orderBy(portals.id))).toEqual([
      { slug: "mvsep", confirmed: true },
      { slug: "moserra", confirmed: false },
      { slug: "mgoods-seller", confirmed: true },
      { slug: "deepen", confirmed: true },
      { slug: "usegpt", confirmed: true },
    ]);
    expect((await portal("deepen")).emailIntake).toBe(true);
    expect((await portal("mvsep")).emailIntake).toBe(false);
    expect((await portal("mvsep")).promises.deletion).toEqual({ days: 30, unit: "calendar", kind: "configured" });
    expect(Object.values((await portal("mgoods-seller")).promises).every((p) => p.kind === "configured")).toBe(true);
  });

  it("upgrades a demo portal seeded before this version that nobody edited, and only the portal row", async () => {
    // Deepen exactly as the seed wrote it before issue 9 (no fingerprint stored then).
    await withTransaction(db(), (tx) => tx.insert(portals).values({ ...deepenRow(), requestTypes: ["deletion", "restriction"], promises: { deletion: { days: 14, unit: "calendar" }, restriction: { days: 14, unit: "calendar" } } }));

    const outcome = (await seedDemoPortals(db())).find((o) => o.slug === "deepen");

    expect(outcome).toEqual({ slug: "deepen", created: false, upgraded: true });
    expect((await portal("deepen"))).toMatchObject({ requestTypes: ["deletion", "restriction", "correction", "consent-withdrawal"], emailIntake: true });
    expect((await portal("deepen")).seedFingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect((await seedDemoPortals(db())).find((o) => o.slug === "deepen")?.upgraded).toBe(false);
  });

  it("upgrades Deepen as the deadline engine's seed wrote it (blocking due the same day), before fingerprints", async () => {
    await withTransaction(db(), (tx) => tx.insert(portals).values({ ...deepenRow(), requestTypes: ["deletion", "restriction"], promises: { deletion: { days: 14, unit: "calendar" }, restriction: { days: 0, unit: "calendar" } } }));
    expect((await seedDemoPortals(db())).find((o) => o.slug === "deepen")?.upgraded).toBe(true);
    expect((await portal("deepen")).requestTypes).toEqual(["deletion", "restriction", "correction", "consent-withdrawal"]);
  });

  it("does not upgrade a pre-fingerprint demo portal an admin edited", async () => {
    const edited = { ...deepenRow(), requestTypes: ["deletion" as const], promises: { deletion: { days: 10, unit: "calendar" as const } } };
    await withTransaction(db(), (tx) => tx.insert(portals).values(edited));

    expect((await seedDemoPortals(db())).find((o) => o.slug === "deepen")).toEqual({ slug: "deepen", created: false, upgraded: false });
    expect((await portal("deepen"))).toMatchObject({ requestTypes: ["deletion"], promises: { deletion: { days: 10, unit: "calendar" } }, emailIntake: false, seedFingerprint: null });
  });

  it("upgrades a portal an older seed wrote, but not once an admin has changed it since", async () => {
    const older = { ...deepen, requestTypes: ["deletion" as const], promises: { deletion: { days: 14, unit: "calendar" as const } } };
    await seedDemoPortals(db(), [older]);
    expect((await seedDemoPortals(db())).find((o) => o.slug === "deepen")?.upgraded).toBe(true);
    expect((await portal("deepen")).requestTypes).toEqual(deepen.requestTypes);

    await withTransaction(db(), (tx) => tx.update(portals).set({ reminderDays: [5, 0] }).where(eq(portals.slug, "deepen")));
    await seedDemoPortals(db(), [older]);
    expect((await portal("deepen"))).toMatchObject({ requestTypes: deepen.requestTypes, reminderDays: [5, 0] });
  });
});
