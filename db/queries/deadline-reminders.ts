import "server-only";
import { asc, eq, inArray, lte, sql } from "drizzle-orm";
import { isPostgres, rawRows, type Executor, type Tx } from "../client";
import { memberships, portals, requestReminders, requests, users } from "../schema";

/**
 * The deadline-reminder sweep's queries (lib/scheduler/deadline-reminders.ts):
 * it works in batches, each in one transaction, with a fixed number of
 * statements per batch whatever its size.
 */

const DUE = {
  id: requests.id,
  portalId: requests.portalId,
  reference: requests.reference,
  accountId: requests.accountId,
  type: requests.type,
  status: requests.status,
  assigneeId: requests.assigneeId,
  dueAt: requests.dueAt,
  dueDate: requests.dueDate,
  deadlinePolicy: requests.deadlinePolicy,
  extensionNoticeBy: requests.extensionNoticeBy,
  extendedAt: requests.extendedAt,
  refusalBy: requests.refusalBy,
  nextReminderAt: requestReminders.nextReminderAt,
};

/** The drizzle PostgreSQL builder's row lock, which the SQLite-typed builder does not declare. */
type Lockable<T> = { for(strength: "update", config: { of: typeof requestReminders; skipLocked: true }): PromiseLike<T> };

/**
 * Up to `limit` requests whose reminder time has come, oldest first, through
 * request_reminders' index on it, with what their reminders read. On
 * PostgreSQL their reminder rows stay locked until the transaction ends, and
 * rows another sweeper holds are skipped (FOR UPDATE SKIP LOCKED): two
 * sweepers take disjoint batches instead of waiting on each other. SQLite's
 * one writer already runs the sweepers' transactions one at a time.
 */
export async function lockDueDeadlineReminders(tx: Tx, { now, limit }: { now: Date; limit: number }) {
  const due = tx
    .select(DUE)
    .from(requestReminders)
    .innerJoin(requests, eq(requests.id, requestReminders.requestId))
    .where(lte(requestReminders.nextReminderAt, now))
    .orderBy(asc(requestReminders.nextReminderAt))
    .limit(limit);
  // At run time on PostgreSQL this is drizzle's pg builder (db/schema.ts), which can lock.
  return isPostgres(tx) ? (due as unknown as Lockable<Awaited<typeof due>>).for("update", { of: requestReminders, skipLocked: true }) : due;
}

export type DueDeadlineReminder = Awaited<ReturnType<typeof lockDueDeadlineReminders>>[number];

/** What a batch's reminders read of its portals. */
export async function listReminderPortals(db: Executor, { ids }: { ids: number[] }) {
  return db.select({ id: portals.id, name: portals.name, reminderDays: portals.reminderDays }).from(portals).where(inArray(portals.id, ids));
}

/** The members of several portals, each portal's in listMembers' order (by email): whom a batch's reminders may go to. */
export async function listMembersOfPortals(db: Executor, { portalIds }: { portalIds: number[] }) {
  return db
    .select({ portalId: memberships.portalId, userId: users.id, email: users.email, role: memberships.role, language: users.language })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(inArray(memberships.portalId, portalIds))
    .orderBy(users.email);
}

/**
 * Stores each request's next time (a narrow row in request_reminders, not the
 * request's wide, much-indexed one) only where it is still the one the sweep
 * read (`since`): of two sweepers, one claims each request. One statement for
 * the whole batch; returns the ids claimed.
 */
export async function claimDeadlineReminders(tx: Tx, claims: readonly { id: number; since: Date; next: Date | null }[]): Promise<Set<number>> {
  if (claims.length === 0) return new Set();
  const claimed = isPostgres(tx)
    ? await rawRows<{ id: number }>(
        tx,
        sql`update request_reminders set next_reminder_at = c.next
            from unnest(${sql.param(claims.map((c) => c.id))}::integer[], ${sql.param(claims.map((c) => c.since))}::timestamptz[], ${sql.param(claims.map((c) => c.next))}::timestamptz[]) as c(id, since, next)
            where request_reminders.request_id = c.id and request_reminders.next_reminder_at = c.since
            returning request_reminders.request_id as id`,
      )
    : // SQLite keeps instants as milliseconds; the claims arrive as one JSON array of [id, since, next].
      await rawRows<{ id: number }>(
        tx,
        sql`update request_reminders set next_reminder_at = c.next
            from (select value ->> 0 as id, value ->> 1 as since, value ->> 2 as next from json_each(${JSON.stringify(claims.map((c) => [c.id, c.since.getTime(), c.next?.getTime() ?? null]))})) as c
            where request_reminders.request_id = c.id and request_reminders.next_reminder_at = c.since
            returning request_reminders.request_id as id`,
      );
  return new Set(claimed.map((c) => Number(c.id)));
}
