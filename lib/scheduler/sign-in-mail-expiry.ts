import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { deleteMessagesQueuedBefore } from "../../db/queries/outbox";
import { staffSignInEmail } from "../../emails/staff-sign-in";
import { MAGIC_LINK_MINUTES } from "../staff/sign-in-link";
import type { SweepContext } from "./sweeps";

/**
 * A staff sign-in email is worth nothing once its link has expired, and until
 * then holds a live link: one not delivered by then (still pending through an
 * outage, or failed) is deleted. Delivered ones are deleted by the sender.
 */
export async function sweepExpiredSignInMail(db: Db, { now }: SweepContext): Promise<{ deleted: number }> {
  const before = new Date(now.getTime() - MAGIC_LINK_MINUTES * 60_000);
  return { deleted: await withTransaction(db, (tx) => deleteMessagesQueuedBefore(tx, { template: staffSignInEmail.name, before })) };
}
