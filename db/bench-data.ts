import "server-only";
import { asc, eq, getTableColumns, lte, sql } from "drizzle-orm";
import { isPostgres, rawRows, rawRun, withTransaction, type Db, type Reader, type Tx } from "./client";
import { rebuildDashboardRollups } from "./rollups";
import type { RequestWithReminder } from "./queries/requests";
import { requestReminders, requests, type NewDsrRequest } from "./schema";

/**
 * Rows per INSERT. Each chunk is one JSON parameter that the database itself
 * unpacks into rows (json_populate_recordset, json_each), so neither the
 * parameter limit nor drizzle's per-value SQL building bounds a chunk.
 */
const CHUNK = 5_000;

const COLUMNS = getTableColumns(requests);

/**
 * Inserts many requests at once, for `npm run bench`: one transaction, one
 * statement per chunk. Every row must set the same fields (a generator's rows
 * do); fields left out take the column's SQL default, not drizzle's $defaultFn.
 */
export async function insertRequestsInBulk(db: Db, rows: Iterable<RequestWithReminder>): Promise<number> {
  return withTransaction(db, async (tx) => {
    // PostgreSQL's row triggers would keep the dashboard's rollups one row at a time (most of a
    // million-row load); a superuser may load with them off and recount the rollups once after.
    const triggersOff = isPostgres(tx) && (await rawRows<{ superuser: boolean }>(tx, sql`select rolsuper as superuser from pg_roles where rolname = current_user`))[0]?.superuser === true;
    if (triggersOff) await rawRun(tx, sql`set local session_replication_role = replica`);
    const inserted = await insertAll(tx, rows);
    if (triggersOff) {
      await rawRun(tx, sql`set local session_replication_role = origin`);
      await rebuildDashboardRollups(tx);
    }
    return inserted;
  });
}

async function insertAll(tx: Tx, rows: Iterable<RequestWithReminder>): Promise<number> {
  let count = 0;
  let chunk: RequestWithReminder[] = [];
  for (const row of rows) {
    chunk.push(row);
    if (chunk.length === CHUNK) {
      await insertChunk(tx, chunk);
      count += chunk.length;
      chunk = [];
    }
  }
  if (chunk.length > 0) await insertChunk(tx, chunk);
  return count + chunk.length;
}

async function insertChunk(tx: Tx, chunk: RequestWithReminder[]): Promise<void> {
  await insertRequestRows(tx, chunk);
  await insertReminderRows(tx, chunk);
}

async function insertRequestRows(tx: Tx, chunk: NewDsrRequest[]): Promise<void> {
  const fields = (Object.keys(chunk[0]!) as (keyof NewDsrRequest)[]).filter((field) => field in COLUMNS && chunk[0]![field] !== undefined);
  const names = fields.map((field) => COLUMNS[field].name);
  const list = sql.join(names.map((name) => sql.identifier(name)), sql`, `);
  if (isPostgres(tx)) {
    // JSON as PostgreSQL reads it back: dates as ISO instants, jsonb fields as objects.
    const json = JSON.stringify(chunk.map((row) => Object.fromEntries(fields.map((field, i) => [names[i], row[field] ?? null]))));
    await rawRun(tx, sql`insert into requests (${list}) select ${list} from json_populate_recordset(null::requests, ${json}::json)`);
    return;
  }
  // SQLite's stored forms (timestamps as milliseconds, JSON as text), by each column's own mapping.
  const json = JSON.stringify(chunk.map((row) => fields.map((field) => (row[field] == null ? null : COLUMNS[field].mapToDriverValue(row[field])))));
  const values = sql.join(names.map((_, i) => sql.raw(`json_extract(value, '$[${i}]')`)), sql`, `);
  await rawRun(tx, sql`insert into requests (${list}) select ${values} from json_each(${json})`);
}

/** The chunk's reminder times, found by their requests' (unique) references. */
async function insertReminderRows(tx: Tx, chunk: RequestWithReminder[]): Promise<void> {
  const due = chunk.filter((row) => row.nextReminderAt);
  if (due.length === 0) return;
  if (isPostgres(tx)) {
    const json = JSON.stringify(due.map((row) => ({ reference: row.reference, at: row.nextReminderAt })));
    await rawRun(
      tx,
      sql`insert into request_reminders (request_id, next_reminder_at)
          select r.id, j.at from json_to_recordset(${json}::json) as j(reference text, at timestamptz) join requests r on r.reference = j.reference`,
    );
    return;
  }
  const json = JSON.stringify(due.map((row) => [row.reference, row.nextReminderAt!.getTime()]));
  await rawRun(
    tx,
    sql`insert into request_reminders (request_id, next_reminder_at)
        select r.id, json_extract(j.value, '$[1]') from json_each(${json}) as j join requests r on r.reference = json_extract(j.value, '$[0]')`,
  );
}

/** The bench's baseline: the requests whose next reminder has come, by the indexed reminder time, nothing else. */
export function selectRemindersDue(db: Reader, now: Date) {
  return db
    .select({ request: requests, nextReminderAt: requestReminders.nextReminderAt })
    .from(requestReminders)
    .innerJoin(requests, eq(requests.id, requestReminders.requestId))
    .where(lte(requestReminders.nextReminderAt, now))
    .orderBy(asc(requestReminders.nextReminderAt));
}
