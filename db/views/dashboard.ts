import "server-only";
import { and, eq, gte, inArray, lt, lte, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { RequestType } from "../../lib/deadlines";
import { isPostgres, type Executor } from "../client";
import { ACTIVE_STATUSES, isActiveStatus, requestCloseTimes, requestOpenCounts, requests, requestWeekCounts, type RequestStatus } from "../schema";

const DAY = 86_400_000;
const WEEK = 7 * DAY;
/** The unit of request_close_times: a tenth of a day, the precision the median is shown to. */
const TENTH = DAY / 10;
/** The time to close: an integer of milliseconds on SQLite, an interval on PostgreSQL (see countDue). */
const closeTime = sql`${requests.closedAt} - ${requests.receivedAt}`;

/** The window of the on-time rate and the median; it also covers the weekly series. */
const RECENT_DAYS = 90;
export const SERIES_WEEKS = 12;

/**
 * Every status a verified request can be in. Listed rather than "not submitted"
 * so SQLite can use the status indexes; "expired" is left out because only
 * unverified requests expire. The rollup triggers (migrations "dashboard_rollup_triggers") spell the same list.
 */
export const VERIFIED_STATUSES: RequestStatus[] = [...ACTIVE_STATUSES, "completed", "rejected", "withdrawn"];

export type TypeCounts = Partial<Record<RequestType, number>>;

export interface WeekCounts {
  /** Monday 00:00 UTC. */
  start: Date;
  received: TypeCounts;
  completed: TypeCounts;
}

export interface DashboardStats {
  open: number;
  overdue: number;
  dueThisWeek: number;
  /** Share of requests completed in the last 90 days that closed by their due time, in whole per cent. */
  onTimePercent: number | null;
  /** Median of received → closed over requests completed in the last 90 days, in days to one decimal. */
  medianDaysToClose: number | null;
  /** The last 12 weeks, oldest first; the last one is the current, partial week. */
  weeks: WeekCounts[];
}

/**
 * The staff dashboard's figures for the portals a member can see, as of `now`.
 * Read from the rollups the triggers on `requests` keep (db/schema.ts:
 * requestWeekCounts, requestCloseTimes, requestOpenCounts) and from index
 * ranges, so the cost does not grow with the number of requests: what is read
 * row by row is the work in hand due by the end of the coming week, and the
 * completions of the window's first days (the 90 days start mid-week, the rollups' weeks on Monday).
 */
export async function getDashboardStats(db: Executor, { portalIds, now }: { portalIds: number[]; now: Date }): Promise<DashboardStats> {
  const seriesStart = weekStart(now).getTime() - (SERIES_WEEKS - 1) * WEEK;
  const weeks: WeekCounts[] = Array.from({ length: SERIES_WEEKS }, (_, i) => ({ start: new Date(seriesStart + i * WEEK), received: {}, completed: {} }));
  if (portalIds.length === 0) return { open: 0, overdue: 0, dueThisWeek: 0, onTimePercent: null, medianDaysToClose: null, weeks };

  const since = now.getTime() - RECENT_DAYS * DAY;
  // The first whole week of the window; never after the series' first week, which lies wholly inside it.
  const wholeWeeksFrom = weekStart(new Date(since)).getTime() + WEEK;
  const [open, due, weekCounts, closeTimes, firstDays] = await Promise.all([
    countOpen(db, portalIds),
    countDue(db, portalIds, now),
    sumWeekCounts(db, portalIds, wholeWeeksFrom),
    sumCloseTimes(db, portalIds, wholeWeeksFrom),
    sumCompletedBetween(db, portalIds, since, wholeWeeksFrom),
  ]);

  let completed = 0;
  let onTime = 0;
  const histogram = new Map<number, number>();
  const count = (tenths: number, n: number) => histogram.set(tenths, (histogram.get(tenths) ?? 0) + n);
  for (const row of firstDays) {
    completed += row.n;
    onTime += row.onTime;
    count(row.tenths, row.n);
  }
  for (const row of weekCounts) {
    const week = (row.week.getTime() - seriesStart) / WEEK;
    completed += row.completed;
    onTime += row.onTime;
    if (week < 0) continue;
    // Received later than the current week (a clock set back) counts in the current week; completed then, nowhere.
    addTo(weeks[Math.min(week, SERIES_WEEKS - 1)]?.received, row.type, row.received);
    addTo(weeks[week]?.completed, row.type, row.completed);
  }
  for (const { tenths, n } of closeTimes) count(tenths, n);
  return {
    open,
    ...due,
    onTimePercent: completed === 0 ? null : Math.round((onTime / completed) * 100),
    medianDaysToClose: await medianDaysToClose(db, portalIds, since, histogram),
    weeks,
  };
}

async function countOpen(db: Executor, portalIds: number[]): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`coalesce(sum(${requestOpenCounts.n}), 0)`.mapWith(Number) })
    .from(requestOpenCounts)
    .where(inArray(requestOpenCounts.portalId, portalIds));
  return row!.n; // an aggregate without GROUP BY always returns its one row
}

/** Reads only the active rows due by the end of the coming week, from a partial index of them. */
async function countDue(db: Executor, portalIds: number[], now: Date) {
  // CASE over drizzle's comparisons, which bind the Dates as each engine stores instants
  // (integer milliseconds on SQLite, timestamptz on PostgreSQL); sums come back as strings on PostgreSQL.
  const tally = (condition: SQL | undefined) => sql<number>`coalesce(sum(case when ${condition} then 1 else 0 end), 0)`.mapWith(Number);
  const [row] = await db
    .select({ overdue: tally(lt(requests.dueAt, now)), dueThisWeek: tally(gte(requests.dueAt, now)) })
    .from(requests)
    .where(and(inArray(requests.portalId, portalIds), isActiveStatus(requests.status), lte(requests.dueAt, new Date(now.getTime() + WEEK))));
  return row!;
}

