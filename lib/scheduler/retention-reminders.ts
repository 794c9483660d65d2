import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { listMembers } from "../../db/queries/staff";
import { claimRetentionReminder, listDueRetentionReminders } from "../../db/queries/sweeps";
import { retentionReminderEmail } from "../../emails/retention-reminder";
import { localDate } from "../deadlines/zone";
import { enqueueEmail } from "../mail/outbox";
import { nextRetentionReminderAt } from "../reminders/retention-schedule";
import { staffEmailLanguage } from "../staff/language-choice";
import { queueWebhookEvent } from "../webhooks/queue";
import type { SweepContext } from "./sweeps";

const BATCH = 100;

/**
 * Tells each admin of the portal that a kept category's period has ended, on
 * the keep-until day and weekly after, until a purge confirmation clears the
 * reminder time, and the portal's webhooks hear `retention.expiring`. The claim,
 * the emails and the event share one transaction, and each email's key names
 * the outcome, the reminder's local date and the admin.
 */
export async function sweepRetentionReminders(db: Db, { now, appUrl }: SweepContext): Promise<{ reminded: number }> {
  let reminded = 0;
  for (const row of await listDueRetentionReminders(db, { now, limit: BATCH })) {
    const { due, keepUntil } = row;
    // Only kept outcomes, which always have a keep-until date, are given a reminder time; this narrows the types.
    if (!due || !keepUntil) continue;
    const sent = await withTransaction(db, async (tx) => {
      const next = nextRetentionReminderAt({ keepUntil, timeZone: row.timeZone, after: now });
      if (!(await claimRetentionReminder(tx, { id: row.id, due, next }))) return false;
      const date = localDate(due, row.timeZone);
      const { portalName, reference, category, basis, statute } = row;
      const props = { portalName, reference, category, basis, statute, keepUntil, registerUrl: `${appUrl}/staff/retention?portal=${row.portalSlug}` };
      for (const admin of await listMembers(tx, { portalId: row.portalId })) {
        if (admin.role !== "admin" || !admin.email) continue;
        const dedupeKey = `retention:${row.id}:${date}:${admin.userId}`;
        await enqueueEmail(tx, { template: retentionReminderEmail, props, to: admin.email, language: staffEmailLanguage(admin.language), requestId: row.requestId, now, dedupeKey });
      }
      // The operator's systems hold the kept data: they hear it is due for deletion, on the same schedule.
      const data = { reference, accountId: row.accountId, category, basis: row.basisKey, keepUntil };
      await queueWebhookEvent(tx, { portalId: row.portalId, requestId: row.requestId, type: "retention.expiring", data, now });
      return true;
    });
    if (sent) reminded++;
  }
  return { reminded };
}
