import { notFound } from "next/navigation";
import { getDb } from "@/db/client";
import { exportAudit } from "@/lib/audit/export";
import { requireStaff } from "@/lib/staff/session";

export const dynamic = "force-dynamic";

/** A portal's whole audit chain, for any member (viewers export too); another portal's is a 404. */
export async function GET(request: Request, { params }: RouteContext<"/staff/audit/[portal]">) {
  const staff = await requireStaff();
  const { portal: slug } = await params;
  const membership = staff.memberships.find((m) => m.slug === slug);
  if (!membership) notFound();
  return exportAudit(getDb(), { url: request.url, userId: staff.user.id, portalId: membership.portalId, name: `audit-${slug}` });
}
