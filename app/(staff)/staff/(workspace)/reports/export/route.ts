import { toCsv } from "@/lib/csv";
import { attachment } from "@/lib/download";
import { exportReports } from "@/lib/reports/selection";
import { staffRoute } from "@/lib/staff/action";
import { REPORT_COLUMNS } from "../csv";

export const dynamic = "force-dynamic";

/**
 * The annual report as CSV, for any member: a POST, like the other exports, so no link or prefetch
 * downloads it (staffRoute also refuses a POST from another site); recorded on each portal it covers.
 */
export const POST = staffRoute({}, async ({ staff, request, db, now }) => {
  const form = await request.formData().catch(() => new FormData());
  const { year, rows } = await exportReports(staff, { year: form.get("year"), portal: form.get("portal") }, now, db);
  return attachment(toCsv(REPORT_COLUMNS, rows), { name: `annual-report-${year}`, format: "csv" });
});
