import "server-only";
import { getDb, withTransaction, type Db } from "../../db/client";
import { getPortalById } from "../../db/queries/portals";
import type { Language } from "../i18n/languages";
import type { StaffContext } from "../staff/staff-context";
import { recordStaffEvent } from "../staff/audit";
import { portalReport, reportYear, type PortalReport } from "./portal-report";

/**
 * The reports a member asked for: the year, and one portal of theirs or all of
 * them. Any role may read them (viewer and above); a slug that is not one of
 * the member's portals reads as "all my portals", so it reveals nothing.
 * Lines are labelled in the member's `language`.
 */
export async function selectReports(
  staff: StaffContext,
  { year, portal, language }: { year: unknown; portal: unknown; language: Language },
  now: Date,
  db: Db = getDb(),
): Promise<{ year: number; portal: string; reports: PortalReport[] }> {
  const match = staff.memberships.filter((m) => m.slug === portal);
  const chosen = match.length > 0 ? match : staff.memberships;
  const y = reportYear(year, now);
  const reports: PortalReport[] = [];
  for (const m of chosen) {
    const row = await getPortalById(db, { id: m.portalId });
    if (row) reports.push(await portalReport(db, { portal: row, year: y, language }));
  }
  return { year: y, portal: match.length > 0 ? String(portal) : "", reports };
}

/**
 * The reports for a download: as `selectReports`, one row per line, with the
 * export recorded in the audit chain of each portal it covers.
 */
export async function exportReports(staff: StaffContext, query: { year: unknown; portal: unknown; language: Language }, now: Date, db: Db = getDb()) {
  const { year, reports } = await selectReports(staff, query, now, db);
  const rows = reports.flatMap((report) => report.lines.map((line) => ({ report, line })));
  await withTransaction(db, (tx) =>
    recordStaffEvent(tx, { userId: staff.user.id, type: "report_exported", data: { year, rows: rows.length }, portalIds: reports.map((r) => r.portal.id), at: now }),
  );
  return { year, rows };
}
