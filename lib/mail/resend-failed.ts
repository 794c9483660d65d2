import "server-only";
import { z } from "zod";
import { withTransaction, type Db, type Reader } from "../../db/client";
import { getOutboxMessage, requeueFailedMessage } from "../../db/queries/outbox";
import { recordStaffEvent } from "../staff/audit";
import { kickMailWorker } from "./worker";

export type ResendOutcome = "resent" | "not-failed" | "not-found";

/** The resend button's form: the message's id. */
export const resendSchema = z.object({ id: z.coerce.number().int().positive() });

/**
 * The message a resend form names, as the staff-action kernel's target (its
 * `portalOf`): undefined (a 404) when there is none, or it belongs to no
 * portal, whose mail is shown to nobody.
 */
export async function outboxMessageFromForm(form: FormData, db: Reader): Promise<{ id: number; portalId: number } | undefined> {
  const id = Number(form.get("id"));
  const message = Number.isInteger(id) ? await getOutboxMessage(db, { id }) : undefined;
  return message?.portalId ? { id: message.id, portalId: message.portalId } : undefined;
}

/**
 * An admin resends a failed message: it goes back in the queue with a fresh set
 * of attempts, and the resend is recorded in its portal's audit chain, in the
 * same transaction; once that has committed, the mail worker is kicked. A
 * message of a portal the member does not administer, or of no portal, is
 * "not-found": its existence is not revealed.
 */
export async function resendFailedMessage(db: Db, { id, userId, adminOf, now }: { id: number; userId: string; adminOf: number[]; now: Date }): Promise<ResendOutcome> {
  const outcome = await withTransaction(db, async (tx): Promise<ResendOutcome> => {
    const message = Number.isInteger(id) ? await getOutboxMessage(tx, { id }) : undefined;
    if (!message?.portalId || !adminOf.includes(message.portalId)) return "not-found";
    if (!(await requeueFailedMessage(tx, { id, now }))) return "not-failed";
    await recordStaffEvent(tx, { userId, type: "email_resent", data: { outboxId: id }, portalIds: [message.portalId], at: now });
    return "resent";
  });
  if (outcome === "resent") kickMailWorker();
  return outcome;
}
