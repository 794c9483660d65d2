import { and, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../client";
import { emailOutbox, requests } from "../schema";

/**
 * Messages the sender gave up on, for the admins of their portals. Mail of no
 * portal (a staff sign-in link, a digest across portals) is listed to nobody:
 * its address and subject may tell of another portal. Bodies are not listed:
 * they hold live links.
 */
export function listFailedMessages(db: Executor, { portalIds, limit = 200 }: { portalIds: number[]; limit?: number }) {
  return db
    .select({
      id: emailOutbox.id,
      to: emailOutbox.to,
      subject: emailOutbox.subject,
      template: emailOutbox.template,
      attempts: emailOutbox.attempts,
      lastError: emailOutbox.lastError,
      createdAt: emailOutbox.createdAt,
      reference: requests.reference,
      requestId: requests.id,
      portalId: emailOutbox.portalId,
    })
    .from(emailOutbox)
    .leftJoin(requests, eq(requests.id, emailOutbox.requestId))
    .where(and(eq(emailOutbox.status, "failed"), inArray(emailOutbox.portalId, portalIds)))
    .orderBy(desc(emailOutbox.id))
    .limit(limit)
    .all();
}

export function getOutboxMessage(db: Executor, { id }: { id: number }) {
  return db.select({ id: emailOutbox.id, status: emailOutbox.status, portalId: emailOutbox.portalId }).from(emailOutbox).where(eq(emailOutbox.id, id)).get();
}

/** Puts a failed message back in the queue with a fresh set of attempts; false if it is no longer failed. */
export function requeueFailedMessage(tx: Executor, { id, now }: { id: number; now: Date }): boolean {
  return (
    tx
      .update(emailOutbox)
      .set({ status: "pending", attempts: 0, nextAttemptAt: now, lockedUntil: null })
      .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, "failed")))
      .run().changes === 1
  );
}
