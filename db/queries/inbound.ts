import "server-only";
import { and, asc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Executor, Tx } from "../client";
import { emailOutbox, inboundAttachments, inboundMessages, portals, requests, type InboundMessageRow } from "../schema";

type NewInboundMessage = typeof inboundMessages.$inferInsert;

export async function inboundMessageExists(db: Executor, { portalId, messageId }: { portalId: number; messageId: string }): Promise<boolean> {
  const rows = await db.select({ id: inboundMessages.id }).from(inboundMessages).where(and(eq(inboundMessages.portalId, portalId), eq(inboundMessages.messageId, messageId))).limit(1);
  return rows.length > 0;
}

/**
 * Records a message once per portal and Message-ID: the insert is the check, so of
 * two imports racing for one message exactly one gets the row (the other undefined).
 */
export async function insertInboundMessage(tx: Tx, message: NewInboundMessage): Promise<InboundMessageRow | undefined> {
  const [row] = await tx.insert(inboundMessages).values(message).onConflictDoNothing({ target: [inboundMessages.portalId, inboundMessages.messageId] }).returning();
  return row;
}

export async function setInboundRequest(tx: Tx, { id, requestId }: { id: number; requestId: number }): Promise<void> {
  await tx.update(inboundMessages).set({ requestId }).where(eq(inboundMessages.id, id));
}

export async function insertInboundAttachments(tx: Tx, rows: (typeof inboundAttachments.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(inboundAttachments).values(rows);
}

/** The Message-ID of the email that opened a request, which every reply to its sender answers. */
export async function findOpeningMessageId(db: Executor, { requestId }: { requestId: number }): Promise<string | undefined> {
  const [row] = await db
    .select({ messageId: inboundMessages.messageId })
    .from(inboundMessages)
    .where(and(eq(inboundMessages.requestId, requestId), eq(inboundMessages.outcome, "request")))
    .orderBy(asc(inboundMessages.id))
    .limit(1);
  return row?.messageId;
}

export async function getPortalInboundAddress(db: Executor, { portalId }: { portalId: number }): Promise<string | null> {
  const [row] = await db.select({ address: portals.inboundAddress }).from(portals).where(eq(portals.id, portalId)).limit(1);
  return row?.address ?? null;
}

export async function setPortalInboundAddress(tx: Tx, { portalId, address }: { portalId: number; address: string | null }): Promise<void> {
  await tx.update(portals).set({ inboundAddress: address }).where(eq(portals.id, portalId));
}

export async function findRequestByReplyToken(db: Executor, { portalId, token }: { portalId: number; token: string }) {
  const [row] = await db.select().from(requests).where(and(eq(requests.portalId, portalId), eq(requests.replyToken, token))).limit(1);
  return row;
}

/** Requests of the portal that one of `messageIds` opened or answered: a reply's References chain. */
export async function findRequestIdsByMessageIds(db: Executor, { portalId, messageIds }: { portalId: number; messageIds: string[] }): Promise<number[]> {
  if (messageIds.length === 0) return [];
  const rows = await db
    .select({ requestId: inboundMessages.requestId })
    .from(inboundMessages)
    .where(and(eq(inboundMessages.portalId, portalId), inArray(inboundMessages.messageId, messageIds), isNotNull(inboundMessages.requestId)));
  return rows.map((r) => r.requestId!);
}

/** Requests of the portal that the outbox messages `ids` were sent about: our own Message-IDs in a reply's References. */
export async function findRequestIdsByOutboxIds(db: Executor, { portalId, ids }: { portalId: number; ids: number[] }): Promise<number[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ requestId: emailOutbox.requestId })
    .from(emailOutbox)
    .where(and(eq(emailOutbox.portalId, portalId), inArray(emailOutbox.id, ids), isNotNull(emailOutbox.requestId)));
  return rows.map((r) => r.requestId!);
}

/** The emails a request came with or was answered by, oldest first, and their attachments without content: for the request page. */
export async function listRequestInbound(db: Executor, { requestId }: { requestId: number }) {
  const [messages, attachments] = await Promise.all([
    db.select().from(inboundMessages).where(eq(inboundMessages.requestId, requestId)).orderBy(asc(inboundMessages.id)),
    db
      .select({ id: inboundAttachments.id, messageId: inboundAttachments.messageId, filename: inboundAttachments.filename, mimeType: inboundAttachments.mimeType, size: inboundAttachments.size })
      .from(inboundAttachments)
      .where(eq(inboundAttachments.requestId, requestId))
      .orderBy(asc(inboundAttachments.id)),
  ]);
  return messages.map((m) => ({ ...m, attachments: attachments.filter((a) => a.messageId === m.id) }));
}

export async function getInboundAttachment(db: Executor, { id, requestId }: { id: number; requestId: number }) {
  const [row] = await db.select().from(inboundAttachments).where(and(eq(inboundAttachments.id, id), eq(inboundAttachments.requestId, requestId))).limit(1);
  return row;
}
