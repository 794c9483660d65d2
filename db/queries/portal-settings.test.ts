import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { recordStaffEvent } from "../../lib/staff/audit";
import { withTransaction } from "../client";
import { deletionOutcomes, portals, requestEvents, requests, users } from "../schema";
import { seedDemoPortals } from "../seed-portals";
import { tempDbPerTest } from "../testing";
import { portalContactSchema } from "../../lib/validation/portal-contact";
import { confirmPortalContact, listRetentionBases, RetentionBasisInUseError, SETTINGS_FIELDS, updatePortalSettings, type PortalSettingsUpdate, type RetentionBasisInput } from "./portal-settings";

const db = tempDbPerTest();

async function moserra() {
  await seedDemoPortals(db());
  const portal = (await db().select().from(portals).where(eq(portals.slug, "moserra")).limit(1))[0]!;
  const settings = Object.fromEntries(SETTINGS_FIELDS.map((f) => [f, portal[f]])) as PortalSettingsUpdate;
  const bases = (await listRetentionBases(db(), { portalId: portal.id })).map(({ key, label, statute, translations, defaultPeriodDays, anchoredTo }) => ({ key, label, statute, translations, defaultPeriodDays, anchoredTo }));
  return { portal, settings, bases };
}

const reload = async (id: number) => (await db().select().from(portals).where(eq(portals.id, id)).limit(1))[0]!;
const keys = async (portalId: number) => (await listRetentionBases(db(), { portalId })).map((b) => b.key);
const update = (args: { portalId: number; settings: PortalSettingsUpdate; bases: readonly RetentionBasisInput[] }) => withTransaction(db(), (tx) => updatePortalSettings(tx, args));

/** An open request with its deadline, and a completed deletion that kept data under `basisKey`. */
async function requestsOf(portalId: number, basisKey: string) {
  const basisId = (await listRetentionBases(db(), { portalId })).find((b) => b.key === basisKey)!.id;
  const base = { portalId, channel: "web", email: "a@example.test", language: "en", receivedAt: new Date("2026-03-02T09:00:00Z") } as const;
  return withTransaction(db(), async (tx) => {
    const [open] = await tx
      .insert(requests)
      .values({ ...base, reference: "MOS-OPEN", type: "access", status: "open", dueAt: new Date("2026-04-01T20:59:59.999Z"), dueDate: "2026-04-01" })
      .returning();
    const [done] = await tx.insert(requests).values({ ...base, reference: "MOS-DONE", type: "deletion", status: "completed" }).returning();
    await tx.insert(deletionOutcomes).values({ requestId: done!.id, portalId, category: "invoices", kept: true, basisId, keepUntil: "2036-12-31" });
    return { open: open! };
  });
}

