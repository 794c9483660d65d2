import "server-only";
import { and, asc, desc, eq, isNull } from "drizzle-orm";
import type { Executor, Tx } from "../client";
import { deletionOutcomes, exportFiles, messages, notes, pauses, retentionBases, users } from "../schema";

export async function listPauses(db: Executor, { requestId }: { requestId: number }) {
  return db.select().from(pauses).where(eq(pauses.requestId, requestId)).orderBy(asc(pauses.id));
}

export async function openPause(tx: Tx, { requestId, at }: { requestId: number; at: Date }): Promise<void> {
  await tx.insert(pauses).values({ requestId, pausedAt: at });
}

export async function closePause(tx: Tx, { requestId, at }: { requestId: number; at: Date }): Promise<void> {
  await tx
    .update(pauses)
    .set({ resumedAt: at })
    .where(and(eq(pauses.requestId, requestId), isNull(pauses.resumedAt)));
}

export async function insertMessage(tx: Tx, message: typeof messages.$inferInsert): Promise<void> {
  await tx.insert(messages).values(message);
}

export async function listMessages(db: Executor, { requestId }: { requestId: number }) {
  return db.select().from(messages).where(eq(messages.requestId, requestId)).orderBy(asc(messages.id));
}

export async function insertNote(tx: Tx, note: typeof notes.$inferInsert): Promise<number> {
  const [row] = await tx.insert(notes).values(note).returning({ id: notes.id });
  return row!.id;
}

export async function listNotes(db: Executor, { requestId }: { requestId: number }) {
  return db
    .select({ id: notes.id, body: notes.body, at: notes.at, author: users.email })
    .from(notes)
    .leftJoin(users, eq(users.id, notes.authorId))
    .where(eq(notes.requestId, requestId))
    .orderBy(asc(notes.id));
}

export async function listRetentionBases(db: Executor, { portalId }: { portalId: number }) {
  return db.select().from(retentionBases).where(eq(retentionBases.portalId, portalId)).orderBy(asc(retentionBases.label));
}

export async function insertDeletionOutcomes(tx: Tx, rows: (typeof deletionOutcomes.$inferInsert)[]): Promise<void> {
  if (rows.length > 0) await tx.insert(deletionOutcomes).values(rows);
}

export async function listDeletionOutcomes(db: Executor, { requestId }: { requestId: number }) {
  return db
    .select({ category: deletionOutcomes.category, kept: deletionOutcomes.kept, keepUntil: deletionOutcomes.keepUntil, basisKey: retentionBases.key, basis: retentionBases.label, statute: retentionBases.statute, purgedAt: deletionOutcomes.purgedAt })
    .from(deletionOutcomes)
    .leftJoin(retentionBases, eq(retentionBases.id, deletionOutcomes.basisId))
    .where(eq(deletionOutcomes.requestId, requestId))
    .orderBy(asc(deletionOutcomes.id));
}

export async function insertExportFile(tx: Tx, file: typeof exportFiles.$inferInsert): Promise<number> {
  const [row] = await tx.insert(exportFiles).values(file).returning({ id: exportFiles.id });
  return row!.id;
}

/** The export's description, without its bytes: the latest one uploaded. */
export async function getExportInfo(db: Executor, { requestId }: { requestId: number }) {
  const rows = await db
    .select({ id: exportFiles.id, filename: exportFiles.filename, mimeType: exportFiles.mimeType, size: exportFiles.size, uploadedAt: exportFiles.uploadedAt })
    .from(exportFiles)
    .where(eq(exportFiles.requestId, requestId))
    .orderBy(desc(exportFiles.id))
    .limit(1);
  return rows[0];
}

export async function getExportFile(db: Executor, { id }: { id: number }) {
  return (await db.select().from(exportFiles).where(eq(exportFiles.id, id)).limit(1))[0];
}
