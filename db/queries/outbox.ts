import "server-only";
import { and, asc, eq, inArray, is, lt, lte, or, sql } from "drizzle-orm";
import { alias, PgDatabase, type PgQueryResultHKT, type PgTable } from "drizzle-orm/pg-core";
import { isPostgres, rawRows, type Executor, type Tx } from "../client";
import type { Language } from "../../lib/i18n/languages";
import { emailAttempts, emailOutbox, requests, type MailThread, type NewOutboxMessage, type OutboxMessage } from "../schema";

/**
 * Queues a rendered message in the caller's transaction. It is recorded under
 * its request's portal when it has a request, else under `portalId`. With a
 * `dedupeKey` already queued, nothing is inserted and null is returned.
 */
export async function insertOutboxMessage(
  tx: Tx,
  message: { template: string; language: Language; to: string; subject: string; text: string; html: string; requestId?: number; portalId?: number; dedupeKey?: string; thread?: MailThread; now: Date },
): Promise<number | null> {
  const { requestId, portalId, now, ...rendered } = message;
  const portalOfRequest = requestId === undefined ? undefined : sql`(${tx.select({ portalId: requests.portalId }).from(requests).where(eq(requests.id, requestId))})`;
  const [row] = await tx
    .insert(emailOutbox)
    .values({ ...rendered, requestId, portalId: portalOfRequest ?? portalId, nextAttemptAt: now, createdAt: now })
    .onConflictDoNothing({ target: emailOutbox.dedupeKey })
    .returning({ id: emailOutbox.id });
  return row?.id ?? null;
}

/**
 * insertOutboxMessage for many messages at once: a sweep's batch. Each is
 * recorded under the `portalId` given (the caller passes its request's
 * portal). Those whose `dedupeKey` is already queued are skipped; returns how
 * many were queued. The statement is one short text whatever their number (no
 * per-row placeholders to build, bind and re-prepare), and inserts them in
 * their given order: the messages travel as one array per column on
 * PostgreSQL, as one JSON array on SQLite.
 */
export async function insertOutboxMessages(
  tx: Tx,
  { messages, now }: { messages: readonly { template: string; language: Language; to: string; subject: string; text: string; html: string; requestId: number; portalId: number; dedupeKey: string }[]; now: Date },
): Promise<number> {
  if (messages.length === 0) return 0;
  const rows = messages.map((m) => [m.requestId, m.portalId, m.template, m.language, m.to, m.subject, m.text, m.html, m.dedupeKey] as const);
  const columns = sql`request_id, portal_id, template, language, to_address, subject, text, html, dedupe_key, next_attempt_at, created_at`;
  const column = (i: number) => sql.param(rows.map((r) => r[i]));
  const queued = isPostgres(tx)
    ? await rawRows<{ id: number }>(
        tx,
        sql`insert into email_outbox (${columns})
            select m.request_id, m.portal_id, m.template, m.language, m.to_address, m.subject, m.text, m.html, m.dedupe_key, ${now}::timestamptz, ${now}::timestamptz
            from unnest(${column(0)}::integer[], ${column(1)}::integer[], ${column(2)}::text[], ${column(3)}::text[], ${column(4)}::text[], ${column(5)}::text[], ${column(6)}::text[], ${column(7)}::text[], ${column(8)}::text[])
              with ordinality as m(request_id, portal_id, template, language, to_address, subject, text, html, dedupe_key, n)
            order by m.n
            on conflict (dedupe_key) do nothing returning id`,
      )
    : // "where true": SQLite's grammar needs it between a SELECT and ON CONFLICT.
      await rawRows<{ id: number }>(
        tx,
        sql`insert into email_outbox (${columns})
            select value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6, value ->> 7, value ->> 8, ${now.getTime()}, ${now.getTime()}
            from json_each(${JSON.stringify(rows)}) where true order by key
            on conflict (dedupe_key) do nothing returning id`,
      );
  return queued.length;
}

/**
 * Claims the oldest due message until `lockedUntil`: pending and due, or still
 * "sending" under a lapsed claim (its sender crashed mid-send). Choosing and
 * claiming are one UPDATE statement, so of two senders racing for a message
 * exactly one gets a row back. On SQLite the database's write lock orders
 * them. On PostgreSQL, where two instances' claims really run at once, the
 * choice takes the row with FOR UPDATE SKIP LOCKED, so a sender never waits
 * on, nor takes, a row another sender is claiming: it takes the next one. The
 * outer condition repeats the due test, so a row changed meanwhile is
 * re-checked on its new version and never claimed twice.
 */
