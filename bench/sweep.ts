/**
 * `npm run bench`: one deadline-reminder sweep over a million requests, 1% of
 * them due, against a plain indexed SELECT of the same due rows, measured side
 * by side on the same database in one run. It prints the ratio, not a verdict:
 * these machines are noisy, so no threshold is asserted anywhere.
 *
 * The million rows, the plain SELECT and the sweep all go through the app's own
 * async data layer (db/bench-data.ts), so the ratio is the sweep's own work.
 *
 * Both engines, each in a child process of its own (db/schema.ts picks one
 * dialect's tables per process): embedded SQLite in a temp file, always; and
 * PostgreSQL in a fresh database created on a server and dropped afterwards.
 * The server is, first found: `--postgres <url>`, DATABASE_URL,
 * RIGHTSDESK_BENCH_PG_URL, or else a throwaway cluster started with
 * test/pg-cluster.ts; when none can be had, only SQLite's figures are printed,
 * with the reason. BENCH_REQUESTS (default 1,000,000) sets the size.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { insertRequestsInBulk, selectRemindersDue } from "../db/bench-data";
import { parseArgs } from "node:util";
import { Client } from "pg";
import { closeDb, getDb, migrateDb, openDb, type Db } from "../db/client";
import { engineFromEnv } from "../db/engine";
import { getPortalBySlug } from "../db/queries/portals";
import { seedDemoPortals } from "../db/seed-portals";
import { seedDemoAdmin } from "../db/seed-staff";
import type { NewDsrRequest } from "../db/schema";
import { deadlinePolicy } from "../lib/requests/deadline";
import { sweepDeadlineReminders } from "../lib/scheduler/deadline-reminders";
import { startPgCluster, type PgCluster } from "../test/pg-cluster";

const TOTAL = Number(process.env.BENCH_REQUESTS ?? 1_000_000);
const DUE_SHARE = 0.01;
const DAY = 86_400_000;

/** Seeds, selects and sweeps on `db`, printing the figures under `label`. */
async function bench(db: Db, label: string) {
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
  console.log(`${label}: requests: ${TOTAL.toLocaleString("en")} (seeded in ${ms(seedMs)}), due: ${due.length.toLocaleString("en")}`);
  console.log(`${label}: plain indexed SELECT of the due rows: ${due.length.toLocaleString("en")} rows in ${ms(selected)}`);
  console.log(`${label}: sweep: ${claimed.toLocaleString("en")} requests claimed, ${emails.toLocaleString("en")} reminders queued in ${ms(swept)} (${Math.round(claimed / (swept / 1000)).toLocaleString("en")} requests/s)`);
  console.log(`${label}: ratio sweep / SELECT: ${(swept / selected).toFixed(1)}×`);
}

/** A child's run: on the engine its environment names (DATABASE_URL set: that PostgreSQL database). */
async function child() {
  if (engineFromEnv() === "postgres") {
    const db = getDb();
    try {
      await bench(db, "postgres");
    } finally {
      await closeDb(db);
    }
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "rightsdesk-bench-"));
  try {
    const db = openDb(join(dir, "bench.db"));
    try {
      await bench(db, "sqlite");
    } finally {
      await closeDb(db);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** This script again, in a child process with `env`; resolves with its exit code. */
function runChild(env: Record<string, string>): Promise<number> {
  const script = process.argv[1]!;
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", script, "--child"], { env: { ...process.env, ...env }, stdio: "inherit" });
    proc.on("error", reject);
    proc.on("exit", (code) => resolve(code ?? 1));
  });
}

async function admin<T>(serverUrl: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** The server to bench PostgreSQL on, or why there is none. */
async function postgresServer(flag: string | undefined): Promise<{ url: string; cluster?: PgCluster } | { skipped: string }> {
  const given = flag ?? (process.env.DATABASE_URL || undefined) ?? (process.env.RIGHTSDESK_BENCH_PG_URL || undefined);
  if (given) return { url: given };
  try {
    const cluster = await startPgCluster();
    return { url: cluster.adminUrl, cluster };
  } catch (e) {
    return { skipped: `no PostgreSQL (set RIGHTSDESK_BENCH_PG_URL or pass --postgres <url>; starting a local cluster failed: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]})` };
  }
}

async function main() {
  const { values } = parseArgs({ options: { child: { type: "boolean" }, postgres: { type: "string" } }, strict: true });
  if (values.child) return child();

  let failed = (await runChild({ DATABASE_URL: "" })) !== 0;

  const server = await postgresServer(values.postgres);
  if ("skipped" in server) {
    console.log(`postgres: skipped, ${server.skipped}`);
  } else {
    const name = `rightsdesk_bench_${process.pid}_${Date.now()}`;
    const url = new URL(server.url);
    url.pathname = `/${name}`;
    try {
      await admin(server.url, (c) => c.query(`CREATE DATABASE "${name}"`));
      try {
        // The child migrates the fresh database itself (bench() runs migrateDb).
        failed = (await runChild({ DATABASE_URL: url.toString() })) !== 0 || failed;
      } finally {
        await admin(server.url, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
      }
    } finally {
      server.cluster?.stop();
    }
  }
  if (failed) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
