import { getDb } from "@/db/client";
import { getPortalById } from "@/db/queries/portals";
import { portalReport, reportYear } from "@/lib/reports/portal-report";
import type { StaffContext } from "@/lib/staff/session";

/**
 * The reports a member asked for: the year, and one portal of theirs or all of
 * them. Any role may read them (viewer and above); another portal's slug
 * selects nothing.
 */
export function selectReports(staff: StaffContext, { year, portal }: { year: unknown; portal: unknown }, now: Date) {
  const chosen = typeof portal === "string" && portal ? staff.memberships.filter((m) => m.slug === portal) : staff.memberships;
  const y = reportYear(year, now);
  const reports = chosen.flatMap((m) => {
    const row = getPortalById(getDb(), { id: m.portalId });
    return row ? [portalReport(getDb(), { portal: row, year: y })] : [];
  });
  return { year: y, portal: typeof portal === "string" && chosen.length === 1 ? portal : "", reports };
}
