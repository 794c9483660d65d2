import { env } from "@/lib/env";
import { apiRequesterContext } from "@/lib/requests/context";
import { exerciseRight } from "@/lib/drp/exercise";
import { drpResponse, PORTAL_NOT_FOUND, readSignedBody } from "@/lib/drp/respond";

export const dynamic = "force-dynamic";

/** DRP §2.01, the Data Rights Exercise endpoint. */
export async function POST(request: Request, { params }: RouteContext<"/drp/[portal]/v1/data-rights-request">) {
  const { portal: slug } = await params;
  const c = await apiRequesterContext(slug);
  if (!c) return drpResponse(PORTAL_NOT_FOUND);
  const body = await readSignedBody(request);
  if (typeof body !== "string") return drpResponse(body);
  return drpResponse(await exerciseRight(c.db, { portal: c.portal, headers: request.headers, body, now: c.now, appUrl: c.appUrl, allowPrivate: env().WEBHOOK_ALLOW_PRIVATE }));
}
