import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { recordStaffEvent } from "../../lib/staff/audit";
import { deletionOutcomes, portals, requestEvents, requests, users } from "../schema";
import { seedDemoPortals } from "../seed-portals";
import { tempDbPerTest } from "../testing";
import { portalContactSchema } from "../../lib/validation/portal-contact";
import { confirmPortalContact, listRetentionBases, RetentionBasisInUseError, SETTINGS_FIELDS, updatePortalSettings, type PortalSettingsUpdate } from "./portal-settings";

const db = tempDbPerTest();

function moserra() {
  seedDemoPortals(db());
  const portal = db().select().from(portals).where(eq(portals.slug, "moserra")).get()!;
  const settings = Object.fromEntries(SETTINGS_FIELDS.map((f) => [f, portal[f]])) as PortalSettingsUpdate;
  const bases = listRetentionBases(db(), { portalId: portal.id }).map(({ key, label, statute, translations, defaultPeriodDays, anchoredTo }) => ({ key, label, statute, translations, defaultPeriodDays, anchoredTo }));
  return { portal, settings, bases };
}

const reload = (id: number) => db().select().from(portals).where(eq(portals.id, id)).get()!;
const keys = (portalId: number) => listRetentionBases(db(), { portalId }).map((b) => b.key);

/** An open request with its deadline, and a completed deletion that kept data under `basisKey`. */
function requestsOf(portalId: number, basisKey: string) {
  const basisId = listRetentionBases(db(), { portalId }).find((b) => b.key === basisKey)!.id;
  const base = { portalId, channel: "web", email: "a@example.test", language: "en", receivedAt: new Date("2026-03-02T09:00:00Z") } as const;
  const open = db()
    .insert(requests)
    .values({ ...base, reference: "MOS-OPEN", type: "access", status: "open", dueAt: new Date("2026-04-01T20:59:59.999Z"), dueDate: "2026-04-01" })
    .returning()
    .get();
  const done = db().insert(requests).values({ ...base, reference: "MOS-DONE", type: "deletion", status: "completed" }).returning().get();
  db().insert(deletionOutcomes).values({ requestId: done.id, portalId, category: "invoices", kept: true, basisId, keepUntil: "2036-12-31" }).run();
  return { open };
}

describe("updatePortalSettings", () => {
  it("writes nothing and reports nothing for unchanged settings", () => {
    const { portal, settings, bases } = moserra();
    expect(updatePortalSettings(db(), { portalId: portal.id, settings, bases })).toEqual([]);
    expect(reload(portal.id)).toEqual(portal);
  });

  it("saves changed fields and reports each with its old and new value, leaving open requests' deadlines alone", () => {
    const { portal, settings, bases } = moserra();
    const { open } = requestsOf(portal.id, "invoicing-accounting");
    const changes = updatePortalSettings(db(), {
      portalId: portal.id,
      settings: { ...settings, name: "MOSERRA Yazılım", promises: { access: { days: 15, unit: "calendar" } }, reminderDays: [3, 0] },
      bases,
    });
    expect(changes).toEqual([
      { field: "name", before: "MOSERRA", after: "MOSERRA Yazılım" },
      { field: "promises", before: {}, after: { access: { days: 15, unit: "calendar" } } },
      { field: "reminderDays", before: [7, 3, 1, 0], after: [3, 0] },
    ]);
    expect(reload(portal.id)).toMatchObject({ name: "MOSERRA Yazılım", promises: { access: { days: 15, unit: "calendar" } }, reminderDays: [3, 0] });
    expect(db().select().from(requests).where(eq(requests.id, open.id)).get()).toEqual(open);
  });

  it("adds, updates and removes retention bases by key, reported as one change sorted by key", () => {
    const { portal, settings, bases } = moserra();
    const [projectData, invoicing] = bases;
    const added = { key: "security-logs", label: "Security logs", statute: "Law No. 5651 art. 5", translations: { tr: { label: "Güvenlik kayıtları", statute: "5651 sayılı Kanun md. 5" } }, defaultPeriodDays: 365, anchoredTo: null };
    const changes = updatePortalSettings(db(), { portalId: portal.id, settings, bases: [{ ...invoicing!, defaultPeriodDays: 3650 }, added] });
    expect(changes).toEqual([
      {
        field: "retentionBases",
        before: [invoicing, projectData],
        after: [{ ...invoicing, defaultPeriodDays: 3650 }, added],
      },
    ]);
    expect(listRetentionBases(db(), { portalId: portal.id }).map(({ key, defaultPeriodDays }) => [key, defaultPeriodDays])).toEqual([
      ["invoicing-accounting", 3650],
      ["security-logs", 365],
    ]);
  });

  it("refuses to remove a basis that kept records cite, and then saves nothing at all", () => {
    const { portal, settings, bases } = moserra();
    requestsOf(portal.id, "invoicing-accounting");
    const save = () => updatePortalSettings(db(), { portalId: portal.id, settings: { ...settings, name: "Renamed" }, bases: bases.slice(0, 1) });
    expect(save).toThrow(RetentionBasisInUseError);
    expect(save).toThrow(
      `"Invoicing and accounting records" (invoicing-accounting) is the basis of 1 kept record, so it cannot be removed. Keep it, or edit its label and statute instead.`,
    );
    expect(reload(portal.id).name).toBe("MOSERRA");
    expect(keys(portal.id)).toEqual(["project-data", "invoicing-accounting"]);
  });

  it("commits or rolls back with the caller's transaction, so a change and its audit entry go together", () => {
    const { portal, settings, bases } = moserra();
    const user = db().insert(users).values({ email: "admin@example.test" }).returning().get();
    const saveAndAudit = (name: string, fail: boolean) =>
      db().transaction(() => {
        const changes = updatePortalSettings(db(), { portalId: portal.id, settings: { ...settings, name }, bases });
        recordStaffEvent(db(), { userId: user.id, type: "portal_settings_changed", data: { changes }, portalIds: [portal.id] });
        if (fail) throw new Error("crash after the audit entry");
      });
    expect(() => saveAndAudit("Lost", true)).toThrow("crash after the audit entry");
    expect(reload(portal.id).name).toBe("MOSERRA");
    expect(db().select().from(requestEvents).all()).toEqual([]);
    saveAndAudit("Kept", false);
    expect(reload(portal.id).name).toBe("Kept");
    expect(db().select({ type: requestEvents.type }).from(requestEvents).all()).toEqual([{ type: "portal_settings_changed" }]);
  });
});

describe("confirmPortalContact", () => {
  it("turns MOSERRA's placeholder into a confirmed address, and a later re-seed leaves it alone", () => {
    const { portal } = moserra();
    expect(portal).toMatchObject({ contactEmail: "info@moserra.com", contactEmailConfirmed: false });
    const { contactEmail } = portalContactSchema.parse({ contactEmail: "  KVKK@Moserra.com " });
    expect(confirmPortalContact(db(), { portalId: portal.id, contactEmail })).toEqual({ before: "info@moserra.com", wasConfirmed: false });
    expect(reload(portal.id)).toMatchObject({ contactEmail: "kvkk@moserra.com", contactEmailConfirmed: true });
    expect(seedDemoPortals(db()).find((o) => o.slug === "moserra")).toMatchObject({ upgraded: false });
    expect(reload(portal.id)).toMatchObject({ contactEmail: "kvkk@moserra.com", contactEmailConfirmed: true });
  });

  it("refuses an address that is not one, with a message for people", () => {
    const result = portalContactSchema.safeParse({ contactEmail: "moserra" });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.message)).toEqual(["Enter the operator's address, like privacy@example.com"]);
  });
});
