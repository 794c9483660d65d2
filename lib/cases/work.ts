import type { Db } from "../../db/client";
import { insertNote } from "../../db/queries/cases";
import { updateRequestIfStatus } from "../../db/queries/requests";
import type { DsrRequest } from "../../db/schema";
import { transition } from "../lifecycle";
import { CaseError, recordCaseEvent, staffActor, staffText } from "./shared";

/** An agent starts work; the requester's status page says so. */
export function startWork(db: Db, { request, by, now }: { request: DsrRequest; by: string; now: Date }) {
  const status = transition(request.status, "start");
  db.transaction(
    (tx) => {
      const set = { status, startedAt: now, assigneeId: request.assigneeId ?? by };
      if (!updateRequestIfStatus(tx, { id: request.id, from: request.status, set })) throw new CaseError("changed_meanwhile");
      recordCaseEvent(tx, request, { type: "work_started", actor: staffActor(by), visible: true, at: now });
    },
    { behavior: "immediate" },
  );
}

/** An internal note: staff only. The audit trail records that it was written, not what it says. */
export function addNote(db: Db, { request, body, by, now }: { request: DsrRequest; body: string; by: string; now: Date }) {
  const text = staffText(body, { max: 10_000, tooLong: "note_too_long" });
  if (!text) throw new CaseError("note_empty");
  db.transaction(
    (tx) => {
      const noteId = insertNote(tx, { requestId: request.id, authorId: by, body: text, at: now });
      recordCaseEvent(tx, request, { type: "note_added", actor: staffActor(by), data: { noteId }, at: now });
    },
    { behavior: "immediate" },
  );
}
