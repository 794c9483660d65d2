import "server-only";
import { asc, eq } from "drizzle-orm";
import type { Executor, Tx } from "../client";
import { portalMailboxes, type PortalMailbox } from "../schema";

type MailboxSettings = Pick<PortalMailbox, "host" | "port" | "tls" | "username" | "password" | "folder" | "enabled">;
type PollRecord = Pick<PortalMailbox, "lastPollAt" | "lastError" | "lastErrorDetail"> & Partial<Pick<PortalMailbox, "flaggedWith">>;

export async function getPortalMailbox(db: Executor, { portalId }: { portalId: number }): Promise<PortalMailbox | undefined> {
  const [row] = await db.select().from(portalMailboxes).where(eq(portalMailboxes.portalId, portalId)).limit(1);
  return row;
}

/** The mailboxes the scheduler polls, in a stable order. */
export function listEnabledMailboxes(db: Executor): Promise<PortalMailbox[]> {
  return db.select().from(portalMailboxes).where(eq(portalMailboxes.enabled, true)).orderBy(asc(portalMailboxes.id));
}

export async function insertPortalMailbox(tx: Tx, { portalId, by, now, ...settings }: MailboxSettings & { portalId: number; by: string; now: Date }): Promise<PortalMailbox> {
  const [row] = await tx
    .insert(portalMailboxes)
    .values({ ...settings, portalId, createdBy: by, updatedBy: by, createdAt: now, updatedAt: now })
    .returning();
  return row!;
}

/** New settings start afresh: the last poll's error was about the old ones. */
export async function updatePortalMailbox(tx: Tx, { portalId, by, now, ...settings }: MailboxSettings & { portalId: number; by: string; now: Date }): Promise<void> {
  await tx
    .update(portalMailboxes)
    .set({ ...settings, updatedBy: by, updatedAt: now, lastError: null, lastErrorDetail: null })
    .where(eq(portalMailboxes.portalId, portalId));
}

export async function deletePortalMailbox(tx: Tx, { portalId }: { portalId: number }): Promise<boolean> {
  return (await tx.delete(portalMailboxes).where(eq(portalMailboxes.portalId, portalId)).returning({ id: portalMailboxes.id })).length === 1;
}

export async function recordMailboxPoll(tx: Tx, { id, ...poll }: PollRecord & { id: number }): Promise<void> {
  await tx.update(portalMailboxes).set(poll).where(eq(portalMailboxes.id, id));
}