/** A sum as a number: PostgreSQL returns sums of integers as strings. */
const total = (column: SQLWrapper) => sql<number>`sum(${column})`.mapWith(Number);

/** The rollup's weeks from `from` on, summed over the portals. */
async function sumWeekCounts(db: Executor, portalIds: number[], from: number) {
  const w = requestWeekCounts;
  return db
    .select({ week: w.week, type: w.type, received: total(w.received), completed: total(w.completed), onTime: total(w.onTime) })
    .from(w)
    .where(and(inArray(w.portalId, portalIds), gte(w.week, new Date(from))))
    .groupBy(w.week, w.type);
}

/** How many completions closed from week `from` on took each number of tenths of a day. */
async function sumCloseTimes(db: Executor, portalIds: number[], from: number) {
  const c = requestCloseTimes;
  return db
    .select({ tenths: c.tenths, n: total(c.n) })
    .from(c)
    .where(and(inArray(c.portalId, portalIds), gte(c.week, new Date(from))))
    .groupBy(c.tenths)
    .having(sql`sum(${c.n}) > 0`);
}

/**
 * Completed requests closed in [since, until), the window's first, partial week,
 * counted from the rows (through `requests_closed`, which holds every column
 * needed) by their time to close in tenths of a day.
 */
async function sumCompletedBetween(db: Executor, portalIds: number[], since: number, until: number) {
  // To the nearest tenth, halves up, as the triggers round and the median is shown.
  // Constants written out, not bound: better-sqlite3 binds numbers as reals, which would not divide as integers.
  const [half, tenth] = [sql.raw(String(TENTH / 2)), sql.raw(String(TENTH))];
  const tenths = isPostgres(db) ? sql<number>`floor((extract(epoch from ${closeTime}) * 1000 + ${half}) / ${tenth})` : sql<number>`(${closeTime} + ${half}) / ${tenth}`;
  // A request with no due time counts as not on time: there is nothing to show it was.
  const onTime = sql`case when ${requests.dueAt} is not null and ${requests.closedAt} <= ${requests.dueAt} then 1 else 0 end`;
  return db
    .select({ tenths: tenths.mapWith(Number), n: sql<number>`count(*)`.mapWith(Number), onTime: total(onTime) })
    .from(requests)
    .where(and(inArray(requests.portalId, portalIds), eq(requests.status, "completed"), gte(requests.closedAt, new Date(since)), lt(requests.closedAt, new Date(until))))
    .groupBy(sql`1`);
}

/**
 * The median time to close, in days to one decimal, from the histogram of
 * tenths: exact, as if from every duration. With an odd count the middle one's
 * tenth is the answer; with an even count, so is the two middle ones' tenth
 * when they share it (their mean rounds to it too). When they do not, the mean
 * needs the two durations themselves: the largest in the lower tenth and the
 * smallest in the upper, read from the window's completions in those tenths.
 */
async function medianDaysToClose(db: Executor, portalIds: number[], since: number, histogram: Map<number, number>): Promise<number | null> {
  const buckets = [...histogram].filter(([, n]) => n > 0).sort(([a], [b]) => a - b);
  const count = buckets.reduce((sum, [, n]) => sum + n, 0);
  if (count === 0) return null;
  const tenthAt = (rank: number) => {
    let seen = 0;
    for (const [tenths, n] of buckets) if ((seen += n) > rank) return tenths;
    throw new Error("unreachable: rank < count");
  };
  const [lower, upper] = [tenthAt((count - 1) >> 1), tenthAt(count >> 1)];
  if (lower === upper) return lower / 10;
  // Compared as each engine's type, so that the rows are filtered without arithmetic on each.
  const pg = isPostgres(db);
  const ms = (n: number) => (pg ? sql`${n}::bigint * interval '1 millisecond'` : sql`${n}`);
  const inMs = (time: SQL) => (pg ? sql<number>`extract(epoch from ${time}) * 1000` : sql<number>`${time}`).mapWith(Number);
  const split = ms(lower * TENTH + TENTH / 2);
  const [row] = await db
    .select({
      below: inMs(sql`max(case when ${closeTime} < ${split} then ${closeTime} end)`),
      above: inMs(sql`min(case when ${closeTime} >= ${split} then ${closeTime} end)`),
    })
    .from(requests)
    .where(
      and(
        inArray(requests.portalId, portalIds),
        eq(requests.status, "completed"),
        gte(requests.closedAt, new Date(since)),
        sql`${closeTime} >= ${ms(lower * TENTH - TENTH / 2)}`,
        sql`${closeTime} < ${ms(upper * TENTH + TENTH / 2)}`,
      ),
    );
  return Math.round(((row!.below + row!.above) / 2 / DAY) * 10) / 10;
}

/** Monday 00:00 UTC of the week holding `at`. UTC, because one member may serve portals in several time zones. */
function weekStart(at: Date): Date {
  const midnight = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  return new Date(midnight - ((at.getUTCDay() + 6) % 7) * DAY);
}

function addTo(counts: TypeCounts | undefined, type: RequestType, n: number) {
  if (counts && n > 0) counts[type] = (counts[type] ?? 0) + n;
}
