import { toCsv, type CsvColumn } from "@/lib/csv";
import { attachment } from "@/lib/download";
import { messages, type Messages } from "@/lib/i18n/catalogue";
import { exportRetentionRegister, type RetentionRow } from "@/lib/retention/register";
import { staffRoute } from "@/lib/staff/action";
import { staffLanguage } from "@/lib/staff/language";
import { parseRegisterQuery, registerQueryString } from "../filters";

export const dynamic = "force-dynamic";

/** Headers and the status in the member's language (a person opens this in a spreadsheet); dates stay ISO so it sorts and computes. */
const columns = (t: Messages["staffRetention"]): CsvColumn<RetentionRow>[] => [
  { header: t.csv.reference, value: (r) => r.reference },
  { header: t.csv.portal, value: (r) => r.portalName },
  { header: t.csv.category, value: (r) => r.category },
  { header: t.csv.basis, value: (r) => r.basisLabel },
  { header: t.csv.statute, value: (r) => r.statute },
  { header: t.csv.keptUntil, value: (r) => r.keepUntil },
  { header: t.csv.status, value: (r) => (r.purgedAt ? t.purged : t.kept) },
  { header: t.csv.purgedAt, value: (r) => r.purgedAt?.toISOString() },
  { header: t.csv.purgedBy, value: (r) => r.purgedBy },
];

/**
 * The register as CSV, with the page's filters; the download is recorded on each portal it covers.
 * POST only (GET answers 405), so no link or image elsewhere can record a download in a member's name
 * (staffRoute also refuses a POST from another site).
 */
export const POST = staffRoute({}, async ({ staff, request, db, now }) => {
  const query = parseRegisterQuery(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await exportRetentionRegister(db, { staff, filters: { ...query, portalIds: staff.memberships.map((m) => m.portalId), now }, describe: registerQueryString(query) });
  return attachment(toCsv(columns(messages(await staffLanguage()).staffRetention), rows), { name: `retention-register-${now.toISOString().slice(0, 10)}`, format: "csv" });
});
