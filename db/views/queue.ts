import "server-only";
import { and, asc, eq, gt, gte, inArray, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import { isPostgres, type Executor } from "../client";
import { isActiveStatus, portals, requests, users, type RequestStatus } from "../schema";
import type { RequestType } from "../../lib/deadlines";

export interface QueueFilters {
  /** The member's portals: nothing outside them is ever listed. */
  portalIds: number[];
  userId: string;
  now: Date;
  portalId?: number;
  type?: RequestType;
  status?: RequestStatus;
  assignee?: "mine" | "unassigned";
  overdue?: boolean;
  /** Only emailed requests waiting for triage (issue 14). */
  needsTriage?: boolean;
  dueWithinDays?: number;
  /** An exact reference or email address: both are indexed. */
  search?: string;
}

/** Where the previous page ended: keyset pagination stays fast however deep the queue is. */
export interface QueueCursor {
  dueAt: number;
  id: number;
}

export async function listQueue(db: Executor, f: QueueFilters, { after, limit }: { after?: QueueCursor; limit: number }) {
  const portalIds = f.portalId !== undefined ? f.portalIds.filter((id) => id === f.portalId) : f.portalIds;
  const where: (SQL | undefined)[] = [
    inArray(requests.portalId, portalIds),
    // Spelled as the partial indexes' predicate, so the planner can walk one in the page's order and stop at the limit.
    f.status ? eq(requests.status, f.status) : isActiveStatus(requests.status),
    f.type && eq(requests.type, f.type),
    f.assignee === "mine" ? eq(requests.assigneeId, f.userId) : f.assignee === "unassigned" ? isNull(requests.assigneeId) : undefined,
    f.overdue ? lt(requests.dueAt, f.now) : undefined,
    f.needsTriage ? eq(requests.triage, "needs_triage") : undefined,
    f.dueWithinDays !== undefined ? lte(requests.dueAt, new Date(f.now.getTime() + f.dueWithinDays * 86_400_000)) : undefined,
    f.search ? or(eq(requests.reference, f.search.trim().toUpperCase()), eq(requests.email, f.search.trim().toLowerCase())) : undefined,
    // The `>=` is implied by the rest; spelled out, it lets the planner start its walk at the cursor, not the head.
    after ? and(gte(requests.dueAt, new Date(after.dueAt)), or(gt(requests.dueAt, new Date(after.dueAt)), and(eq(requests.dueAt, new Date(after.dueAt)), gt(requests.id, after.id)))) : undefined,
  ];
  // Columns of `requests` as SQL, which drizzle allows from a FROM it cannot name (the hinted one below).
  const col = <T extends AnySQLiteColumn>(column: T) => sql`${column}`.mapWith(column);
  const rows = await db
    .select({
      id: col(requests.id),
      reference: col(requests.reference),
      type: col(requests.type),
      status: col(requests.status),
      dueAt: col(requests.dueAt),
      dueDate: col(requests.dueDate),
      portalSlug: portals.slug,
      portalName: portals.name,
      timeZone: portals.timeZone,
      assignee: users.email,
      /** Set while the request waits for staff to merge or keep it. */
      possibleDuplicate: sql<boolean>`${requests.duplicateState} = 'flagged'`.mapWith(Boolean),
      /** Set while an emailed request waits for staff to confirm its type. */
      needsTriage: sql<boolean>`${requests.triage} = 'needs_triage'`.mapWith(Boolean),
    })
    .from(walksDueOrder(db, f, portalIds) ? sql`${requests} indexed by requests_active_due` : requests)
    .innerJoin(portals, eq(portals.id, requests.portalId))
    .leftJoin(users, eq(users.id, requests.assigneeId))
    .where(and(...where))
    // NULLS FIRST spelled out: SQLite's default for ASC, not PostgreSQL's; both accept the clause.
    .orderBy(sql`${requests.dueAt} asc nulls first`, asc(requests.id))
    .limit(limit + 1);
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  const next = rows.length > limit && last?.dueAt ? { dueAt: last.dueAt.getTime(), id: last.id } : undefined;
  return { rows: page, next };
}

/**
 * Whether to tell SQLite to walk `requests_active_due`, in the page's order, stopping at the
 * limit: across several portals its planner reads every active row of them through (portal,
 * status) and sorts, even with statistics (30 ms against 0.05 ms for 11,000 active among
 * 100,000). With one portal, an assignee or a search it finds a better index itself;
 * PostgreSQL's planner needs no hint.
 */
function walksDueOrder(db: Executor, f: QueueFilters, portalIds: number[]): boolean {
  return !isPostgres(db) && portalIds.length > 1 && !f.status && !f.assignee && !f.search;
}

export function encodeCursor(c: QueueCursor): string {
  return `${c.dueAt}.${c.id}`;
}

export function decodeCursor(text: string | undefined): QueueCursor | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(text ?? "");
  return m ? { dueAt: Number(m[1]), id: Number(m[2]) } : undefined;
}
