/**
 * `npm run bench`: one deadline-reminder sweep over a million requests, 1% of
 * them due, against a plain indexed SELECT of the same due rows, measured side
 * by side on the same database in one run. It prints the ratio, not a verdict:
 * these machines are noisy, so no threshold is asserted anywhere.
 *
 * The million rows, the plain SELECT and the sweep all go through the app's own
 * async data layer (db/bench-data.ts), so the ratio is the sweep's own work.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { insertRequestsInBulk, selectRemindersDue } from "../db/bench-data";
import { closeDb, migrateDb, openDb } from "../db/client";
import { getPortalBySlug } from "../db/queries/portals";
import { seedDemoPortals } from "../db/seed-portals";
import { seedDemoAdmin } from "../db/seed-staff";
import type { NewDsrRequest } from "../db/schema";
import { deadlinePolicy } from "../lib/requests/deadline";
import { sweepDeadlineReminders } from "../lib/scheduler/deadline-reminders";

const TOTAL = Number(process.env.BENCH_REQUESTS ?? 1_000_000);
const DUE_SHARE = 0.01;
const DAY = 86_400_000;

async function main() {
  const dir = mkdtempSync(join(tmpdir(), "rightsdesk-bench-"));
  try {
    const db = openDb(join(dir, "bench.db"));
    await migrateDb(db);
    const seeded = await seedDemoPortals(db);
    // The bench never signs in: the admin needs no usable password.
    await seedDemoAdmin(db, async () => ({ password: "", passwordHash: "bench:unusable" }));
    const portals = await Promise.all(seeded.map(async ({ slug }) => (await getPortalBySlug(db, { slug }))!));
    // 09:00:30 in Tashkent: the due requests' "7 days before" reminder (09:00 local) has just come.
    const reminderAt = new Date("2026-06-01T04:00:00Z");
    const now = new Date(reminderAt.getTime() + 30_000);
    const tashkent = portals.find((p) => p.slug === "deepen")!;

    const seedStart = performance.now();
    const every = Math.round(1 / DUE_SHARE);
    function* rows(): Generator<NewDsrRequest> {
      for (let i = 0; i < TOTAL; i++) {
        const isDue = i % every === 0;
        const portal = isDue ? tashkent : portals[i % portals.length]!;
        const type = portal.requestTypes[0]!;
        // Due ones: received a week ago, due in 7 days, reminded now; the others' next reminder is days ahead.
        const receivedAt = new Date(isDue ? now.getTime() - 7 * DAY : now.getTime() - (i % 7) * DAY);
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
    const seedMs = performance.now() - seedStart;

    const selectStart = performance.now();
    const due = await selectRemindersDue(db, now);
    const selected = performance.now() - selectStart;

    const sweepStart = performance.now();
    let claimed = 0;
    let emails = 0;
    for (;;) {
      const run = await sweepDeadlineReminders(db, { now, appUrl: "http://localhost:3000" });
      claimed += run.claimed;
      emails += run.emails;
      if (run.claimed === 0) break;
    }
    const swept = performance.now() - sweepStart;

    const ms = (x: number) => `${x.toFixed(1)} ms`;
    console.log(`requests: ${TOTAL.toLocaleString("en")} (seeded in ${ms(seedMs)}), due: ${due.length.toLocaleString("en")}`);
    console.log(`plain indexed SELECT of the due rows: ${due.length.toLocaleString("en")} rows in ${ms(selected)}`);
    console.log(`sweep: ${claimed.toLocaleString("en")} requests claimed, ${emails.toLocaleString("en")} reminders queued in ${ms(swept)} (${Math.round(claimed / (swept / 1000)).toLocaleString("en")} requests/s)`);
    console.log(`ratio sweep / SELECT: ${(swept / selected).toFixed(1)}×`);
    await closeDb(db);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
