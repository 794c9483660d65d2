import "server-only";
import { withTransaction, type Executor, type Db } from "../../db/client";
import { listMemberships } from "../../db/queries/staff";
import { claimDigest, listDueDigests } from "../../db/queries/sweeps";
import { listQueue } from "../../db/views/queue";
import { dailyDigestEmail, type DailyDigestProps, type DigestSection } from "../../emails/daily-digest";
import { enqueueEmail } from "../mail/outbox";
import { daysLeft } from "../staff/days-left";
import { staffEmailLanguage } from "../staff/language-choice";
import type { SweepContext } from "./sweeps";

const BATCH = 100;
const DAY_MS = 86_400_000;
/** One hour for the whole team, whatever their portals' zones: before the working day in Europe and Central Asia. */
const DIGEST_HOUR_UTC = 8;
/** Each list stops here; the email links to the queue for the rest. */
const LIST_LIMIT = 25;
const WEEK_DAYS = 7;

/** The first 08:00 UTC after `after`: when a member's next digest is due. */
export function nextDigestAt(after: Date): Date {
  const today = Date.UTC(after.getUTCFullYear(), after.getUTCMonth(), after.getUTCDate(), DIGEST_HOUR_UTC);
  return new Date(today > after.getTime() ? today : today + DAY_MS);
}

function toSection({ rows, next }: Awaited<ReturnType<typeof listQueue>>, { now, appUrl }: SweepContext): DigestSection {
  const items = rows.flatMap((r) =>
    r.dueDate ? [{ reference: r.reference, type: r.type, portalName: r.portalName, daysLeft: daysLeft(r.dueDate, now, r.timeZone), url: `${appUrl}/staff/requests/${r.id}` }] : [],
  );
  return { items, more: next !== undefined };
}

/**
 * Everything overdue in the member's portals, and for agents and admins their
 * own requests due within the week. The second list starts the queue's keyset
 * cursor at `now`, so it holds only what is not yet overdue and overdue
 * requests (already listed) cannot crowd it out.
 */
async function digestFor(tx: Executor, userId: string, roles: Awaited<ReturnType<typeof listMemberships>>, ctx: SweepContext): Promise<DailyDigestProps> {
  const { now, appUrl } = ctx;
  const working = roles.filter((m) => m.role !== "viewer").map((m) => m.portalId);
  const overdue = await listQueue(tx, { portalIds: roles.map((m) => m.portalId), userId, now, overdue: true }, { limit: LIST_LIMIT });
  const mine =
    working.length === 0
      ? { rows: [], next: undefined }
      : await listQueue(tx, { portalIds: working, userId, now, assignee: "mine", dueWithinDays: WEEK_DAYS }, { after: { dueAt: now.getTime(), id: 0 }, limit: LIST_LIMIT });
  return { overdue: toSection(overdue, ctx), dueThisWeek: toSection(mine, ctx), queueUrl: `${appUrl}/staff` };
}

/**
 * Once a day, each staff member's digest. The claim moves `nextDigestAt` on
 * in the transaction that queues the email, and the email's key is the
 * member and the UTC date of the digest, so each member gets at most one a day.
 * With nothing to report no email is sent, but the time still moves on.
 */
export async function sweepDailyDigests(db: Db, ctx: SweepContext): Promise<{ sent: number; empty: number }> {
  const { now } = ctx;
  const counts = { sent: 0, empty: 0 };
  for (const member of await listDueDigests(db, { now, limit: BATCH })) {
    await withTransaction(db, async (tx) => {
      if (!(await claimDigest(tx, { userId: member.id, due: member.due, next: nextDigestAt(now) }))) return;
      const roles = await listMemberships(tx, { userId: member.id });
      const props = await digestFor(tx, member.id, roles, ctx);
      if (!member.email || props.overdue.items.length + props.dueThisWeek.items.length === 0) {
        counts.empty++;
        return;
      }
      const date = (member.due ?? now).toISOString().slice(0, 10);
      // Filed under the member's portal when they have only one; a digest spanning portals belongs to none (the outbox page shows it to nobody).
      const portalId = roles.length === 1 ? roles[0]!.portalId : undefined;
      const language = staffEmailLanguage(member.language);
      if (await enqueueEmail(tx, { template: dailyDigestEmail, props, to: member.email, language, portalId, now, dedupeKey: `digest:${member.id}:${date}` })) counts.sent++;
    });
  }
  return counts;
}
