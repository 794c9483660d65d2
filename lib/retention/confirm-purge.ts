import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { confirmPurge as markPurged } from "../../db/queries/retention";
import type { DeletionOutcome } from "../../db/schema";
import { recordRequestEvent } from "../requests/kit";

/**
 * A member confirms that data kept after a deletion is now gone: the row is
 * marked purged (which ends its weekly reminder) and the confirmation is
 * recorded in the request's audit chain, together. Only the first
 * confirmation counts: a second click, or a colleague confirming at the same
 * time, changes and records nothing ("already"). The caller checked that the
 * member may (agent or admin of the row's portal).
 */
export async function confirmPurge(
  db: Db,
  { outcome, userId, now }: { outcome: Pick<DeletionOutcome, "id" | "portalId" | "requestId" | "category" | "keepUntil">; userId: string; now: Date },
): Promise<"confirmed" | "already"> {
  return withTransaction(db, async (tx) => {
    if (!(await markPurged(tx, { id: outcome.id, userId, now }))) return "already";
    // Every kept outcome belongs to a request (deletion_outcomes.request_id is NOT NULL): the entry goes in its chain.
    await recordRequestEvent(tx, { id: outcome.requestId, portalId: outcome.portalId }, {
      type: "retention_purge_confirmed",
      actor: `staff:${userId}`,
      data: { outcomeId: outcome.id, category: outcome.category, keepUntil: outcome.keepUntil },
      at: now,
    });
    return "confirmed";
  });
}
