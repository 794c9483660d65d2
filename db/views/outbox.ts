import "server-only";
import { and, desc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../client";
import { emailOutbox, requests } from "../schema";

/**
 * The outbox page: messages the sender gave up on, for the admins of their
 * portals. Mail of no portal (a staff sign-in link, a digest across portals)
 * is listed to nobody: its address and subject may tell of another portal.
 * Bodies are not listed: they hold live links.
 */
export async function listFailedMessages(db: Executor, { portalIds, limit = 200 }: { portalIds: number[]; limit?: number }) {
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
    .limit(limit);
}
