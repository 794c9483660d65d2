import { apiRequesterContext } from "@/lib/requests/context";
import { drpResponse, PORTAL_NOT_FOUND, readSignedBody } from "@/lib/drp/respond";
import { requestStatus, revokeRequest } from "@/lib/drp/status";

export const dynamic = "force-dynamic";

/** DRP §2.02, the Data Rights Status endpoint. */
export async function GET(request: Request, { params }: RouteContext<"/drp/[portal]/v1/data-rights-request/[requestId]">) {
  const { portal: slug, requestId } = await params;
  const c = await apiRequesterContext(slug);
  if (!c) return drpResponse(PORTAL_NOT_FOUND);
  return drpResponse(await requestStatus(c.db, { portal: c.portal, drpRequestId: requestId, headers: request.headers, now: c.now }));
}

/** DRP §2.04, the Data Rights Revoke endpoint. */
export async function DELETE(request: Request, { params }: RouteContext<"/drp/[portal]/v1/data-rights-request/[requestId]">) {
  const { portal: slug, requestId } = await params;
  const c = await apiRequesterContext(slug);
  if (!c) return drpResponse(PORTAL_NOT_FOUND);
  const body = await readSignedBody(request);
  if (typeof body !== "string") return drpResponse(body);
  return drpResponse(await revokeRequest(c.db, { portal: c.portal, drpRequestId: requestId, headers: request.headers, body, now: c.now }));
}
