import { apiRequesterContext } from "@/lib/requests/context";
import { publishedCallbackKey } from "@/lib/drp/agents-page";
import { drpResponse, PORTAL_NOT_FOUND } from "@/lib/drp/respond";

export const dynamic = "force-dynamic";

/** The Ed25519 key that signs this portal's status callbacks, for agents to verify them with (a gap DRP §2.03 leaves open). */
export async function GET(_request: Request, { params }: RouteContext<"/drp/[portal]/callback-key">) {
  const c = await apiRequesterContext((await params).portal);
  if (!c) return drpResponse(PORTAL_NOT_FOUND);
  return drpResponse({ status: 200, body: await publishedCallbackKey(c.portal.id) });
}
