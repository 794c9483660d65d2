import { getDb } from "@/db/client";
import { getPortalById } from "@/db/queries/portals";
import { portalReport, reportYear } from "@/lib/reports/portal-report";
import type { StaffContext } from "@/lib/staff/session";

/**
 * The reports a member asked for: the year, and one portal of theirs or all of
 * them. Any role may read them (viewer and above); a slug that is not one of
 * the member's portals reads as "all my portals", so it reveals nothing.
 */
export function selectReports(staff: StaffContext, { year, portal }: { year: unknown; portal: unknown }, now: Date) {
  const match = staff.memberships.filter((m) => m.slug === portal);
  const chosen = match.length > 0 ? match : staff.memberships;
  const y = reportYear(year, now);
  const reports = chosen.flatMap((m) => {
    const row = getPortalById(getDb(), { id: m.portalId });
    return row ? [portalReport(getDb(), { portal: row, year: y })] : [];
  });
  return { year: y, portal: match.length > 0 ? String(portal) : "", reports };
}
