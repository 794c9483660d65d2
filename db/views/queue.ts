import "server-only";
import { and, asc, eq, gt, inArray, isNull, lt, lte, or, sql, type SQL } from "drizzle-orm";
import type { Executor } from "../client";
import { portals, requests, users, type RequestStatus } from "../schema";
import type { RequestType } from "../../lib/deadlines";

/** Work in hand: the statuses the queue lists unless asked for another. */
export const ACTIVE_STATUSES: RequestStatus[] = ["open", "in_progress", "awaiting_requester"];

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
  const where: (SQL | undefined)[] = [
    inArray(requests.portalId, f.portalId !== undefined ? f.portalIds.filter((id) => id === f.portalId) : f.portalIds),
    f.status ? eq(requests.status, f.status) : inArray(requests.status, ACTIVE_STATUSES),
    f.type && eq(requests.type, f.type),
    f.assignee === "mine" ? eq(requests.assigneeId, f.userId) : f.assignee === "unassigned" ? isNull(requests.assigneeId) : undefined,
    f.overdue ? lt(requests.dueAt, f.now) : undefined,
    f.dueWithinDays !== undefined ? lte(requests.dueAt, new Date(f.now.getTime() + f.dueWithinDays * 86_400_000)) : undefined,
    f.search ? or(eq(requests.reference, f.search.trim().toUpperCase()), eq(requests.email, f.search.trim().toLowerCase())) : undefined,
    after ? or(gt(requests.dueAt, new Date(after.dueAt)), and(eq(requests.dueAt, new Date(after.dueAt)), gt(requests.id, after.id))) : undefined,
  ];
  const rows = await db
    .select({
      id: requests.id,
      reference: requests.reference,
      type: requests.type,
      status: requests.status,
      dueAt: requests.dueAt,
      dueDate: requests.dueDate,
      portalSlug: portals.slug,
      portalName: portals.name,
      timeZone: portals.timeZone,
      assignee: users.email,
      /** Set while the request waits for staff to merge or keep it. */
      possibleDuplicate: sql<boolean>`${requests.duplicateState} = 'flagged'`.mapWith(Boolean),
    })
    .from(requests)
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

export function encodeCursor(c: QueueCursor): string {
  return `${c.dueAt}.${c.id}`;
}

export function decodeCursor(text: string | undefined): QueueCursor | undefined {
  const m = /^(\d+)\.(\d+)$/.exec(text ?? "");
  return m ? { dueAt: Number(m[1]), id: Number(m[2]) } : undefined;
}