describe("updatePortalSettings", () => {
  it("writes nothing and reports nothing for unchanged settings", async () => {
    const { portal, settings, bases } = await moserra();
    expect(await update({ portalId: portal.id, settings, bases })).toEqual([]);
    expect(await reload(portal.id)).toEqual(portal);
  });

  it("saves changed fields and reports each with its old and new value, leaving open requests' deadlines alone", async () => {
    const { portal, settings, bases } = await moserra();
    const { open } = await requestsOf(portal.id, "invoicing-accounting");
    const changes = await update({
      portalId: portal.id,
      settings: { ...settings, name: "MOSERRA Yazılım", promises: { access: { days: 15, unit: "calendar" } }, reminderDays: [3, 0] },
      bases,
    });
    expect(changes).toEqual([
      { field: "name", before: "MOSERRA", after: "MOSERRA Yazılım" },
      { field: "promises", before: {}, after: { access: { days: 15, unit: "calendar" } } },
      { field: "reminderDays", before: [7, 3, 1, 0], after: [3, 0] },
    ]);
    expect(await reload(portal.id)).toMatchObject({ name: "MOSERRA Yazılım", promises: { access: { days: 15, unit: "calendar" } }, reminderDays: [3, 0] });
    expect((await db().select().from(requests).where(eq(requests.id, open.id)))[0]).toEqual(open);
  });

  it("adds, updates and removes retention bases by key, reported as one change sorted by key", async () => {
    const { portal, settings, bases } = await moserra();
    const [projectData, invoicing] = bases;
    const added = { key: "security-logs", label: "Security logs", statute: "Law No. 5651 art. 5", translations: { tr: { label: "Güvenlik kayıtları", statute: "5651 sayılı Kanun md. 5" } }, defaultPeriodDays: 365, anchoredTo: null };
    const changes = await update({ portalId: portal.id, settings, bases: [{ ...invoicing!, defaultPeriodDays: 3650 }, added] });
    expect(changes).toEqual([
      {
        field: "retentionBases",
        before: [invoicing, projectData],
        after: [{ ...invoicing, defaultPeriodDays: 3650 }, added],
      },
    ]);
    expect((await listRetentionBases(db(), { portalId: portal.id })).map(({ key, defaultPeriodDays }) => [key, defaultPeriodDays])).toEqual([
      ["invoicing-accounting", 3650],
      ["security-logs", 365],
    ]);
  });

  it("refuses to remove a basis that kept records cite, and then saves nothing at all", async () => {
    const { portal, settings, bases } = await moserra();
    await requestsOf(portal.id, "invoicing-accounting");
    const save = () => update({ portalId: portal.id, settings: { ...settings, name: "Renamed" }, bases: bases.slice(0, 1) });
    await expect(save()).rejects.toThrow(RetentionBasisInUseError);
    await expect(save()).rejects.toMatchObject({ bases: [{ key: "invoicing-accounting", label: "Invoicing and accounting records", uses: 1 }] });
    expect((await reload(portal.id)).name).toBe("MOSERRA");
    expect(await keys(portal.id)).toEqual(["project-data", "invoicing-accounting"]);
  });

  it("commits or rolls back with the caller's transaction, so a change and its audit entry go together", async () => {
    const { portal, settings, bases } = await moserra();
    const user = await withTransaction(db(), async (tx) => (await tx.insert(users).values({ email: "admin@example.test" }).returning())[0]!);
    const saveAndAudit = (name: string, fail: boolean) =>
      withTransaction(db(), async (tx) => {
        const changes = await updatePortalSettings(tx, { portalId: portal.id, settings: { ...settings, name }, bases });
        await recordStaffEvent(tx, { userId: user.id, type: "portal_settings_changed", data: { changes }, portalIds: [portal.id], at: new Date("2026-03-02T09:00:00Z") });
        if (fail) throw new Error("crash after the audit entry");
      });
    await expect(saveAndAudit("Lost", true)).rejects.toThrow("crash after the audit entry");
    expect((await reload(portal.id)).name).toBe("MOSERRA");
    expect(await db().select().from(requestEvents)).toEqual([]);
    await saveAndAudit("Kept", false);
    expect((await reload(portal.id)).name).toBe("Kept");
    expect(await db().select({ type: requestEvents.type }).from(requestEvents)).toEqual([{ type: "portal_settings_changed" }]);
  });
});

describe("confirmPortalContact", () => {
  it("turns MOSERRA's placeholder into a confirmed address, and a later re-seed leaves it alone", async () => {
    const { portal } = await moserra();
    expect(portal).toMatchObject({ contactEmail: "info@moserra.com", contactEmailConfirmed: false });
    const { contactEmail } = portalContactSchema.parse({ contactEmail: "  KVKK@Moserra.com " });
    expect(await withTransaction(db(), (tx) => confirmPortalContact(tx, { portalId: portal.id, contactEmail }))).toEqual({ before: "info@moserra.com", wasConfirmed: false });
    expect(await reload(portal.id)).toMatchObject({ contactEmail: "kvkk@moserra.com", contactEmailConfirmed: true });
    expect((await seedDemoPortals(db())).find((o) => o.slug === "moserra")).toMatchObject({ upgraded: false });
    expect(await reload(portal.id)).toMatchObject({ contactEmail: "kvkk@moserra.com", contactEmailConfirmed: true });
  });

  it("refuses an address that is not one, with a message for people", () => {
    const result = portalContactSchema.safeParse({ contactEmail: "moserra" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(["Enter the operator's address, like privacy@example.com"]);
  });
});
