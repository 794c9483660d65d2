/**
 * The staff queue against the same listing computed from the rows: filters,
 * order (due time, nulls first, then id), pages and their cursors, whichever
 * index the planner walks (db/views/queue.ts hints SQLite's across portals).
 */
import { beforeEach, describe, expect, it } from "vitest";
import type { RequestType } from "../../lib/deadlines";
import { refreshPlannerStatistics, withTransaction } from "../client";
import { insertRequest } from "../queries/requests";
import { insertUser } from "../queries/staff";
import { ACTIVE_STATUSES, portals, REQUEST_STATUSES, requests, users, type DsrRequest } from "../schema";
import { seedDemoPortals } from "../seed-portals";
import { tempDbPerTest } from "../testing";
import { listQueue, type QueueCursor, type QueueFilters } from "./queue";

const db = tempDbPerTest();
const DAY = 86_400_000;
const now = new Date("2026-03-12T12:00:00Z");
const TYPES: RequestType[] = ["access", "deletion", "correction"];

let portalIds: number[];
let userIds: string[];
let all: DsrRequest[];

beforeEach(async () => {
  await seedDemoPortals(db());
  portalIds = (await db().select({ id: portals.id }).from(portals).orderBy(portals.id)).map((p) => p.id);
  await withTransaction(db(), async (tx) => {
    userIds = [(await insertUser(tx, { email: "a@example.test" })).id, (await insertUser(tx, { email: "b@example.test" })).id];
    for (let i = 0; i < 400; i++) {
      // Few distinct due times, so ties on due time are ordered by id; some without one.
      const dueAt = i % 37 === 0 ? null : new Date(now.getTime() + ((i * 7) % 23 - 8) * DAY);
      await insertRequest(tx, {
        portalId: portalIds[(i * 3) % portalIds.length]!,
        reference: `Q-${i}`,
        type: TYPES[i % 3]!,
        status: REQUEST_STATUSES[(i * 5) % REQUEST_STATUSES.length]!,
        channel: "web",
        email: `r${i % 50}@example.test`,
        language: "en",
        receivedAt: new Date(now.getTime() - 30 * DAY),
        dueAt,
        assigneeId: i % 4 === 0 ? null : userIds[i % 2],
        duplicateState: i % 13 === 0 ? "flagged" : null,
      });
    }
  });
  await refreshPlannerStatistics(db());
  all = await db().select().from(requests);
});

/** The listing straight from the rows. */
function expected(f: QueueFilters, after: QueueCursor | undefined): number[] {
  const scope = f.portalId !== undefined ? f.portalIds.filter((id) => id === f.portalId) : f.portalIds;
  const due = (r: DsrRequest) => r.dueAt?.getTime();
  return all
    .filter((r) => scope.includes(r.portalId))
    .filter((r) => (f.status ? r.status === f.status : ACTIVE_STATUSES.includes(r.status)))
    .filter((r) => !f.type || r.type === f.type)
    .filter((r) => (f.assignee === "mine" ? r.assigneeId === f.userId : f.assignee === "unassigned" ? r.assigneeId === null : true))
    .filter((r) => !f.overdue || (due(r) ?? Infinity) < now.getTime())
    .filter((r) => f.dueWithinDays === undefined || (due(r) ?? Infinity) <= now.getTime() + f.dueWithinDays * DAY)
    .filter((r) => !f.search || r.reference === f.search.trim().toUpperCase() || r.email === f.search.trim().toLowerCase())
    .filter((r) => !after || (due(r) !== undefined && (due(r)! > after.dueAt || (due(r) === after.dueAt && r.id > after.id))))
    .sort((a, b) => (due(a) ?? -Infinity) - (due(b) ?? -Infinity) || a.id - b.id)
    .map((r) => r.id);
}

describe("listQueue", () => {
  it("lists, filters and pages as computed from the rows", async () => {
    const base: QueueFilters = { portalIds, userId: userIds[0]!, now };
    const cases: QueueFilters[] = [
      base,
      { ...base, portalIds: portalIds.slice(0, 2) },
      { ...base, portalId: portalIds[1] },
      { ...base, portalId: portalIds[0], overdue: true },
      { ...base, overdue: true },
      { ...base, dueWithinDays: 7 },
      { ...base, assignee: "mine" },
      { ...base, assignee: "unassigned" },
      { ...base, type: "deletion" },
      { ...base, status: "completed" },
      { ...base, status: "submitted", portalId: portalIds[2] },
      { ...base, search: "R7@example.test " },
      { ...base, search: "q-12" },
    ];
    for (const f of cases) {
      let after: QueueCursor | undefined;
      let pages = 0;
      do {
        const page = await listQueue(db(), f, { after, limit: 25 });
        const want = expected(f, after);
        expect(page.rows.map((r) => r.id), JSON.stringify({ f, after })).toEqual(want.slice(0, 25));
        after = page.next;
        pages++;
      } while (after);
      if (f === base) expect(pages).toBeGreaterThan(3);
    }
  });

  it("shows each row's portal, assignee and duplicate flag", async () => {
    const { rows } = await listQueue(db(), { portalIds, userId: userIds[0]!, now }, { limit: 400 });
    const emails = new Map((await db().select().from(users)).map((u) => [u.id, u.email]));
    const slugs = new Map((await db().select().from(portals)).map((p) => [p.id, p.slug]));
    for (const row of rows) {
      const r = all.find((x) => x.id === row.id)!;
      expect(row).toMatchObject({ reference: r.reference, type: r.type, status: r.status, dueAt: r.dueAt, portalSlug: slugs.get(r.portalId), assignee: r.assigneeId ? emails.get(r.assigneeId) : null });
      expect(Boolean(row.possibleDuplicate)).toBe(r.duplicateState === "flagged");
    }
  });
});
