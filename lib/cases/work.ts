import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { insertNote } from "../../db/queries/cases";
import { updateRequestIfStatus } from "../../db/queries/requests";
import type { DsrRequest } from "../../db/schema";
import { transition } from "../lifecycle";
import { recordRequestEvent } from "../requests/kit";
import { CaseError, staffActor, staffText } from "./shared";

/** An agent starts work; the requester's status page says so. */
export async function startWork(db: Db, { request, by, now }: { request: DsrRequest; by: string; now: Date }) {
  const status = transition(request.status, "start");
  await withTransaction(db, async (tx) => {
    const set = { status, startedAt: now, assigneeId: request.assigneeId ?? by };
    if (!(await updateRequestIfStatus(tx, { id: request.id, from: request.status, set }))) throw new CaseError("changed_meanwhile");
    await recordRequestEvent(tx, request, { type: "work_started", actor: staffActor(by), visible: true, at: now });
  });
}

/** An internal note: staff only. The audit trail records that it was written, not what it says. */
export async function addNote(db: Db, { request, body, by, now }: { request: DsrRequest; body: string; by: string; now: Date }) {
  const text = staffText(body, { max: 10_000, tooLong: "note_too_long" });
  if (!text) throw new CaseError("note_empty");
  await withTransaction(db, async (tx) => {
    const noteId = await insertNote(tx, { requestId: request.id, authorId: by, body: text, at: now });
    await recordRequestEvent(tx, request, { type: "note_added", actor: staffActor(by), data: { noteId }, at: now });
  });
}
