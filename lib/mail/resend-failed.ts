import type { Db } from "../../db/client";
import { getOutboxMessage, requeueFailedMessage } from "../../db/queries/outbox-admin";
import { recordStaffEvent } from "../staff/audit";

export type ResendOutcome = "resent" | "not-failed" | "not-found";

/**
 * An admin resends a failed message: it goes back in the queue with a fresh set
 * of attempts, and the resend is recorded in its portal's audit chain, together.
 * A message of a portal the member does not administer, or of no portal, is
 * "not-found": its existence is not revealed.
 */
export function resendFailedMessage(db: Db, { id, userId, adminOf, now }: { id: number; userId: string; adminOf: number[]; now: Date }): ResendOutcome {
  return db.transaction(
    (tx) => {
      const message = Number.isInteger(id) ? getOutboxMessage(tx, { id }) : undefined;
      if (!message?.portalId || !adminOf.includes(message.portalId)) return "not-found";
      if (!requeueFailedMessage(tx, { id, now })) return "not-failed";
      recordStaffEvent(db, { userId, type: "email_resent", data: { outboxId: id }, portalIds: [message.portalId], at: now });
      return "resent";
    },
    { behavior: "immediate" },
  );
}
