import "server-only";
import { and, asc, eq, exists, gt, inArray, isNull, lt, lte, notExists, or, type SQL } from "drizzle-orm";
import type { Executor, Tx } from "../client";
import { deletionOutcomes, emailOutbox, exportFiles, inboundAttachments, inboundMessages, memberships, messages, notes, portals, requests, retentionBases, tokens, users, webhookDeliveries, type RequestStatus } from "../schema";
import { eraseDrpClaims } from "./drp-requests";
import type { Language } from "../../lib/i18n/languages";

/**
 * The scheduler's queries (lib/scheduler/): each sweep lists its due items
 * through an indexed "next time" column, and claims each with a conditional
 * update that changes exactly one row for exactly one sweeper.
 */

// Deadline reminders: db/queries/deadline-reminders.ts, which claims in batches.

// Retention reminders

/** Kept categories whose reminder is due, with what the email says; only kept, unpurged rows ever have a reminder time. */
export async function listDueRetentionReminders(db: Executor, { now, limit }: { now: Date; limit: number }) {
  return db
    .select({
      id: deletionOutcomes.id,
      due: deletionOutcomes.nextReminderAt,
      keepUntil: deletionOutcomes.keepUntil,
      category: deletionOutcomes.category,
      requestId: deletionOutcomes.requestId,
      reference: requests.reference,
      accountId: requests.accountId,
      portalId: portals.id,
      portalSlug: portals.slug,
      portalName: portals.name,
      timeZone: portals.timeZone,
      basis: retentionBases.label,
      basisKey: retentionBases.key,
      statute: retentionBases.statute,
    })
    .from(deletionOutcomes)
    .innerJoin(portals, eq(portals.id, deletionOutcomes.portalId))
    .innerJoin(requests, eq(requests.id, deletionOutcomes.requestId))
    .innerJoin(retentionBases, eq(retentionBases.id, deletionOutcomes.basisId))
    .where(lte(deletionOutcomes.nextReminderAt, now))
    .orderBy(asc(deletionOutcomes.nextReminderAt))
    .limit(limit);
}

/** Moves the reminder on only if nobody has since (another sweep, or a purge confirmation clearing it). */
export async function claimRetentionReminder(tx: Tx, { id, due, next }: { id: number; due: Date; next: Date }): Promise<boolean> {
  const claimed = await tx
    .update(deletionOutcomes)
    .set({ nextReminderAt: next })
    .where(and(eq(deletionOutcomes.id, id), eq(deletionOutcomes.nextReminderAt, due), isNull(deletionOutcomes.purgedAt)))
    .returning({ id: deletionOutcomes.id });
  return claimed.length === 1;
}

// Closed-request erasure

/**
 * What the requester told us or we told them goes; what statistics, the
 * deadline record and the audit chain need stays: reference, type, status,
 * portal, channel, language, dates, deadline fields, the rejection reason (a
 * fixed-list key) and the deletion outcomes (categories and legal bases).
 * The extension reason is staff free text about this person's case, so it goes;
 * so do the identity details the law had the request carry (KVKK, 152-FZ).
 */
const ERASED_COLUMNS = { email: "", name: null, accountId: null, details: null, resolution: null, identityEvidence: null, identity: null, extensionReason: null, replyToken: null } as const;

/** Each portal's retention period for closed requests. */
export async function listClosedRetentionPeriods(db: Executor): Promise<{ id: number; retentionDays: number }[]> {
  return db.select({ id: portals.id, retentionDays: portals.closedRetentionDays }).from(portals);
}

/** Closed, not yet erased requests of one portal closed before `closedBefore`, through the (portal, status, closed_at) index. */
export async function listErasableRequests(
  db: Executor,
  { portalId, statuses, closedBefore, limit }: { portalId: number; statuses: readonly RequestStatus[]; closedBefore: Date; limit: number },
): Promise<{ id: number }[]> {
  return db
    .select({ id: requests.id })
    .from(requests)
    .where(and(eq(requests.portalId, portalId), inArray(requests.status, [...statuses]), lt(requests.closedAt, closedBefore), isNull(requests.erasedAt)))
    // Oldest first, on both engines (PostgreSQL keeps no implicit order).
    .orderBy(asc(requests.closedAt), asc(requests.id))
    .limit(limit);
}

