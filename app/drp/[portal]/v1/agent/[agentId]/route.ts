import { apiRequesterContext } from "@/lib/requests/context";
import { agentInformation, pairAgent } from "@/lib/drp/pairing";
import { drpResponse, PAIRING_REFUSED, PORTAL_NOT_FOUND, readSignedBody } from "@/lib/drp/respond";

export const dynamic = "force-dynamic";

/** DRP §2.05, pairwise key setup. */
export async function POST(request: Request, { params }: RouteContext<"/drp/[portal]/v1/agent/[agentId]">) {
  const { portal: slug, agentId } = await params;
  const c = await apiRequesterContext(slug);
  if (!c) return drpResponse(PAIRING_REFUSED);
  const body = await readSignedBody(request);
  if (typeof body !== "string") return drpResponse(PAIRING_REFUSED);
  return drpResponse(await pairAgent(c.db, { portal: c.portal, agentId, body, now: c.now }));
}

/** DRP §2.06, agent information. */
export async function GET(request: Request, { params }: RouteContext<"/drp/[portal]/v1/agent/[agentId]">) {
  const { portal: slug, agentId } = await params;
  const c = await apiRequesterContext(slug);
  if (!c) return drpResponse(PORTAL_NOT_FOUND);
  return drpResponse(await agentInformation(c.db, { portal: c.portal, agentId, headers: request.headers, now: c.now }));
}
