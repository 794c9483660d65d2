import { asc, count, eq, inArray } from "drizzle-orm";
import { isDeepStrictEqual } from "node:util";
import type { Db, Executor } from "../client";
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

/** Removing a basis that kept records cite would orphan the retention register. */
export class RetentionBasisInUseError extends Error {
  constructor(readonly bases: { key: string; label: string; uses: number }[]) {
    const list = bases.map((b) => `"${b.label}" (${b.key}) is the basis of ${b.uses} kept record${b.uses === 1 ? "" : "s"}`).join("; ");
    super(`${list}, so it cannot be removed. Keep it, or edit its label and statute instead.`);
    this.name = "RetentionBasisInUseError";
  }
}

export function listRetentionBases(db: Executor, { portalId }: { portalId: number }): RetentionBasis[] {
  return db.select().from(retentionBases).where(eq(retentionBases.portalId, portalId)).orderBy(asc(retentionBases.id)).all();
}

/**
 * Saves a portal's settings and replaces its retention catalogue, in one
 * immediate transaction (a savepoint when the caller already holds one, so the
 * caller's audit entry can commit with it). Bases are matched by key: new keys
 * are added, known ones updated, missing ones removed unless a deletion outcome
 * cites them, which refuses the whole save. Requests are not touched: each
 * keeps the deadline policy it was given at verification.
 * Returns what changed, with before and after values.
 */
export function updatePortalSettings(
  db: Db,
  { portalId, settings, bases }: { portalId: number; settings: PortalSettingsUpdate; bases: readonly RetentionBasisInput[] },
): SettingsChange[] {
  return db.transaction(
    (tx) => {
      const portal = tx.select().from(portals).where(eq(portals.id, portalId)).get();
      if (!portal) throw new Error(`no portal with id ${portalId}`);
      const changes: SettingsChange[] = SETTINGS_FIELDS.filter((field) => !isDeepStrictEqual(portal[field], settings[field])).map((field) => ({
        field,
        before: portal[field],
        after: settings[field],
      }));
      if (changes.length > 0) tx.update(portals).set(settings).where(eq(portals.id, portalId)).run();
      const catalogue = replaceCatalogue(tx, portalId, bases);
      return catalogue ? [...changes, catalogue] : changes;
    },
    { behavior: "immediate" },
  );
}

function replaceCatalogue(tx: Executor, portalId: number, bases: readonly RetentionBasisInput[]): SettingsChange | undefined {
  const current = listRetentionBases(tx, { portalId });
  const keys = new Set(bases.map((b) => b.key));
  const removed = current.filter((b) => !keys.has(b.key));
  refuseIfCited(tx, removed);
  if (removed.length > 0) tx.delete(retentionBases).where(inArray(retentionBases.id, removed.map((b) => b.id))).run();
  for (const basis of bases) {
    const { label, statute, translations, defaultPeriodDays, anchoredTo } = basis;
    tx.insert(retentionBases)
      .values({ portalId, ...basis })
      .onConflictDoUpdate({ target: [retentionBases.portalId, retentionBases.key], set: { label, statute, translations, defaultPeriodDays, anchoredTo } })
      .run();
  }
  const before = byKey(current);
  const after = byKey(bases);
  return isDeepStrictEqual(before, after) ? undefined : { field: "retentionBases", before, after };
}

function refuseIfCited(tx: Executor, removed: RetentionBasis[]) {
  if (removed.length === 0) return;
  const cited = tx
    .select({ basisId: deletionOutcomes.basisId, uses: count() })
    .from(deletionOutcomes)
    .where(inArray(deletionOutcomes.basisId, removed.map((b) => b.id)))
    .groupBy(deletionOutcomes.basisId)
    .all();
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
export function confirmPortalContact(db: Executor, { portalId, contactEmail }: { portalId: number; contactEmail: string }): { before: string; wasConfirmed: boolean } {
  const portal = db.select({ contactEmail: portals.contactEmail, confirmed: portals.contactEmailConfirmed }).from(portals).where(eq(portals.id, portalId)).get();
  if (!portal) throw new Error(`no portal with id ${portalId}`);
  db.update(portals).set({ contactEmail, contactEmailConfirmed: true }).where(eq(portals.id, portalId)).run();
  return { before: portal.contactEmail, wasConfirmed: portal.confirmed };
}
