import { exportAudit } from "@/lib/audit/export";
import { staffRoute } from "@/lib/staff/action";
import { portalFromParams } from "@/lib/staff/targets";

export const dynamic = "force-dynamic";

/**
 * A portal's whole audit chain, for any member (viewers export too); another portal's is a 404.
 * POST only (GET answers 405): the export is recorded in the member's name, which a link or an
 * image on some page must not be able to do (staffRoute also refuses a POST from another site).
 */
export const POST = staffRoute({ role: "viewer", portalOf: portalFromParams }, ({ staff, request, target, db, now }) =>
  exportAudit({ url: request.url, userId: staff.user.id, portalId: target.portalId, name: `audit-${target.slug}`, now }, db),
);
