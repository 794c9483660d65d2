import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { getPortalById } from "../../db/queries/portals";
import { deleteRequest, listDueVerificationReminders, listUnverifiedBefore, updateRequestIfStatus } from "../../db/queries/requests";
import { verificationReminderEmail } from "../../emails";
import { transition } from "../lifecycle";
import { PURGE_UNVERIFIED_AFTER_DAYS } from "../verification";
import { drpRequestLapsing } from "../drp/callbacks";
import { recordRequestEvent } from "./kit";
import { sendNewVerificationLink } from "./resend";

const BATCH = 100;

/**
 * The sweep for requests nobody verified: one reminder with a fresh link after
 * a day, then erasure after a week. Each reminder is claimed by clearing its
 * time with a conditional update first, so two sweeps never send it twice.
 */
export async function sweepUnverified(db: Db, { now, appUrl }: { now: Date; appUrl: string }): Promise<{ reminded: number; purged: number }> {
  let reminded = 0;
  for (const request of await listDueVerificationReminders(db, { now, limit: BATCH })) {
    const claimed = await withTransaction(db, (tx) => updateRequestIfStatus(tx, { id: request.id, from: "submitted", set: { verificationReminderAt: null } }));
    const portal = claimed && (await getPortalById(db, { id: request.portalId }));
    if (portal && (await sendNewVerificationLink(db, { request, portal, now, appUrl, template: verificationReminderEmail }))) reminded++;
  }
  let purged = 0;
  for (const { id, portalId } of await listUnverifiedBefore(db, { before: new Date(now.getTime() - PURGE_UNVERIFIED_AFTER_DAYS * 24 * 60 * 60 * 1000), limit: BATCH })) {
    await withTransaction(db, async (tx) => {
      // The lifecycle's say on expiry; the row is then erased, not kept as "expired".
      transition("submitted", "expire");
      await drpRequestLapsing(tx, { requestId: id, now });
      await deleteRequest(tx, { id });
      await recordRequestEvent(tx, { id, portalId }, { type: "expired", actor: "system", at: now });
    });
    purged++;
  }
  return { reminded, purged };
}
