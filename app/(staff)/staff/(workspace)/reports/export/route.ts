import { now } from "@/lib/clock";
import { toCsv } from "@/lib/csv";
import { attachment } from "@/lib/download";
import { crossOriginRefused, fromOwnOrigin } from "@/lib/security/same-origin";
import { exportReports } from "@/lib/reports/selection";
import { requireStaff } from "@/lib/staff/session";
import { REPORT_COLUMNS } from "../csv";

export const dynamic = "force-dynamic";

/** The annual report as CSV: a POST, like the other exports, so no link or prefetch downloads it; recorded on each portal it covers. */
export async function POST(request: Request) {
  if (!fromOwnOrigin(request.headers)) return crossOriginRefused();
  const staff = await requireStaff();
  const form = await request.formData().catch(() => new FormData());
  const { year, rows } = await exportReports(staff, { year: form.get("year"), portal: form.get("portal") }, now());
  return attachment(toCsv(REPORT_COLUMNS, rows), { name: `annual-report-${year}`, format: "csv" });
}
