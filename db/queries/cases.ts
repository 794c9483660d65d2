import { and, asc, eq, isNull } from "drizzle-orm";
import type { Executor } from "../client";
import { deletionOutcomes, exportFiles, messages, notes, pauses, retentionBases, users } from "../schema";

export function listPauses(db: Executor, { requestId }: { requestId: number }) {
  return db.select().from(pauses).where(eq(pauses.requestId, requestId)).orderBy(asc(pauses.id)).all();
}

export function openPause(tx: Executor, { requestId, at }: { requestId: number; at: Date }) {
  tx.insert(pauses).values({ requestId, pausedAt: at }).run();
}

export function closePause(tx: Executor, { requestId, at }: { requestId: number; at: Date }) {
  tx.update(pauses)
    .set({ resumedAt: at })
    .where(and(eq(pauses.requestId, requestId), isNull(pauses.resumedAt)))
    .run();
}

export function insertMessage(tx: Executor, message: typeof messages.$inferInsert) {
  tx.insert(messages).values(message).run();
}

export function listMessages(db: Executor, { requestId }: { requestId: number }) {
  return db.select().from(messages).where(eq(messages.requestId, requestId)).orderBy(asc(messages.id)).all();
}

export function insertNote(tx: Executor, note: typeof notes.$inferInsert): number {
  return tx.insert(notes).values(note).returning({ id: notes.id }).get().id;
}

export function listNotes(db: Executor, { requestId }: { requestId: number }) {
  return db
    .select({ id: notes.id, body: notes.body, at: notes.at, author: users.email })
    .from(notes)
    .leftJoin(users, eq(users.id, notes.authorId))
    .where(eq(notes.requestId, requestId))
    .orderBy(asc(notes.id))
    .all();
}

export function listRetentionBases(db: Executor, { portalId }: { portalId: number }) {
  return db.select().from(retentionBases).where(eq(retentionBases.portalId, portalId)).orderBy(asc(retentionBases.label)).all();
}

export function insertDeletionOutcomes(tx: Executor, rows: (typeof deletionOutcomes.$inferInsert)[]) {
  if (rows.length > 0) tx.insert(deletionOutcomes).values(rows).run();
}

export function listDeletionOutcomes(db: Executor, { requestId }: { requestId: number }) {
  return db
    .select({ category: deletionOutcomes.category, kept: deletionOutcomes.kept, keepUntil: deletionOutcomes.keepUntil, basis: retentionBases.label, statute: retentionBases.statute, purgedAt: deletionOutcomes.purgedAt })
    .from(deletionOutcomes)
    .leftJoin(retentionBases, eq(retentionBases.id, deletionOutcomes.basisId))
    .where(eq(deletionOutcomes.requestId, requestId))
    .orderBy(asc(deletionOutcomes.id))
    .all();
}

export function insertExportFile(tx: Executor, file: typeof exportFiles.$inferInsert): number {
  return tx.insert(exportFiles).values(file).returning({ id: exportFiles.id }).get().id;
}

/** The export's description, without its bytes. */
export function getExportInfo(db: Executor, { requestId }: { requestId: number }) {
  return db
    .select({ id: exportFiles.id, filename: exportFiles.filename, mimeType: exportFiles.mimeType, size: exportFiles.size, uploadedAt: exportFiles.uploadedAt })
    .from(exportFiles)
    .where(eq(exportFiles.requestId, requestId))
    .orderBy(asc(exportFiles.id))
    .all()
    .at(-1);
}

export function getExportFile(db: Executor, { id }: { id: number }) {
  return db.select().from(exportFiles).where(eq(exportFiles.id, id)).get();
}
