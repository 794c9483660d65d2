import { and, eq, lt } from "drizzle-orm";
import type { Executor } from "../client";
import { emailOutbox } from "../schema";

/** Deletes every message of `template` queued before `before`, whatever its state; returns how many. */
export function deleteMessagesQueuedBefore(tx: Executor, { template, before }: { template: string; before: Date }): number {
  return tx
    .delete(emailOutbox)
    .where(and(eq(emailOutbox.template, template), lt(emailOutbox.createdAt, before)))
    .run().changes;
}
