import { exportAudit } from "@/lib/audit/export";
import { crossOriginRefused, fromOwnOrigin } from "@/lib/security/same-origin";
import { requireRequest, requireStaff } from "@/lib/staff/session";

export const dynamic = "force-dynamic";

/** One request's audit entries, for any member of its portal; another portal's request is a 404. POST only, as the portal's export. */
export async function POST(request: Request, { params }: RouteContext<"/staff/requests/[id]/audit">) {
  if (!fromOwnOrigin(request.headers)) return crossOriginRefused();
  const staff = await requireStaff();
  const { request: dsr } = await requireRequest(staff, Number((await params).id), "viewer");
  return exportAudit({ url: request.url, userId: staff.user.id, portalId: dsr.portalId, requestId: dsr.id, name: `audit-${dsr.reference}` });
}
