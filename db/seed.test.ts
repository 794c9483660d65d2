import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { computeDeadline } from "../lib/deadlines";
import { portals, retentionBases } from "./schema";
import { seedDemoPortals } from "./seed-portals";
// Renamed on import: the React hooks lint rule takes any top-level use…() call for a hook.
import { tempDbPerTest } from "./testing";

const db = tempDbPerTest();

const portal = (slug: string) => db().select().from(portals).where(eq(portals.slug, slug)).get()!;
const bases = (slug: string) => db().select().from(retentionBases).where(eq(retentionBases.portalId, portal(slug).id)).orderBy(retentionBases.id).all();

describe("seedDemoPortals", () => {
  it("creates the five portals once; a second run finds them all present", () => {
    expect(seedDemoPortals(db()).every((o) => o.created)).toBe(true);
    expect(seedDemoPortals(db()).map((o) => [o.slug, o.created])).toEqual([
      ["mvsep", false],
      ["moserra", false],
      ["mgoods-seller", false],
      ["deepen", false],
      ["usegpt", false],
    ]);
    const rows = db().select({ slug: portals.slug, regime: portals.regime, languages: portals.languages, defaultLanguage: portals.defaultLanguage }).from(portals).all();
    expect(rows).toEqual([
      { slug: "mvsep", regime: "uz-zru547", languages: ["en"], defaultLanguage: "en" },
      { slug: "moserra", regime: "tr-kvkk", languages: ["tr", "en"], defaultLanguage: "tr" },
      { slug: "mgoods-seller", regime: "uz-zru547", languages: ["uz", "ru", "en"], defaultLanguage: "uz" },
      { slug: "deepen", regime: "uz-zru547", languages: ["uz"], defaultLanguage: "uz" },
      { slug: "usegpt", regime: "ru-152fz", languages: ["ru"], defaultLanguage: "ru" },
    ]);
    expect(db().select().from(retentionBases).all()).toHaveLength(13);
  });

  it("gives the deadline engine everything it needs for every request type a portal offers", () => {
    seedDemoPortals(db());
    for (const p of db().select().from(portals).all()) {
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

  it("keeps the policies' numbers: Deepen's 14 days, UseGPT's 180 days from the last payment", () => {
    seedDemoPortals(db());
    expect(portal("deepen").promises.deletion).toEqual({ days: 14, unit: "calendar" });
    expect(bases("usegpt").find((b) => b.key === "payments-disputes")?.defaultPeriodDays).toBe(180);
  });

  it("lets each category be kept only under bases of its portal's catalogue, named in the catalogue's order; MVSEP's push tokens under none", () => {
    seedDemoPortals(db());
    for (const p of db().select().from(portals).all()) {
      const keys = bases(p.slug).map((b) => b.key);
      expect(Object.keys(p.dataCategoryDetails).sort(), p.slug).toEqual([...p.dataCategories].sort());
      for (const [name, { keptUnder }] of Object.entries(p.dataCategoryDetails)) expect(keptUnder, `${p.slug}: ${name}`).toEqual(keys.filter((k) => keptUnder.includes(k)));
    }
    expect(portal("mvsep").dataCategoryDetails["push notification tokens"]?.keptUnder).toEqual([]);
  });

  it("anchors UseGPT's bases as its policy and 402-FZ count them, and cites no Civil Code limitation period", () => {
    seedDemoPortals(db());
    const usegpt = bases("usegpt");
    expect(usegpt.map((b) => [b.key, b.defaultPeriodDays, b.anchoredTo])).toEqual([
      ["payments-disputes", 180, "the user's last payment"],
      ["security-logs", 180, "the user's last payment"],
      ["accounting", 1827, "the end of the reporting year (31 December) of the user's last accounting document"],
    ]);
    expect(JSON.stringify(usegpt)).not.toMatch(/196|Civil Code|Гражданск/);
  });

  it("words every category, label and statute in each language its portal speaks besides English", () => {
    seedDemoPortals(db());
    for (const p of db().select().from(portals).all()) {
      const others = p.languages.filter((l) => l !== "en");
      for (const [name, details] of Object.entries(p.dataCategoryDetails)) expect(Object.keys(details.translations).sort(), `${p.slug}: ${name}`).toEqual([...others].sort());
      for (const b of bases(p.slug)) expect(Object.keys(b.translations).sort(), `${p.slug}: ${b.key}`).toEqual([...others].sort());
    }
  });

  it("leaves an admin's edits alone on a re-seed, a removed retention basis included", () => {
    seedDemoPortals(db());
    const { id } = portal("mvsep");
    db().update(portals).set({ name: "MVSEP (edited)", promises: { deletion: { days: 10, unit: "calendar" } } }).where(eq(portals.id, id)).run();
    const basis = and(eq(retentionBases.portalId, id), eq(retentionBases.key, "security-logs"));
    db().update(retentionBases).set({ defaultPeriodDays: 90 }).where(basis).run();
    db().delete(retentionBases).where(and(eq(retentionBases.portalId, id), eq(retentionBases.key, "billing-records"))).run();

    seedDemoPortals(db());

    expect(portal("mvsep")).toMatchObject({ name: "MVSEP (edited)", promises: { deletion: { days: 10, unit: "calendar" } } });
    expect(db().select().from(retentionBases).where(basis).get()?.defaultPeriodDays).toBe(90);
    expect(bases("mvsep").map((b) => b.key)).not.toContain("billing-records");
    expect(bases("mvsep")).toHaveLength(5);
  });
});