/**
 * Erases one request's personal data, only if nobody has yet (false then):
 * the row's personal columns, and its conversation, notes, export, every email
 * sent about it (addresses, bodies), every webhook delivery about it, every
 * link to it, the sender, subject and attachments of the emails it came
 * by, and the identity claims an authorized agent sent. The row stays.
 */
export async function erasePersonalData(tx: Tx, { id, now }: { id: number; now: Date }): Promise<boolean> {
  const claimed = await tx
    .update(requests)
    .set({ ...ERASED_COLUMNS, erasedAt: now })
    .where(and(eq(requests.id, id), isNull(requests.erasedAt)))
    .returning({ id: requests.id });
  if (claimed.length !== 1) return false;
  await tx.delete(messages).where(eq(messages.requestId, id));
  await tx.delete(notes).where(eq(notes.requestId, id));
  await tx.delete(exportFiles).where(eq(exportFiles.requestId, id));
  await tx.delete(emailOutbox).where(eq(emailOutbox.requestId, id));
  await tx.delete(tokens).where(eq(tokens.requestId, id));
  // A webhook payload names the operator's account id: its deliveries go too, sent or not.
  await tx.delete(webhookDeliveries).where(eq(webhookDeliveries.requestId, id));
  // An emailed request's messages keep their Message-ID, so a late re-import is still known as a duplicate; sender, subject and files go.
  await tx.delete(inboundAttachments).where(eq(inboundAttachments.requestId, id));
  await tx.update(inboundMessages).set({ fromAddress: null, subject: null }).where(eq(inboundMessages.requestId, id));
  await eraseDrpClaims(tx, { requestId: id });
  return true;
}

// Export expiry

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
 * Exports nobody can download any more. The table holds only exports still
 * within their links' lifetime (expired ones are deleted), so reading it is
 * the queue; tokens are found by their (request, purpose) index.
 */
export async function listExpiredExports(db: Executor, { now, limit }: { now: Date; limit: number }) {
  return db
    .select({ id: exportFiles.id, requestId: exportFiles.requestId, portalId: requests.portalId, size: exportFiles.size })
    .from(exportFiles)
    .innerJoin(requests, eq(requests.id, exportFiles.requestId))
    .where(noLiveDownloadLink(db, now))
    .orderBy(asc(exportFiles.id))
    .limit(limit);
}

/** Deletes an expired export, re-checking its links: false if a link issued meanwhile keeps it (or it is gone). */
export async function deleteExpiredExport(tx: Tx, { id, now }: { id: number; now: Date }): Promise<boolean> {
  const deleted = await tx
    .delete(exportFiles)
    .where(and(eq(exportFiles.id, id), noLiveDownloadLink(tx, now)))
    .returning({ id: exportFiles.id });
  return deleted.length === 1;
}

// Daily digest

/** Members whose digest is due; null is a new member's, due at once. Only people with a portal get one. */
export async function listDueDigests(db: Executor, { now, limit }: { now: Date; limit: number }): Promise<{ id: string; email: string | null; language: Language | null; due: Date | null }[]> {
  const member = db.select({ userId: memberships.userId }).from(memberships).where(eq(memberships.userId, users.id));
  return db
    .select({ id: users.id, email: users.email, language: users.language, due: users.nextDigestAt })
    .from(users)
    .where(and(or(isNull(users.nextDigestAt), lte(users.nextDigestAt, now)), exists(member)))
    .orderBy(asc(users.id))
    .limit(limit);
}

/** Moves the member's digest time on only if nobody has since; null is matched as null. */
export async function claimDigest(tx: Tx, { userId, due, next }: { userId: string; due: Date | null; next: Date }): Promise<boolean> {
  const unchanged = due ? eq(users.nextDigestAt, due) : isNull(users.nextDigestAt);
  const claimed = await tx
    .update(users)
    .set({ nextDigestAt: next })
    .where(and(eq(users.id, userId), unchanged))
    .returning({ id: users.id });
  return claimed.length === 1;
}
