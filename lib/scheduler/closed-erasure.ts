import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { erasePersonalData, listClosedRetentionPeriods, listErasableRequests } from "../../db/queries/sweeps";
import { CLOSED } from "../lifecycle";
import { recordRequestEvent } from "../requests/kit";
import type { SweepContext } from "./sweeps";

const BATCH = 100;
const DAY_MS = 86_400_000;
/** Expired requests are deleted outright when verification lapses; every other closed request keeps a row. */
const ERASABLE = CLOSED.filter((status) => status !== "expired");

/**
 * The portal's own retention (issue 5): a closed request's personal data is
 * erased once it has been closed longer than the portal's
 * `closedRetentionDays` (what goes and what stays: db/queries/sweeps.ts). The
 * row stays, so statistics and the audit chain (whose entries hold no
 * personal data) remain whole. Each request's claim, erasure and audit entry
 * are one transaction.
 */
export async function sweepClosedErasure(db: Db, { now }: SweepContext): Promise<{ erased: number }> {
  let erased = 0;
  for (const portal of await listClosedRetentionPeriods(db)) {
    const closedBefore = new Date(now.getTime() - portal.retentionDays * DAY_MS);
    for (const { id } of await listErasableRequests(db, { portalId: portal.id, statuses: ERASABLE, closedBefore, limit: BATCH - erased })) {
      const done = await withTransaction(db, async (tx) => {
        if (!(await erasePersonalData(tx, { id, now }))) return false;
        await recordRequestEvent(tx, { id, portalId: portal.id }, { type: "personal_data_erased", actor: "system", data: { retentionDays: portal.retentionDays }, at: now });
        return true;
      });
      if (done) erased++;
    }
    if (erased >= BATCH) break;
  }
  return { erased };
}
