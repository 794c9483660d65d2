import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { confirmPortalContact, RetentionBasisInUseError, updatePortalSettings, type PortalSettingsUpdate, type RetentionBasisInput, type SettingsChange } from "../../db/queries/portal-settings";
import { recordStaffEvent } from "./audit";
import { DomainError } from "./errors";

/**
 * An admin saves a portal's settings and retention catalogue; the change and
 * its audit entry commit together. Removing a basis that kept records cite is
 * refused (`retention_basis_in_use`, on the catalogue), and then nothing is saved.
 * Returns what changed.
 */
export async function savePortalSettings(
  db: Db,
  { portalId, settings, bases, by, now }: { portalId: number; settings: PortalSettingsUpdate; bases: readonly RetentionBasisInput[]; by: string; now: Date },
): Promise<SettingsChange[]> {
  try {
    return await withTransaction(db, async (tx) => {
      const changes = await updatePortalSettings(tx, { portalId, settings, bases });
      if (changes.length > 0) {
        const fields = changes.map((c) => c.field);
        await recordStaffEvent(tx, { userId: by, type: "portal_settings_changed", data: { fields, changes }, portalIds: [portalId], at: now });
      }
      return changes;
    });
  } catch (e) {
    if (e instanceof RetentionBasisInUseError) throw new DomainError("retention_basis_in_use", { field: "retentionBases", params: { bases: e.bases } });
    throw e;
  }
}

/**
 * An admin confirms (or corrects) the operator's contact address, which every
 * portal page and requester email names; the change and its audit entry commit together.
 */
export async function confirmContact(db: Db, { portalId, contactEmail, by, now }: { portalId: number; contactEmail: string; by: string; now: Date }): Promise<void> {
  await withTransaction(db, async (tx) => {
    const { before, wasConfirmed } = await confirmPortalContact(tx, { portalId, contactEmail });
    await recordStaffEvent(tx, { userId: by, type: "portal_contact_confirmed", data: { before, after: contactEmail, wasConfirmed }, portalIds: [portalId], at: now });
  });
}

