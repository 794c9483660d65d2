import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { insertNote } from "../../db/queries/cases";
import { updateRequestIfStatus } from "../../db/queries/requests";
import type { DsrRequest } from "../../db/schema";
import { transition } from "../lifecycle";
import { recordRequestEvent } from "../requests/kit";
import { CaseError, staffText, actorLabel, staffMember, type Actor } from "./shared";
import { drpRequestChanged } from "../drp/callbacks";
import { assertAgentAuthorized } from "../web-agents/guard";

/** An agent starts work; the requester's status page says so. */
export async function startWork(db: Db, { request, by, now }: { request: DsrRequest; by: Actor; now: Date }) {
  const status = transition(request.status, "start");
  await assertAgentAuthorized(db, request);
  await withTransaction(db, async (tx) => {
    const set = { status, startedAt: now, assigneeId: request.assigneeId ?? staffMember(by) };
    if (!(await updateRequestIfStatus(tx, { id: request.id, from: request.status, set }))) throw new CaseError("changed_meanwhile");
    await recordRequestEvent(tx, request, { type: "work_started", actor: actorLabel(by), visible: true, at: now });
    await drpRequestChanged(tx, { requestId: request.id, now });
  });
}

/** An internal note: staff only. The audit trail records that it was written, not what it says. */
export async function addNote(db: Db, { request, body, by, now }: { request: DsrRequest; body: string; by: Actor; now: Date }) {
  const text = staffText(body, { max: 10_000, tooLong: "note_too_long" });
  if (!text) throw new CaseError("note_empty");
  await withTransaction(db, async (tx) => {
    const noteId = await insertNote(tx, { requestId: request.id, authorId: staffMember(by), body: text, at: now });
    await recordRequestEvent(tx, request, { type: "note_added", actor: actorLabel(by), data: { noteId }, at: now });
  });
}
