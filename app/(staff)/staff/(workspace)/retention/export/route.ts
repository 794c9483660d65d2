import { toCsv, type CsvColumn } from "@/lib/csv";
import { attachment } from "@/lib/download";
import { exportRetentionRegister, type RetentionRow } from "@/lib/retention/register";
import { staffRoute } from "@/lib/staff/action";
import { parseRegisterQuery, registerQueryString } from "../filters";

export const dynamic = "force-dynamic";

const COLUMNS: CsvColumn<RetentionRow>[] = [
  { header: "reference", value: (r) => r.reference },
  { header: "portal", value: (r) => r.portalName },
  { header: "category", value: (r) => r.category },
  { header: "legal basis", value: (r) => r.basisLabel },
  { header: "statute", value: (r) => r.statute },
  { header: "kept until", value: (r) => r.keepUntil },
  { header: "status", value: (r) => (r.purgedAt ? "purged" : "kept") },
  { header: "purged at", value: (r) => r.purgedAt?.toISOString() },
  { header: "purged by", value: (r) => r.purgedBy },
];

/**
 * The register as CSV, with the page's filters; the download is recorded on each portal it covers.
 * POST only (GET answers 405), so no link or image elsewhere can record a download in a member's name
 * (staffRoute also refuses a POST from another site).
 */
export const POST = staffRoute({}, async ({ staff, request, db, now }) => {
  const query = parseRegisterQuery(Object.fromEntries(new URL(request.url).searchParams));
  const rows = await exportRetentionRegister(db, { staff, filters: { ...query, portalIds: staff.memberships.map((m) => m.portalId), now }, describe: registerQueryString(query) });
  return attachment(toCsv(COLUMNS, rows), { name: `retention-register-${now.toISOString().slice(0, 10)}`, format: "csv" });
});
