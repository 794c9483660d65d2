import { exportAudit } from "@/lib/audit/export";
import { staffRoute } from "@/lib/staff/action";
import { requestFromParams } from "@/lib/staff/targets";

export const dynamic = "force-dynamic";

/**
 * One request's audit entries, for any member of its portal (viewers too);
 * another portal's request is a 404. POST only, as the portal's export
 * (staffRoute refuses a POST from another site).
 */
export const POST = staffRoute({ role: "viewer", portalOf: requestFromParams }, ({ staff, request, target, db, now }) =>
  exportAudit({ url: request.url, userId: staff.user.id, portalId: target.portalId, requestId: target.id, name: `audit-${target.reference}`, now }, db),
);
