/**
 * `npm run bench`: one deadline-reminder sweep over a million requests, 1% of
 * them due, against a plain indexed SELECT of the same due rows, measured side
 * by side on the same database in one run. It prints the ratio, not a verdict:
 * these machines are noisy, so no threshold is asserted anywhere.
 *
 * The million rows and the plain SELECT go through better-sqlite3 directly (a
 * bench, like a test, is not app code): the comparison is with SQLite itself.
 * The sweep runs through the app's own async data layer.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import Database from "better-sqlite3";
import { closeDb, databasePath, migrateDb, openDb } from "../db/client";
import { getPortalBySlug } from "../db/queries/portals";
import { seedDemoPortals } from "../db/seed-portals";
import { seedDemoAdmin } from "../db/seed-staff";
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
    const sqlite = new Database(databasePath(db));
    // 09:00:30 in Tashkent: the due requests' "7 days before" reminder (09:00 local) has just come.
    const reminderAt = new Date("2026-06-01T04:00:00Z");
    const now = new Date(reminderAt.getTime() + 30_000);
    const tashkent = portals.find((p) => p.slug === "deepen")!;

    const seedStart = performance.now();
    const insert = sqlite.prepare(
      `insert into requests (portal_id, reference, type, status, channel, email, language, received_at, verified_at, due_at, due_date, deadline_policy, next_reminder_at)
       values (?, ?, ?, 'open', 'web', ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const every = Math.round(1 / DUE_SHARE);
    sqlite.transaction(() => {
      for (let i = 0; i < TOTAL; i++) {
        const isDue = i % every === 0;
        const portal = isDue ? tashkent : portals[i % portals.length]!;
        const type = portal.requestTypes[0]!;
        // Due ones: received a week ago, due in 7 days, reminded now; the others' next reminder is days ahead.
        const receivedAt = isDue ? now.getTime() - 7 * DAY : now.getTime() - (i % 7) * DAY;
        const due = new Date(receivedAt + 14 * DAY);
        const policy = deadlinePolicy(portal, { type, receivedAt: new Date(receivedAt), verifiedAt: new Date(receivedAt) });
        const next = isDue ? reminderAt.getTime() : now.getTime() + (1 + (i % 6)) * DAY;
        insert.run(portal.id, `B${i}`, type, `r${i}@example.test`, portal.defaultLanguage, receivedAt, receivedAt, due.getTime(), due.toISOString().slice(0, 10), JSON.stringify(policy), next);
      }
    })();
    sqlite.pragma("optimize");
    const seedMs = performance.now() - seedStart;

    const dueCount = (sqlite.prepare("select count(*) as n from requests where next_reminder_at <= ?").get(now.getTime()) as { n: number }).n;

    const selectStart = performance.now();
    const rows = sqlite.prepare("select * from requests where next_reminder_at <= ? order by next_reminder_at").all(now.getTime());
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
    console.log(`requests: ${TOTAL.toLocaleString("en")} (seeded in ${ms(seedMs)}), due: ${dueCount.toLocaleString("en")}`);
    console.log(`plain indexed SELECT of the due rows: ${rows.length.toLocaleString("en")} rows in ${ms(selected)}`);
    console.log(`sweep: ${claimed.toLocaleString("en")} requests claimed, ${emails.toLocaleString("en")} reminders queued in ${ms(swept)} (${Math.round(claimed / (swept / 1000)).toLocaleString("en")} requests/s)`);
    console.log(`ratio sweep / SELECT: ${(swept / selected).toFixed(1)}×`);
    sqlite.close();
    closeDb(db);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
