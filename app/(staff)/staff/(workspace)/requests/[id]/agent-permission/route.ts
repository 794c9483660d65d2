import { caseContext, caseFromParams } from "@/lib/cases/context";
import { storedFileAttachment } from "@/lib/download";
import { staffRoute } from "@/lib/staff/action";
import { downloadPermission } from "@/lib/web-agents/read";

export const dynamic = "force-dynamic";

/**
 * The authorized agent's signed permission, for staff of the request's portal only (a
 * viewer may read it: the DPO checks it too); another portal's request is a 404. Each
 * download is audited, so it is a POST (GET answers 405), as every staff download recorded in
 * the member's name: a link or an image on some page must not record one. Sent as an
 * attachment, never shown inline: it is an uploaded file.
 */
export const POST = staffRoute({ role: "viewer", portalOf: caseFromParams, below: "not-found" }, async (ctx) => {
  const file = await downloadPermission(ctx.db, caseContext(ctx));
  if (!file) return new Response("This request has no authorized agent's permission.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return storedFileAttachment(file);
});
