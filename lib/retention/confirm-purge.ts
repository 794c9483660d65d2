import { withTransaction, type Db } from "../../db/client";
import { appendEvent } from "../../db/queries/events";
import { confirmPurge as markPurged } from "../../db/queries/retention";
import type { DeletionOutcome } from "../../db/schema";

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
    await appendEvent(tx, {
      portalId: outcome.portalId,
      requestId: outcome.requestId,
      type: "retention_purge_confirmed",
      actor: `staff:${userId}`,
      public: false,
      data: { outcomeId: outcome.id, category: outcome.category, keepUntil: outcome.keepUntil },
      at: now,
    });
    return "confirmed";
  });
}
