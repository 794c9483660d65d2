/**
 * A bench database: migrations, the demo portals and admin, then `total`
 * requests through db/bench-data.ts, in one shape shared by the sweep and the
 * queue measures. Runs in a child process whose environment picks the engine.
 *
 * Shape, as a desk that has run for two years: nine requests in ten are
 * closed (completed, some rejected or withdrawn), received over the last 730
 * days; one in ten is active. Of the active ones, every 100th request is due
 * a "7 days before" reminder at `reminderAt` (09:00 in Tashkent, the deepen
 * portal; 1% of all), one more in 100 is overdue, and the rest were received
 * in the last week, due in two. Times are relative to `now`, so the server's
 * clock (the real one) sees the same picture.
 */
import { insertRequestsInBulk } from "../db/bench-data";
import { migrateDb, refreshPlannerStatistics, withTransaction, type Db } from "../db/client";
import { takeLease } from "../db/queries/leases";
import { getPortalBySlug } from "../db/queries/portals";
import type { RequestWithReminder } from "../db/queries/requests";
import type { RequestStatus } from "../db/schema";
import { seedDemo } from "../db/seed-demo";
import { generatePassword, hashPassword } from "../lib/password";
import { deadlinePolicy } from "../lib/requests/deadline";

const DAY = 86_400_000;
export const DUE_EVERY = 100;
const CLOSED: RequestStatus[] = ["completed", "completed", "completed", "completed", "completed", "completed", "completed", "rejected", "withdrawn"];

/** The last 04:00 UTC (09:00 in Tashkent) before the real clock, and 30 s after it. */
export function benchClock(real = new Date()): { reminderAt: Date; now: Date } {
  const reminderAt = new Date(real);
  reminderAt.setUTCHours(4, 0, 0, 0);
  if (reminderAt.getTime() + 30_000 > real.getTime()) reminderAt.setTime(reminderAt.getTime() - DAY);
  return { reminderAt, now: new Date(reminderAt.getTime() + 30_000) };
}

/** Returns the portals' ids and the demo admin's sign-in. */
export async function seedBenchDb(db: Db, total: number): Promise<{ portalIds: number[]; email: string; password: string }> {
  await migrateDb(db);
  const password = generatePassword();
  const { admin } = await seedDemo(db, async () => ({ password, passwordHash: await hashPassword(password) }));
  const portals = await Promise.all(["mvsep", "moserra", "mgoods-seller", "deepen", "usegpt"].map(async (slug) => (await getPortalBySlug(db, { slug }))!));
  const tashkent = portals.find((p) => p.slug === "deepen")!;
  const { reminderAt, now } = benchClock();

  function* rows(): Generator<RequestWithReminder> {
    for (let i = 0; i < total; i++) {
      const isDue = i % DUE_EVERY === 0;
      const isOverdue = i % DUE_EVERY === 50;
      const isActive = i % 10 === 0;
      const portal = isDue ? tashkent : portals[i % portals.length]!;
      const type = portal.requestTypes[i % portal.requestTypes.length]!;
      const ageDays = isDue ? 7 : isOverdue ? 20 : isActive ? i % 7 : (i * 7919) % 730;
      const receivedAt = new Date(now.getTime() - ageDays * DAY - (i % 86_400) * 1000);
      const dueAt = new Date(receivedAt.getTime() + 14 * DAY);
      const closedAt = isActive ? null : new Date(Math.min(receivedAt.getTime() + (1 + (i % 20)) * DAY, now.getTime() - 60_000));
      yield {
        portalId: portal.id,
        reference: `B${i}`,
        type,
        status: isActive ? "open" : CLOSED[i % CLOSED.length]!,
        channel: "web",
        email: `r${i}@example.test`,
        language: portal.defaultLanguage,
        receivedAt,
        verifiedAt: receivedAt,
        dueAt,
        dueDate: dueAt.toISOString().slice(0, 10),
        deadlinePolicy: deadlinePolicy(portal, { type, receivedAt, verifiedAt: receivedAt }),
        closedAt,
        nextReminderAt: !isActive ? null : isDue ? reminderAt : new Date(now.getTime() + (1 + (i % 6)) * DAY),
      };
    }
  }
  await insertRequestsInBulk(db, rows());
  // As after a migration: the planner's statistics must describe the loaded table, not an empty one.
  await refreshPlannerStatistics(db);
  // The server's own scheduler must not sweep the bench's due rows (nor add its work to the
  // queue timings): the bench holds its lease for a day, as another instance holding it would.
  // bench/sweep.ts calls the sweep directly, without the lease.
  const real = new Date();
  await withTransaction(db, (tx) => takeLease(tx, { name: "scheduler", holder: "bench", now: real, expiresAt: new Date(real.getTime() + DAY) }));
  return { portalIds: portals.map((p) => p.id), email: admin.email, password };
}
