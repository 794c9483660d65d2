import type { DsrRequest } from "@/db/schema";
import { downloadInboundAttachment } from "@/lib/inbound/attachment-download";
import { staffRoute } from "@/lib/staff/action";
import { requestFromParams } from "@/lib/staff/targets";

export const dynamic = "force-dynamic";

/**
 * An attachment of an emailed request, for any member of its portal (viewers
 * too); another portal's request, or another request's file, is a 404. POST,
 * as every staff download that is recorded in the member's name. Always sent
 * as a download of opaque bytes: a sender's HTML or SVG must never render in
 * the desk's origin.
 */
export const POST = staffRoute<{ id: string; attachment: string }, DsrRequest>({ role: "viewer", portalOf: requestFromParams }, async ({ staff, target, db, now, params }) => {
  const file = await downloadInboundAttachment(db, { request: target, attachmentId: Number(params.attachment), userId: staff.user.id, now });
  if (!file) return new Response("Not found", { status: 404 });
  const ascii = file.filename.replace(/[^A-Za-z0-9._-]/g, "_");
  return new Response(new Uint8Array(file.content), {
    headers: {
      "Content-Type": "application/octet-stream",
      "Content-Disposition": `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "no-store",
    },
  });
});
