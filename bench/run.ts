/**
 * `npm run bench [-- --quick] [-- --postgres <url>]`: one table of ratios,
 * each measured side by side in one run (bench/table.ts prints it), on
 * embedded SQLite always and on PostgreSQL when a server can be had.
 *
 * Per engine: a database of 1,000 requests and one of N (1,000,000; 100,000
 * with --quick; BENCH_REQUESTS overrides), each seeded by a child process
 * (db/schema.ts picks the dialect per process, so all database work happens in
 * children whose environment names the engine; this parent never opens one).
 * A production server (bench/server.ts) on each: the queue pages at both sizes
 * (bench/queue.ts), intake against /api/health on the small one
 * (bench/intake.ts), then the reminder sweep on the large one (bench/sweep.ts).
 *
 * PostgreSQL is, first found: --postgres <url>, RIGHTSDESK_BENCH_PG_URL, or a
 * throwaway cluster from test/pg-cluster.ts; fresh databases are created on it
 * and dropped afterwards. Without one, the table has SQLite's rows and a note.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { Client } from "pg";
import { startPgCluster, type PgCluster } from "../test/pg-cluster";
import { intakeRow, startSmtpSink } from "./intake";
import { queueRows, queueTimings, type Timings } from "./queue";
import { AUTH_SECRET, buildOnce, startServer } from "./server";
import { median, parseEmitted, printTable, type Row } from "./table";

const SMALL = 1_000;

/** The child's side: seed (then mint a session and time the dashboard figures), or sweep. */
async function child(kind: string, total: number, engine: Row["engine"]) {
  const { closeDb, getDb } = await import("../db/client");
  const { emit } = await import("./table");
  const db = getDb();
  try {
    if (kind === "seed") {
      const { seedBenchDb } = await import("./seed");
      const { staffCookie } = await import("./session");
      const { dashboardStats } = await import("../lib/reports/dashboard");
      const started = performance.now();
      const portalIds = await seedBenchDb(db, total);
      console.log(`${engine}: seeded ${total.toLocaleString("en")} requests in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      const times: number[] = [];
      for (let i = 0; i < 6; i++) {
        const start = performance.now();
        await dashboardStats({ portalIds, now: new Date() }, db);
        if (i > 0) times.push(performance.now() - start);
      }
      emit({ cookie: await staffCookie(db, AUTH_SECRET), dashboard: median(times) });
    } else {
      const { sweepRow } = await import("./sweep");
      emit(await sweepRow(db, engine, total));
    }
  } finally {
    await closeDb(db);
  }
}

/** This script as a child with the database `env`; resolves with the one value it emitted. */
function runChild<T>(kind: string, total: number, engine: Row["engine"], env: Record<string, string>): Promise<T> {
  return new Promise((resolve, reject) => {
    const args = ["--conditions=react-server", "--import", "tsx", process.argv[1]!, "--child", kind, "--requests", String(total), "--engine", engine];
    const proc = spawn(process.execPath, args, { env: { ...process.env, DATABASE_URL: "", ...env }, stdio: ["ignore", "pipe", "inherit"] });
    let value: unknown;
    createInterface({ input: proc.stdout! }).on("line", (line) => {
      const emitted = parseEmitted(line);
      if (emitted === undefined) console.error(line);
      else value = emitted;
    });
    proc.on("error", reject);
    proc.on("exit", (code) => (code === 0 && value !== undefined ? resolve(value as T) : reject(new Error(`bench child ${kind} (${engine}) exited with ${code}`))));
  });
}

async function admin(serverUrl: string, sql: string): Promise<void> {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

async function postgresServer(flag: string | undefined): Promise<{ url: string; cluster?: PgCluster } | { skipped: string }> {
  const given = flag ?? (process.env.RIGHTSDESK_BENCH_PG_URL || undefined);
  if (given) return { url: given };
  try {
    const cluster = await startPgCluster();
    return { url: cluster.adminUrl, cluster };
  } catch (e) {
    return { skipped: `postgres skipped: no server (set RIGHTSDESK_BENCH_PG_URL or pass --postgres <url>; starting a local cluster failed: ${(e instanceof Error ? e.message : String(e)).split("\n")[0]})` };
  }
}

/** Every measure on one engine; `database(n)` gives the environment of a fresh database for n requests. */
async function benchEngine(engine: Row["engine"], n: number, seconds: number, smtpPort: number, sink: Parameters<typeof intakeRow>[3], database: (size: number) => Promise<Record<string, string>>, rows: Row[]) {
  const measured: Record<number, Timings> = {};
  const envs: Record<number, Record<string, string>> = {};
  for (const size of [SMALL, n]) {
    envs[size] = await database(size);
    const seeded = await runChild<{ cookie: string; dashboard: number }>("seed", size, engine, envs[size]);
    const server = await startServer(envs[size], smtpPort);
    try {
      measured[size] = { ...(await queueTimings(server, seeded.cookie)), dashboard: seeded.dashboard };
      if (size === SMALL) rows.push(await intakeRow(server, engine, seconds, sink));
    } finally {
      await server.stop();
    }
  }
  rows.push(...queueRows(engine, n, measured[n]!, measured[SMALL]!));
  rows.push(await runChild<Row>("sweep", n, engine, envs[n]!));
}

async function main() {
  const { values } = parseArgs({ options: { child: { type: "string" }, requests: { type: "string" }, engine: { type: "string" }, postgres: { type: "string" }, quick: { type: "boolean" } }, strict: true });
  if (values.child) return child(values.child, Number(values.requests), values.engine as Row["engine"]);

  const n = Number(process.env.BENCH_REQUESTS ?? (values.quick ? 100_000 : 1_000_000));
  const seconds = values.quick ? 5 : 15;
  buildOnce();
  const sink = await startSmtpSink();
  const rows: Row[] = [];
  const notes: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), "rightsdesk-bench-"));
  try {
    try {
      await benchEngine("sqlite", n, seconds, sink.port, sink, async (size) => ({ DATABASE_PATH: join(dir, `bench-${size}.db`) }), rows);
    } catch (e) {
      notes.push(`sqlite failed: ${e instanceof Error ? e.message : String(e)}`);
    }
    const server = await postgresServer(values.postgres);
    if ("skipped" in server) notes.push(server.skipped);
    else {
      const names: string[] = [];
      try {
        await benchEngine("postgres", n, seconds, sink.port, sink, async (size) => {
          const name = `rightsdesk_bench_${size}_${process.pid}`;
          await admin(server.url, `CREATE DATABASE "${name}"`);
          names.push(name);
          const url = new URL(server.url);
          url.pathname = `/${name}`;
          return { DATABASE_URL: url.toString() };
        }, rows);
      } catch (e) {
        notes.push(`postgres failed: ${e instanceof Error ? e.message : String(e)}`);
      } finally {
        for (const name of names) await admin(server.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
        server.cluster?.stop();
      }
    }
  } finally {
    await sink.close();
    rmSync(dir, { recursive: true, force: true });
  }
  printTable(rows, notes);
  if (notes.some((note) => note.includes("failed"))) process.exitCode = 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
