import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { insertMessage } from "../../db/queries/cases";
import type { DsrRequest } from "../../db/schema";
import { answerQuestion } from "../cases/clarify";
import { MAX_MESSAGE } from "../cases/limits";
import { recordRequestEvent } from "../requests/kit";
import type { ReadMessage } from "./parse";
import { sanitizeText, withoutQuote } from "./text";

/**
 * The requester's emailed reply, recorded on its request (joining the
 * caller's transaction): the answer to a waiting question (the pause ends, the deadline
 * moves, as when they answer on the status page), or else a message from them
 * that staff read on the request page.
 */
export async function recordEmailedReply(db: Db, { request, message, now }: { request: DsrRequest; message: ReadMessage; now: Date }): Promise<void> {
  const body = sanitizeText(withoutQuote(message.text), MAX_MESSAGE) || message.subject || "—";
  if (request.status === "awaiting_requester") {
    await answerQuestion(db, { request, answer: body, now });
    return;
  }
  await withTransaction(db, async (tx) => {
    await insertMessage(tx, { requestId: request.id, from: "requester", body, at: now });
    await recordRequestEvent(tx, request, { type: "email_reply_received", actor: "requester", at: now });
  });
}
