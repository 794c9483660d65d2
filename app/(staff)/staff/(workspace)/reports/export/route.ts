import { getDb } from "@/db/client";
import { toCsv } from "@/lib/csv";
import { attachment } from "@/lib/download";
import { crossOriginRefused, fromOwnOrigin } from "@/lib/security/same-origin";
import { recordStaffEvent } from "@/lib/staff/audit";
import { requireStaff } from "@/lib/staff/session";
import { REPORT_COLUMNS } from "../csv";
import { selectReports } from "../selection";

export const dynamic = "force-dynamic";

/** The annual report as CSV: a POST, like the other exports, so no link or prefetch downloads it; recorded on each portal it covers. */
export async function POST(request: Request) {
  if (!fromOwnOrigin(request.headers)) return crossOriginRefused();
  const staff = await requireStaff();
  const form = await request.formData().catch(() => new FormData());
  const now = new Date();
  const { year, reports } = selectReports(staff, { year: form.get("year"), portal: form.get("portal") }, now);
  const rows = reports.flatMap((report) => report.lines.map((line) => ({ report, line })));
  recordStaffEvent(getDb(), { userId: staff.user.id, type: "report_exported", data: { year, rows: rows.length }, portalIds: reports.map((r) => r.portal.id), at: now });
  return attachment(toCsv(REPORT_COLUMNS, rows), { name: `annual-report-${year}`, format: "csv" });
}
