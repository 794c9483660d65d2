import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Executor, Tx } from "../client";
import { deletionOutcomes, type DeletionOutcome } from "../schema";

/** A kept outcome, for checking who may confirm its purge and what to record. */
export async function getKeptOutcome(db: Executor, { id }: { id: number }): Promise<DeletionOutcome | undefined> {
  return (
    await db
      .select()
      .from(deletionOutcomes)
      .where(and(eq(deletionOutcomes.id, id), eq(deletionOutcomes.kept, true)))
      .limit(1)
  )[0];
}

/**
 * Records that kept data was purged, only if nobody has yet: two clicks or two
 * members confirming at once change the row (and write the audit entry) once.
 * The weekly purge reminder stops with it.
 */
export async function confirmPurge(tx: Tx, { id, userId, now }: { id: number; userId: string; now: Date }): Promise<boolean> {
  const changed = await tx
    .update(deletionOutcomes)
    .set({ purgedAt: now, purgedBy: userId, nextReminderAt: null })
    .where(and(eq(deletionOutcomes.id, id), eq(deletionOutcomes.kept, true), isNull(deletionOutcomes.purgedAt)))
    .returning({ id: deletionOutcomes.id });
  return changed.length === 1;
}
