import type { NextRequest } from "next/server";
import { getDb } from "@/db/client";
import { listRetention, type RetentionRow } from "@/db/queries/retention";
import { toCsv, type CsvColumn } from "@/lib/csv";
import { attachment } from "@/lib/download";
import { crossOriginRefused, fromOwnOrigin } from "@/lib/security/same-origin";
import { recordStaffEvent } from "@/lib/staff/audit";
import { requireStaff } from "@/lib/staff/session";
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
 * POST only (GET answers 405), so no link or image elsewhere can record a download in a member's name.
 */
export async function POST(request: NextRequest) {
  if (!fromOwnOrigin(request.headers)) return crossOriginRefused();
  const staff = await requireStaff();
  const query = parseRegisterQuery(Object.fromEntries(request.nextUrl.searchParams));
  const now = new Date();
  const rows = listRetention(getDb(), { ...query, portalIds: staff.memberships.map((m) => m.portalId), now });
  const covered = staff.memberships.filter((m) => !query.portal || m.slug === query.portal).map((m) => m.portalId);
  recordStaffEvent(getDb(), { userId: staff.user.id, type: "retention_exported", data: { filters: registerQueryString(query), rows: rows.length }, portalIds: covered, at: now });
  return attachment(toCsv(COLUMNS, rows), { name: `retention-register-${now.toISOString().slice(0, 10)}`, format: "csv" });
}
