import { and, asc, eq, isNull, lte } from "drizzle-orm";
import type { Db, Executor } from "../../db/client";
import { listMembers } from "../../db/queries/staff";
import { deletionOutcomes, portals, requests, retentionBases } from "../../db/schema";
import { retentionReminderEmail } from "../../emails/retention-reminder";
import { localDate } from "../deadlines/zone";
import { enqueueEmail } from "../mail/outbox";
import { nextRetentionReminderAt } from "../reminders/retention-schedule";
import type { SweepContext } from "./sweeps";

const BATCH = 100;

/** Kept categories whose reminder is due, with what the email says; only kept, unpurged rows ever have a reminder time. */
function listDueRetentionReminders(db: Executor, { now, limit }: { now: Date; limit: number }) {
  return db
    .select({
      id: deletionOutcomes.id,
      due: deletionOutcomes.nextReminderAt,
      keepUntil: deletionOutcomes.keepUntil,
      category: deletionOutcomes.category,
      requestId: deletionOutcomes.requestId,
      reference: requests.reference,
      portalId: portals.id,
      portalSlug: portals.slug,
      portalName: portals.name,
      timeZone: portals.timeZone,
      basis: retentionBases.label,
      statute: retentionBases.statute,
    })
    .from(deletionOutcomes)
    .innerJoin(portals, eq(portals.id, deletionOutcomes.portalId))
    .innerJoin(requests, eq(requests.id, deletionOutcomes.requestId))
    .innerJoin(retentionBases, eq(retentionBases.id, deletionOutcomes.basisId))
    .where(lte(deletionOutcomes.nextReminderAt, now))
    .orderBy(asc(deletionOutcomes.nextReminderAt))
    .limit(limit)
    .all();
}

/** Moves the reminder on only if nobody has since (another sweep, or a purge confirmation clearing it). */
function claimRetentionReminder(tx: Executor, { id, due, next }: { id: number; due: Date; next: Date }): boolean {
  return (
    tx
      .update(deletionOutcomes)
      .set({ nextReminderAt: next })
      .where(and(eq(deletionOutcomes.id, id), eq(deletionOutcomes.nextReminderAt, due), isNull(deletionOutcomes.purgedAt)))
      .run().changes === 1
  );
}

/**
 * Tells each admin of the portal that a kept category's period has ended, on
 * the keep-until day and weekly after, until a purge confirmation clears the
 * reminder time. The claim and the emails share one transaction, and each
 * email's key names the outcome, the reminder's local date and the admin.
 */
export function sweepRetentionReminders(db: Db, { now, appUrl }: SweepContext): { reminded: number } {
  let reminded = 0;
  for (const row of listDueRetentionReminders(db, { now, limit: BATCH })) {
    const { due, keepUntil } = row;
    // Only kept outcomes, which always have a keep-until date, are given a reminder time; this narrows the types.
    if (!due || !keepUntil) continue;
    const sent = db.transaction(
      (tx) => {
        const next = nextRetentionReminderAt({ keepUntil, timeZone: row.timeZone, after: now });
        if (!claimRetentionReminder(tx, { id: row.id, due, next })) return false;
        const date = localDate(due, row.timeZone);
        const { portalName, reference, category, basis, statute } = row;
        const props = { portalName, reference, category, basis, statute, keepUntil, registerUrl: `${appUrl}/staff/retention?portal=${row.portalSlug}` };
        for (const admin of listMembers(tx, { portalId: row.portalId })) {
          if (admin.role !== "admin" || !admin.email) continue;
          const dedupeKey = `retention:${row.id}:${date}:${admin.userId}`;
          enqueueEmail(tx, { template: retentionReminderEmail, props, to: admin.email, language: "en", requestId: row.requestId, now, dedupeKey });
        }
        return true;
      },
      { behavior: "immediate" },
    );
    if (sent) reminded++;
  }
  return { reminded };
}
