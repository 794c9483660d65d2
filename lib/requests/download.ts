import "server-only";
import { withTransaction, type Db, type Executor } from "../../db/client";
import { getExportFile, getExportInfo } from "../../db/queries/cases";
import { getRequestById } from "../../db/queries/requests";
import { findToken } from "../../db/queries/tokens";
import { hashToken, looksLikeToken } from "../verification";
import { recordRequestEvent } from "./kit";

/** The export a download link opens, if the link is genuine, for this portal and not past its 7 days. */
export async function exportForDownloadToken(db: Executor, { token, portalId, now }: { token: unknown; portalId: number; now: Date }) {
  if (!looksLikeToken(token)) return undefined;
  const row = await findToken(db, { hash: hashToken(token), purpose: "download" });
  if (!row || row.revokedAt || row.expiresAt <= now) return undefined;
  const request = await getRequestById(db, { id: row.requestId });
  if (request?.portalId !== portalId) return undefined;
  const info = await getExportInfo(db, { requestId: request.id });
  return info && { request, info, expiresAt: row.expiresAt };
}

/** Hands over the file and records the download in the audit trail. */
export async function downloadExport(db: Db, args: { token: unknown; portalId: number; now: Date }) {
  const found = await exportForDownloadToken(db, args);
  const file = found && (await getExportFile(db, { id: found.info.id }));
  if (!found || !file) return undefined;
  await withTransaction(db, (tx) =>
    recordRequestEvent(tx, found.request, { type: "export_downloaded", actor: "requester", data: { fileId: file.id }, at: args.now }),
  );
  return file;
}
