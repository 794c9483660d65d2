import { toCsv } from "@/lib/csv";
import { attachment } from "@/lib/download";
import { messages } from "@/lib/i18n/catalogue";
import { exportReports } from "@/lib/reports/selection";
import { staffRoute } from "@/lib/staff/action";
import { staffLanguage } from "@/lib/staff/language";
import { reportColumns } from "../csv";

export const dynamic = "force-dynamic";

/**
 * The annual report as CSV, for any member: a POST, like the other exports, so no link or prefetch
 * downloads it (staffRoute also refuses a POST from another site); recorded on each portal it covers.
 */
export const POST = staffRoute({}, async ({ staff, request, db, now }) => {
  const form = await request.formData().catch(() => new FormData());
  const language = await staffLanguage();
  const { year, rows } = await exportReports(staff, { year: form.get("year"), portal: form.get("portal"), language }, now, db);
  return attachment(toCsv(reportColumns(messages(language).staffReports.csv), rows), { name: `annual-report-${year}`, format: "csv" });
});
