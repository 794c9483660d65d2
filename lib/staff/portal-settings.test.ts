import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withTransaction } from "../../db/client";
import { listRetentionBases, SETTINGS_FIELDS, type PortalSettingsUpdate } from "../../db/queries/portal-settings";
import { insertUser } from "../../db/queries/staff";
import { deletionOutcomes, portals, requestEvents, requests } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { portalContactFormSchema } from "../validation/portal-contact-form";
import { DomainError } from "./errors";
import { confirmContact, savePortalSettings } from "./portal-settings";

const db = tempDbPerTest();
const NOW = new Date("2026-11-29T09:00:00Z");

async function moserra() {
  await seedDemoPortals(db());
  const portal = (await db().select().from(portals).where(eq(portals.slug, "moserra")))[0]!;
  const settings = Object.fromEntries(SETTINGS_FIELDS.map((f) => [f, portal[f]])) as PortalSettingsUpdate;
  const bases = await listRetentionBases(db(), { portalId: portal.id });
  const admin = await withTransaction(db(), (tx) => insertUser(tx, { email: "admin@rightsdesk.test" }));
  return { portal, settings, bases, admin };
}

const events = async (type: string) => (await db().select().from(requestEvents).where(eq(requestEvents.type, type))).map((e) => ({ actor: e.actor, at: e.at, data: e.data }));

describe("saving a portal's settings", () => {
  it("saves and records the fields that changed, at the time given; an unchanged save records nothing", async () => {
    const { portal, settings, bases, admin } = await moserra();
    expect(await savePortalSettings(db(), { portalId: portal.id, settings, bases, by: admin.id, now: NOW })).toEqual([]);
    const changes = await savePortalSettings(db(), { portalId: portal.id, settings: { ...settings, name: "MOSERRA Yazılım" }, bases, by: admin.id, now: NOW });
    expect(changes).toEqual([{ field: "name", before: "MOSERRA", after: "MOSERRA Yazılım" }]);
    expect(await events("portal_settings_changed")).toEqual([{ actor: `staff:${admin.id}`, at: NOW, data: { fields: ["name"], changes } }]);
  });

  it("refuses to remove a basis that kept records cite, on the catalogue field and naming it, and saves nothing", async () => {
    const { portal, settings, bases, admin } = await moserra();
    const cited = bases.find((b) => b.key === "invoicing-accounting")!;
    await withTransaction(db(), async (tx) => {
      const base = { portalId: portal.id, channel: "web", email: "a@example.test", language: "en", receivedAt: NOW } as const;
      const [done] = await tx.insert(requests).values({ ...base, reference: "MOS-DONE", type: "deletion", status: "completed" }).returning();
      await tx.insert(deletionOutcomes).values({ requestId: done!.id, portalId: portal.id, category: "invoices", kept: true, basisId: cited.id, keepUntil: "2036-12-31" });
    });
    const refused = await savePortalSettings(db(), { portalId: portal.id, settings: { ...settings, name: "Renamed" }, bases: bases.filter((b) => b !== cited), by: admin.id, now: NOW }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({
      code: "retention_basis_in_use",
      field: "retentionBases",
      message: `"Invoicing and accounting records" (invoicing-accounting) is the basis of 1 kept record, so it cannot be removed. Keep it, or edit its label and statute instead.`,
    });
    expect((await db().select().from(portals).where(eq(portals.id, portal.id)))[0]!.name).toBe("MOSERRA");
    expect(await events("portal_settings_changed")).toEqual([]);
  });
});

describe("confirming the contact address", () => {
  it("confirms the address and records what it replaced", async () => {
    const { portal, admin } = await moserra();
    const { contactEmail } = portalContactFormSchema.parse({ contactEmail: " KVKK@Moserra.com " });
    await confirmContact(db(), { portalId: portal.id, contactEmail, by: admin.id, now: NOW });
    expect((await db().select().from(portals).where(eq(portals.id, portal.id)))[0]).toMatchObject({ contactEmail: "kvkk@moserra.com", contactEmailConfirmed: true });
    expect(await events("portal_contact_confirmed")).toEqual([{ actor: `staff:${admin.id}`, at: NOW, data: { before: "info@moserra.com", after: "kvkk@moserra.com", wasConfirmed: false } }]);
  });

  it("the form's schema refuses what is not an address with a code, which travels as ?error=contact_invalid", () => {
    for (const contactEmail of ["moserra", "", `${"a".repeat(250)}@x.test`]) {
      expect(portalContactFormSchema.safeParse({ contactEmail }).error?.issues.map((i) => i.message)).toEqual(["contact_invalid"]);
    }
  });
});
