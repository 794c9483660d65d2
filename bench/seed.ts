/**
 * A bench database: migrations, the demo portals and admin, then `total`
 * requests through db/bench-data.ts, in one shape shared by the sweep and the
 * queue measures. Runs in a child process whose environment picks the engine.
 *
 * Shape: every 100th request is due a "7 days before" reminder at `reminderAt`
 * (09:00 in Tashkent, the deepen portal); every 10th (offset 5) is overdue;
 * the rest are open, received in the last week, due in two. Times are relative
 * to `now`, so the server's clock (the real one) sees the same picture.
 */
import { insertRequestsInBulk } from "../db/bench-data";
import { migrateDb, withTransaction, type Db } from "../db/client";
import { takeLease } from "../db/queries/leases";
import { getPortalBySlug } from "../db/queries/portals";
import type { NewDsrRequest } from "../db/schema";
import { seedDemoPortals } from "../db/seed-portals";
import { seedDemoAdmin } from "../db/seed-staff";
import { deadlinePolicy } from "../lib/requests/deadline";

const DAY = 86_400_000;
export const DUE_EVERY = 100;

/** The last 04:00 UTC (09:00 in Tashkent) before the real clock, and 30 s after it. */
export function benchClock(real = new Date()): { reminderAt: Date; now: Date } {
  const reminderAt = new Date(real);
  reminderAt.setUTCHours(4, 0, 0, 0);
  if (reminderAt.getTime() + 30_000 > real.getTime()) reminderAt.setTime(reminderAt.getTime() - DAY);
  return { reminderAt, now: new Date(reminderAt.getTime() + 30_000) };
}

/** Returns the portals' ids. */
export async function seedBenchDb(db: Db, total: number): Promise<number[]> {
  await migrateDb(db);
  const seeded = await seedDemoPortals(db);
  // Nobody signs in with a password: the queue measure mints a session (bench/session.ts).
  await seedDemoAdmin(db, async () => ({ password: "", passwordHash: "bench:unusable" }));
  const portals = await Promise.all(seeded.map(async ({ slug }) => (await getPortalBySlug(db, { slug }))!));
  const tashkent = portals.find((p) => p.slug === "deepen")!;
  const { reminderAt, now } = benchClock();

  function* rows(): Generator<NewDsrRequest> {
    for (let i = 0; i < total; i++) {
      const isDue = i % DUE_EVERY === 0;
      const isOverdue = !isDue && i % 10 === 5;
      const portal = isDue ? tashkent : portals[i % portals.length]!;
      const type = portal.requestTypes[0]!;
      const ageDays = isDue ? 7 : isOverdue ? 20 : i % 7;
      const receivedAt = new Date(now.getTime() - ageDays * DAY);
      const dueAt = new Date(receivedAt.getTime() + 14 * DAY);
      yield {
        portalId: portal.id,
        reference: `B${i}`,
        type,
        status: "open",
        channel: "web",
        email: `r${i}@example.test`,
        language: portal.defaultLanguage,
        receivedAt,
        verifiedAt: receivedAt,
        dueAt,
        dueDate: dueAt.toISOString().slice(0, 10),
        deadlinePolicy: deadlinePolicy(portal, { type, receivedAt, verifiedAt: receivedAt }),
        nextReminderAt: isDue ? reminderAt : new Date(now.getTime() + (1 + (i % 6)) * DAY),
      };
    }
  }
  await insertRequestsInBulk(db, rows());
  // The server's own scheduler must not sweep the bench's due rows (nor add its work to the
  // queue timings): the bench holds its lease for a day, as another instance holding it would.
  // bench/sweep.ts calls the sweep directly, without the lease.
  const real = new Date();
  await withTransaction(db, (tx) => takeLease(tx, { name: "scheduler", holder: "bench", now: real, expiresAt: new Date(real.getTime() + DAY) }));
  return portals.map((p) => p.id);
}
