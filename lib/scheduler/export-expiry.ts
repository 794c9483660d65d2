import { withTransaction, type Db } from "../../db/client";
import { appendEvent } from "../../db/queries/events";
import { deleteExpiredExport, listExpiredExports } from "../../db/queries/sweeps";
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
      await appendEvent(tx, { portalId: file.portalId, requestId: file.requestId, type: "export_expired", actor: "system", public: false, data: { fileId: file.id, size: file.size }, at: now });
      return true;
    });
    if (done) expired++;
  }
  return { expired };
}
