import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { getInboundAttachment } from "../../db/queries/inbound";
import type { DsrRequest } from "../../db/schema";
import { recordRequestEvent } from "../requests/kit";

/**
 * An attachment of the request's email, for a member of its portal: the
 * download is recorded in the request's trail in the member's name, as every
 * read of personal data staff export. Undefined for another request's file.
 */
export async function downloadInboundAttachment(db: Db, { request, attachmentId, userId, now }: { request: Pick<DsrRequest, "id" | "portalId">; attachmentId: number; userId: string; now: Date }) {
  return withTransaction(db, async (tx) => {
    const file = Number.isSafeInteger(attachmentId) ? await getInboundAttachment(tx, { id: attachmentId, requestId: request.id }) : undefined;
    if (file) await recordRequestEvent(tx, request, { type: "email_attachment_downloaded", actor: `staff:${userId}`, data: { attachment: file.id }, at: now });
    return file;
  });
}
