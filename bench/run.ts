/**
 * `npm run bench [-- --quick] [-- --postgres <url>]`: one table of ratios,
 * each measured side by side in one run (bench/table.ts prints it), on
 * embedded SQLite always and on PostgreSQL when a server can be had.
 *
 * Per engine: a database of 1,000 requests and one of N (1,000,000; 100,000
 * with --quick; BENCH_REQUESTS overrides), each seeded by a child process
 * (db/schema.ts picks the dialect per process, so all database work happens in
 * children whose environment names the engine; this parent never opens one).
 * A production server (bench/server.ts) on each, both up at once for the queue
 * pages (bench/queue.ts); then intake against /api/health/live on the small
 * one alone (bench/intake.ts), and the reminder sweep on the large one
 * (bench/sweep.ts).
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
import { intakeRow, startSmtpSink, type Sink } from "./intake";
import { queueRows, queueTimings, type Side } from "./queue";
import { buildIfStale, startServer } from "./server";
import { signIn } from "./session";
import { parseEmitted, printTable, type Row } from "./table";

const SMALL = 1_000;

/** The child's side: seed (and return the admin's sign-in), or sweep. */
async function child(kind: string, total: number, engine: Row["engine"]) {
  const { closeDb, getDb } = await import("../db/client");
  const { emit } = await import("./table");
  const db = getDb();
  try {
    if (kind === "seed") {
      const { seedBenchDb } = await import("./seed");
      const started = performance.now();
      const { email, password } = await seedBenchDb(db, total);
      console.log(`${engine}: seeded ${total.toLocaleString("en")} requests in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      emit({ email, password });
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

interface Engine {
  engine: Row["engine"];
  /** The environment of a fresh database for `size` requests. */
  database(size: number): Promise<Record<string, string>>;
}

interface Seeded {
  env: Record<string, string>;
  admin: { email: string; password: string };
}

/** Both sizes' databases, seeded side by side: nothing is measured while seeding runs. */
async function seedEngine({ engine, database }: Engine, n: number): Promise<Record<number, Seeded>> {
  const seeded = await Promise.all(
    [SMALL, n].map(async (size) => {
      const env = await database(size);
      return [size, { env, admin: await runChild<Seeded["admin"]>("seed", size, engine, env) }] as const;
    }),
  );
  return Object.fromEntries(seeded);
}

/** Every measure on one engine: the queue pages on both servers side by side, then intake and the sweep alone. */
/** How long intake runs, and how many page pairs the queue takes: --quick keeps the whole bench under a minute. */
interface Effort {
  seconds: number;
  pairs: number;
  warmups: number;
}

async function benchEngine(engine: Row["engine"], seeded: Record<number, Seeded>, n: number, effort: Effort, sink: Sink, rows: Row[]) {
  const sides: Side[] = [];
  try {
    for (const size of [n, SMALL]) {
      const server = await startServer(seeded[size]!.env, sink.port);
      sides.push({ server, cookie: await signIn(server, seeded[size]!.admin.email, seeded[size]!.admin.password) });
    }
    const [large, small] = sides as [Side, Side];
    const measured = await queueTimings(large, small, effort.pairs, effort.warmups);
    await large.server.stop();
    rows.push(await intakeRow(small.server, engine, effort.seconds, sink));
    rows.push(...queueRows(engine, n, measured.large, measured.small));
  } finally {
    for (const { server } of sides) await server.stop();
  }
  rows.push(await runChild<Row>("sweep", n, engine, seeded[n]!.env));
}

async function main() {
  const { values } = parseArgs({ options: { child: { type: "string" }, requests: { type: "string" }, engine: { type: "string" }, postgres: { type: "string" }, quick: { type: "boolean" } }, strict: true });
  if (values.child) return child(values.child, Number(values.requests), values.engine as Row["engine"]);

  const n = Number(process.env.BENCH_REQUESTS ?? (values.quick ? 100_000 : 1_000_000));
  const effort: Effort = values.quick ? { seconds: 3, pairs: 7, warmups: 3 } : { seconds: 15, pairs: 15, warmups: 5 };
  buildIfStale();
  const sink = await startSmtpSink();
  const rows: Row[] = [];
  const notes: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), "rightsdesk-bench-"));
  const pg = await postgresServer(values.postgres);
  const created: string[] = [];
  const engines: Engine[] = [{ engine: "sqlite", database: async (size) => ({ DATABASE_PATH: join(dir, `bench-${size}.db`) }) }];
  if ("skipped" in pg) notes.push(pg.skipped);
  else {
    engines.push({
      engine: "postgres",
      async database(size) {
        const name = `rightsdesk_bench_${size}_${process.pid}`;
        await admin(pg.url, `CREATE DATABASE "${name}"`);
        created.push(name);
        const url = new URL(pg.url);
        url.pathname = `/${name}`;
        return { DATABASE_URL: url.toString() };
      },
    });
  }
  try {
    const seeded = await Promise.allSettled(engines.map((engine) => seedEngine(engine, n)));
    for (const [i, { engine }] of engines.entries()) {
      const outcome = seeded[i]!;
      try {
        if (outcome.status === "rejected") throw outcome.reason;
        await benchEngine(engine, outcome.value, n, effort, sink, rows);
      } catch (e) {
        notes.push(`${engine} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
  } finally {
    if (!("skipped" in pg)) {
      for (const name of created) await admin(pg.url, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).catch(() => {});
      pg.cluster?.stop();
    }
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
