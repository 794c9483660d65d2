import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { deleteExpiredExport, listExpiredExports } from "../../db/queries/sweeps";
import { recordRequestEvent } from "../requests/kit";
import type { SweepContext } from "./sweeps";

const BATCH = 100;

/**
 * Deletes an access export's bytes once nobody can download them any more:
 * the file existed for the requester, not as a second copy of their data.
 * The delete re-checks the links, so a link issued meanwhile keeps the file;
 * the audit chain records that it expired.
 */
export async function sweepExpiredExports(db: Db, { now }: SweepContext): Promise<{ expired: number }> {
  let expired = 0;
  for (const file of await listExpiredExports(db, { now, limit: BATCH })) {
    const done = await withTransaction(db, async (tx) => {
      if (!(await deleteExpiredExport(tx, { id: file.id, now }))) return false;
      await recordRequestEvent(tx, { id: file.requestId, portalId: file.portalId }, { type: "export_expired", actor: "system", data: { fileId: file.id, size: file.size }, at: now });
      return true;
    });
    if (done) expired++;
  }
  return { expired };
}
