import { notFound } from "next/navigation";
import { exportAudit } from "@/lib/audit/export";
import { crossOriginRefused, fromOwnOrigin } from "@/lib/security/same-origin";
import { requireStaff } from "@/lib/staff/session";

export const dynamic = "force-dynamic";

/**
 * A portal's whole audit chain, for any member (viewers export too); another portal's is a 404.
 * POST only (GET answers 405): the export is recorded in the member's name, which a link or an
 * image on some page must not be able to do.
 */
export async function POST(request: Request, { params }: RouteContext<"/staff/audit/[portal]">) {
  if (!fromOwnOrigin(request.headers)) return crossOriginRefused();
  const staff = await requireStaff();
  const { portal: slug } = await params;
  const membership = staff.memberships.find((m) => m.slug === slug);
  if (!membership) notFound();
  return exportAudit({ url: request.url, userId: staff.user.id, portalId: membership.portalId, name: `audit-${slug}` });
}