export async function claimNextMessage(tx: Tx, { now, lockedUntil }: { now: Date; lockedUntil: Date }): Promise<OutboxMessage | undefined> {
  const dueIn = (t: typeof emailOutbox) =>
    or(and(eq(t.status, "pending"), lte(t.nextAttemptAt, now)), and(eq(t.status, "sending"), lt(t.lockedUntil, now)));
  if (is(tx, PgDatabase)) {
    // The candidate under an alias of its own, so the subquery plainly names its rows, not the updated ones.
    const candidate = alias(emailOutbox as unknown as PgTable, "candidate") as unknown as typeof emailOutbox;
    const pg = tx as unknown as PgDatabase<PgQueryResultHKT>;
    const oldest = pg.select({ id: sql<number>`${candidate.id}` }).from(candidate as unknown as PgTable).where(dueIn(candidate)).orderBy(asc(candidate.id)).limit(1).for("update", { skipLocked: true });
    const [claimed] = await tx
      .update(emailOutbox)
      .set({ status: "sending", lockedUntil })
      // `= (scalar subquery)`: an InitPlan, run once. Under `in (…)` the planner may rescan the
      // subquery per row, and each rescan skips the row just claimed and yields the next: all claimed.
      .where(and(eq(emailOutbox.id, sql`(${oldest})`), dueIn(emailOutbox)))
      .returning();
    return claimed;
  }
  const oldest = tx.select({ id: emailOutbox.id }).from(emailOutbox).where(dueIn(emailOutbox)).orderBy(asc(emailOutbox.id)).limit(1);
  const [claimed] = await tx.update(emailOutbox).set({ status: "sending", lockedUntil }).where(inArray(emailOutbox.id, oldest)).returning();
  return claimed;
}

/** Records a message's outcome, and the attempt if one was made. */
export async function recordOutcome(tx: Tx, { id, set, attempt }: { id: number; set: Partial<NewOutboxMessage>; attempt?: { ok: boolean; at: Date; error?: string } }): Promise<void> {
  await tx.update(emailOutbox).set(set).where(eq(emailOutbox.id, id));
  if (attempt) await tx.insert(emailAttempts).values({ outboxId: id, ...attempt });
}

/** Deletes one message (and, through the foreign key, its attempts). */
export async function deleteOutboxMessage(tx: Tx, { id }: { id: number }): Promise<void> {
  await tx.delete(emailOutbox).where(eq(emailOutbox.id, id));
}

/** Deletes every message of `template` queued before `before`, whatever its state; returns how many. */
export async function deleteMessagesQueuedBefore(tx: Tx, { template, before }: { template: string; before: Date }): Promise<number> {
  const deleted = await tx
    .delete(emailOutbox)
    .where(and(eq(emailOutbox.template, template), lt(emailOutbox.createdAt, before)))
    .returning({ id: emailOutbox.id });
  return deleted.length;
}

/** One message's status and portal, for an admin's resend. */
export async function getOutboxMessage(db: Executor, { id }: { id: number }) {
  const [message] = await db.select({ id: emailOutbox.id, status: emailOutbox.status, portalId: emailOutbox.portalId }).from(emailOutbox).where(eq(emailOutbox.id, id)).limit(1);
  return message;
}

/** Puts a failed message back in the queue with a fresh set of attempts; false if it is no longer failed. */
export async function requeueFailedMessage(tx: Tx, { id, now }: { id: number; now: Date }): Promise<boolean> {
  const requeued = await tx
    .update(emailOutbox)
    .set({ status: "pending", attempts: 0, nextAttemptAt: now, lockedUntil: null })
    .where(and(eq(emailOutbox.id, id), eq(emailOutbox.status, "failed")))
    .returning({ id: emailOutbox.id });
  return requeued.length === 1;
}

/** Every message of one template, oldest first, whatever its state. */
export async function listMessagesOfTemplate(db: Executor, { template }: { template: string }): Promise<OutboxMessage[]> {
  return db.select().from(emailOutbox).where(eq(emailOutbox.template, template)).orderBy(asc(emailOutbox.id));
}
