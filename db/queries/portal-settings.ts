import "server-only";
import { asc, count, eq, inArray } from "drizzle-orm";
import { isDeepStrictEqual } from "node:util";
import type { Executor, Tx } from "../client";
import { deletionOutcomes, portals, retentionBases, type Portal, type RetentionBasis } from "../schema";

/** The columns of a portal that its admins configure here; the slug and reference prefix stay as deployed, and the contact is confirmed on its own (confirmPortalContact). */
export const SETTINGS_FIELDS = [
  "name",
  "languages",
  "defaultLanguage",
  "requestTypes",
  "regime",
  "promises",
  "clockStart",
  "timeZone",
  "holidayCountry",
  "calendarOverrides",
  "dataCategories",
  "dataCategoryDetails",
  "reminderDays",
  "duplicateWindowDays",
  "appealWindowDays",
] as const;

export type PortalSettingsUpdate = Pick<Portal, (typeof SETTINGS_FIELDS)[number]>;
export type RetentionBasisInput = Pick<RetentionBasis, "key" | "label" | "statute" | "translations" | "defaultPeriodDays" | "anchoredTo">;

/** One changed setting, for the audit entry; the catalogue counts as one field, "retentionBases". */
export interface SettingsChange {
  field: (typeof SETTINGS_FIELDS)[number] | "retentionBases";
  before: unknown;
  after: unknown;
}

/**
 * Removing a basis that kept records cite would orphan the retention register.
 * Carries which bases, and how many records cite each; the staff catalogue
 * (lib/staff/errors.ts, `retention_basis_in_use`) words it for people.
 */
export class RetentionBasisInUseError extends Error {
  constructor(readonly bases: { key: string; label: string; uses: number }[]) {
    super(`retention bases cited by kept records cannot be removed: ${bases.map((b) => `${b.key} (${b.uses})`).join(", ")}`);
    this.name = "RetentionBasisInUseError";
  }
}

export async function listRetentionBases(db: Executor, { portalId }: { portalId: number }): Promise<RetentionBasis[]> {
  return db.select().from(retentionBases).where(eq(retentionBases.portalId, portalId)).orderBy(asc(retentionBases.id));
}

/**
 * Saves a portal's settings and replaces its retention catalogue, in the
 * caller's transaction (so the caller's audit entry commits with it). Bases
 * are matched by key: new keys are added, known ones updated, missing ones
 * removed unless a deletion outcome cites them, which refuses the whole save
 * (the caller's transaction rolls back on the throw). Requests are not
 * touched: each keeps the deadline policy it was given at verification.
 * Returns what changed, with before and after values.
 */
export async function updatePortalSettings(
  tx: Tx,
  { portalId, settings, bases }: { portalId: number; settings: PortalSettingsUpdate; bases: readonly RetentionBasisInput[] },
): Promise<SettingsChange[]> {
  const portal = (await tx.select().from(portals).where(eq(portals.id, portalId)).limit(1))[0];
  if (!portal) throw new Error(`no portal with id ${portalId}`);
  const changes: SettingsChange[] = SETTINGS_FIELDS.filter((field) => !isDeepStrictEqual(portal[field], settings[field])).map((field) => ({
    field,
    before: portal[field],
    after: settings[field],
  }));
  if (changes.length > 0) await tx.update(portals).set(settings).where(eq(portals.id, portalId));
  const catalogue = await replaceCatalogue(tx, portalId, bases);
  return catalogue ? [...changes, catalogue] : changes;
}

async function replaceCatalogue(tx: Tx, portalId: number, bases: readonly RetentionBasisInput[]): Promise<SettingsChange | undefined> {
  const current = await listRetentionBases(tx, { portalId });
  const keys = new Set(bases.map((b) => b.key));
  const removed = current.filter((b) => !keys.has(b.key));
  await refuseIfCited(tx, removed);
  if (removed.length > 0) await tx.delete(retentionBases).where(inArray(retentionBases.id, removed.map((b) => b.id)));
  for (const basis of bases) {
    const { label, statute, translations, defaultPeriodDays, anchoredTo } = basis;
    await tx
      .insert(retentionBases)
      .values({ portalId, ...basis })
      .onConflictDoUpdate({ target: [retentionBases.portalId, retentionBases.key], set: { label, statute, translations, defaultPeriodDays, anchoredTo } });
  }
  const before = byKey(current);
  const after = byKey(bases);
  return isDeepStrictEqual(before, after) ? undefined : { field: "retentionBases", before, after };
}

async function refuseIfCited(tx: Executor, removed: RetentionBasis[]): Promise<void> {
  if (removed.length === 0) return;
  const cited = await tx
    .select({ basisId: deletionOutcomes.basisId, uses: count() })
    .from(deletionOutcomes)
    .where(inArray(deletionOutcomes.basisId, removed.map((b) => b.id)))
    .groupBy(deletionOutcomes.basisId);
  if (cited.length === 0) return;
  const uses = new Map(cited.map((c) => [c.basisId, c.uses]));
  throw new RetentionBasisInUseError(removed.filter((b) => uses.has(b.id)).map((b) => ({ key: b.key, label: b.label, uses: uses.get(b.id)! })));
}

/** The catalogue's content in a stable order: its entries have no position, so order is no change. */
function byKey(bases: readonly RetentionBasisInput[]): RetentionBasisInput[] {
  return bases.map(({ key, label, statute, translations, defaultPeriodDays, anchoredTo }) => ({ key, label, statute, translations, defaultPeriodDays, anchoredTo })).sort((a, b) => a.key.localeCompare(b.key));
}

/**
 * Sets the operator's contact address and marks it confirmed by an admin (a
 * seeded placeholder stops being one). Returns the address it replaced.
 */
export async function confirmPortalContact(tx: Tx, { portalId, contactEmail }: { portalId: number; contactEmail: string }): Promise<{ before: string; wasConfirmed: boolean }> {
  const portal = (await tx.select({ contactEmail: portals.contactEmail, confirmed: portals.contactEmailConfirmed }).from(portals).where(eq(portals.id, portalId)).limit(1))[0];
  if (!portal) throw new Error(`no portal with id ${portalId}`);
  await tx.update(portals).set({ contactEmail, contactEmailConfirmed: true }).where(eq(portals.id, portalId));
  return { before: portal.contactEmail, wasConfirmed: portal.confirmed };
}
