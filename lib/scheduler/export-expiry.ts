import { and, eq, gt, isNull, notExists, type SQL } from "drizzle-orm";
import type { Db, Executor } from "../../db/client";
import { appendEvent } from "../../db/queries/events";
import { exportFiles, requests, tokens } from "../../db/schema";
import type { SweepContext } from "./sweeps";

const BATCH = 100;

/** True for an export no link can download any more: every download token has expired (or was revoked). */
function noLiveDownloadLink(db: Executor, now: Date): SQL {
  return notExists(
    db
      .select({ id: tokens.id })
      .from(tokens)
      .where(and(eq(tokens.requestId, exportFiles.requestId), eq(tokens.purpose, "download"), gt(tokens.expiresAt, now), isNull(tokens.revokedAt))),
  );
}

/**
 * The table holds only exports still within their links' lifetime (expired
 * ones are deleted below), so reading it is the queue; tokens are found by
 * their (request, purpose) index.
 */
function listExpiredExports(db: Executor, { now, limit }: { now: Date; limit: number }) {
  return db
    .select({ id: exportFiles.id, requestId: exportFiles.requestId, portalId: requests.portalId, size: exportFiles.size })
    .from(exportFiles)
    .innerJoin(requests, eq(requests.id, exportFiles.requestId))
    .where(noLiveDownloadLink(db, now))
    .limit(limit)
    .all();
}

/**
 * Deletes an access export's bytes once nobody can download them any more:
 * the file existed for the requester, not as a second copy of their data.
 * The delete re-checks the links, so a link issued meanwhile keeps the file;
 * the audit chain records that it expired.
 */
export function sweepExpiredExports(db: Db, { now }: SweepContext): { expired: number } {
  let expired = 0;
  for (const file of listExpiredExports(db, { now, limit: BATCH })) {
    const done = db.transaction(
      (tx) => {
        const deleted = tx
          .delete(exportFiles)
          .where(and(eq(exportFiles.id, file.id), noLiveDownloadLink(tx, now)))
          .run().changes;
        if (deleted !== 1) return false;
        appendEvent(tx, { portalId: file.portalId, requestId: file.requestId, type: "export_expired", actor: "system", public: false, data: { fileId: file.id, size: file.size }, at: now });
        return true;
      },
      { behavior: "immediate" },
    );
    if (done) expired++;
  }
  return { expired };
}
