import type { Db, Executor } from "../../db/client";
import { getExportFile, getExportInfo } from "../../db/queries/cases";
import { appendEvent } from "../../db/queries/events";
import { getRequestById } from "../../db/queries/requests";
import { findToken } from "../../db/queries/tokens";
import { hashToken, looksLikeToken } from "../verification";

/** The export a download link opens, if the link is genuine, for this portal and not past its 7 days. */
export function exportForDownloadToken(db: Executor, { token, portalId, now }: { token: unknown; portalId: number; now: Date }) {
  if (!looksLikeToken(token)) return undefined;
  const row = findToken(db, { hash: hashToken(token), purpose: "download" });
  if (!row || row.revokedAt || row.expiresAt <= now) return undefined;
  const request = getRequestById(db, { id: row.requestId });
  if (request?.portalId !== portalId) return undefined;
  const info = getExportInfo(db, { requestId: request.id });
  return info && { request, info, expiresAt: row.expiresAt };
}

/** Hands over the file and records the download in the audit trail. */
export function downloadExport(db: Db, args: { token: unknown; portalId: number; now: Date }) {
  const found = exportForDownloadToken(db, args);
  const file = found && getExportFile(db, { id: found.info.id });
  if (!found || !file) return undefined;
  db.transaction(
    (tx) => appendEvent(tx, { portalId: args.portalId, requestId: found.request.id, type: "export_downloaded", actor: "requester", public: false, data: { fileId: file.id }, at: args.now }),
    { behavior: "immediate" },
  );
  return file;
}
