import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { insertExportFile } from "../../db/queries/cases";
import { updateRequestIfStatus } from "../../db/queries/requests";
import { insertToken } from "../../db/queries/tokens";
import type { DsrRequest, Portal } from "../../db/schema";
import { accessReadyEmail } from "../../emails";
import { transition } from "../lifecycle";
import { newToken } from "../verification";
import { MAX_EXPORT_BYTES } from "./limits";
import { emailRequester, recordRequestEvent } from "../requests/kit";
import { CaseError, actorLabel, staffMember, type Actor } from "./shared";
import { queueRequestWebhook } from "../webhooks/request-events";
import { drpRequestChanged } from "../drp/callbacks";
import { assertAgentAuthorized } from "../web-agents/guard";

export const DOWNLOAD_DAYS = 7;
const TYPES: Record<string, string> = { json: "application/json", csv: "text/csv", zip: "application/zip" };

/** The export's media type from its name: only JSON, CSV and ZIP are handed to requesters. */
function exportMimeType(filename: string): string | undefined {
  return TYPES[filename.split(".").pop()?.toLowerCase() ?? ""];
}

/**
 * Completes an access or portability request with the export staff uploaded:
 * the requester gets a link to a page that downloads it by POST, for 7 days.
 */
export async function completeAccess(
  db: Db,
  { request, portal, file, by, now, appUrl }: { request: DsrRequest; portal: Portal; file: { name: string; bytes: Buffer }; by: Actor; now: Date; appUrl: string },
) {
  if (request.type !== "access" && request.type !== "portability") throw new CaseError("export_not_for_type");
  const mimeType = exportMimeType(file.name);
  if (!mimeType) throw new CaseError("export_file_type");
  if (file.bytes.length === 0) throw new CaseError("export_empty");
  if (file.bytes.length > MAX_EXPORT_BYTES) throw new CaseError("export_too_large");
  const status = transition(request.status, "complete");
  await assertAgentAuthorized(db, request);
  await withTransaction(db, async (tx) => {
    if (!(await updateRequestIfStatus(tx, { id: request.id, from: request.status, set: { status, closedAt: now, nextReminderAt: null } }))) throw new CaseError("changed_meanwhile");
    const fileId = await insertExportFile(tx, { requestId: request.id, filename: file.name, mimeType, size: file.bytes.length, content: file.bytes, uploadedBy: staffMember(by), uploadedAt: now });
    const { token, hash } = newToken();
    await insertToken(tx, { requestId: request.id, purpose: "download", hash, expiresAt: new Date(now.getTime() + DOWNLOAD_DAYS * 86_400_000) });
    // No filename in the trail: it can be personal data, and the chain cannot be erased later.
    await recordRequestEvent(tx, request, { type: "export_uploaded", actor: actorLabel(by), data: { fileId, size: file.bytes.length }, at: now });
    await recordRequestEvent(tx, request, { type: "completed", actor: actorLabel(by), visible: true, at: now });
    await queueRequestWebhook(tx, { request: { ...request, status }, type: "request.completed", now });
    await drpRequestChanged(tx, { requestId: request.id, now });
    await emailRequester(tx, request, {
      template: accessReadyEmail,
      props: { portalName: portal.name, contactEmail: portal.contactEmail, reference: request.reference, downloadUrl: `${appUrl}/p/${portal.slug}/download?token=${token}`, expiresInDays: DOWNLOAD_DAYS, filename: file.name },
      now,
    });
  });
}
