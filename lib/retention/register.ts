import "server-only";
import { getDb, withTransaction, type Db, type Reader } from "../../db/client";
import { listBasisKeys, listPortalZones, listRetention, type RetentionFilters, type RetentionRow } from "../../db/views/retention";
import { addDays } from "../deadlines/dates";
import { localDate } from "../deadlines/zone";
import { recordStaffEvent } from "../staff/audit";
import type { StaffContext } from "../staff/staff-context";

export type { RetentionRow } from "../../db/views/retention";

/** The register's filters as a member sets them: "ends within N days" counts from each portal's today. */
export type RegisterFilters = Omit<RetentionFilters, "endsBy"> & {
  /** Kept until today + N days or earlier (in each portal's zone), and not yet purged. */
  endsWithinDays?: number;
  now: Date;
};

/**
 * The retention register of the member's portals. keep_until is a calendar
 * date in the portal's own zone, so "within N days" counts from each portal's
 * today: Tashkent's tomorrow starts while it is still today in Moscow.
 */
export async function retentionRegister(db: Reader, { endsWithinDays, now, ...filters }: RegisterFilters): Promise<RetentionRow[]> {
  if (endsWithinDays === undefined) return listRetention(db, filters);
  const zones = await listPortalZones(db, { portalIds: filters.portalIds });
  const endsBy = zones.map((p) => ({ portalId: p.id, date: addDays(localDate(now, p.timeZone), endsWithinDays) }));
  return listRetention(db, { ...filters, endsBy });
}

/**
 * The register for a download, recorded ("retention_exported", with the
 * filters as `describe` words them and the row count) on each portal it covers:
 * the member's portals, or the one the filters name.
 */
export async function exportRetentionRegister(
  db: Db,
  { staff, filters, describe }: { staff: Pick<StaffContext, "user" | "memberships">; filters: RegisterFilters; describe: string },
): Promise<RetentionRow[]> {
  const rows = await retentionRegister(db, filters);
  const covered = staff.memberships.filter((m) => !filters.portal || m.slug === filters.portal).map((m) => m.portalId);
  await withTransaction(db, (tx) =>
    recordStaffEvent(tx, { userId: staff.user.id, type: "retention_exported", data: { filters: describe, rows: rows.length }, portalIds: covered, at: filters.now }),
  );
  return rows;
}

/** The register page: its rows, and the basis keys its filter offers. */
export async function registerPage(filters: RegisterFilters): Promise<{ rows: RetentionRow[]; basisKeys: string[] }> {
  const db = getDb();
  const [rows, basisKeys] = await Promise.all([retentionRegister(db, filters), listBasisKeys(db, { portalIds: filters.portalIds })]);
  return { rows, basisKeys };
}
