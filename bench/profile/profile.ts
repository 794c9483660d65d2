/**
 * Throwaway profiler for issue 12 item 2 (not part of `npm run bench`):
 *   DATABASE_PATH=/tmp/p.db  tsx --conditions=react-server bench/profile/profile.ts [N]
 *   DATABASE_URL=postgres://… tsx --conditions=react-server bench/profile/profile.ts [N]
 * Seeds N (default 100,000) requests in bench/seed.ts's shape, then for the
 * queue, the dashboard, a 1,000-due reminder sweep and 500 in-process intakes:
 * every SQL statement with its time (driver-level probes on better-sqlite3's
 * Statement and pg's Client.query), EXPLAIN QUERY PLAN / EXPLAIN ANALYZE of the
 * read queries, and the JS-side parts (render, parse, hashing) by wrapping them.
 * Queue and dashboard run twice: without planner statistics (as `npm run bench`
 * and the app leave a database: nothing runs ANALYZE) and after ANALYZE.
 * bench/profile/pg.ts runs it on a throwaway PostgreSQL cluster; CPUPROF=<dir>
 * also writes V8 CPU profiles of the sweep and intake phases
 * (bench/profile/summarize-cpuprofile.py sums them by package and function).
 * Findings: BENCH-STATUS.md, "Where the time goes (profiled)".
 */
import Database from "better-sqlite3";
import { performance } from "node:perf_hooks";
import pg from "pg";
import { closeDb, databasePath, getDb, withTransaction } from "../../db/client";
import { getPortalBySlug } from "../../db/queries/portals";
import { requests } from "../../db/schema";
import { getDashboardStats } from "../../db/views/dashboard";
import { listQueue, type QueueFilters } from "../../db/views/queue";
import { deadlineReminderEmail, verificationEmail } from "../../emails";
import { parseSubmission } from "../../lib/requests/parse";
import { receiveSubmission } from "../../lib/requests/receive";
import { submitRequest } from "../../lib/requests/submit";
import { hit } from "../../lib/rate-limit";
import { sweepDeadlineReminders } from "../../lib/scheduler/deadline-reminders";
import { benchClock, seedBenchDb } from "../seed";
import { eq, sql } from "drizzle-orm";
import { Session } from "node:inspector";
import { writeFileSync } from "node:fs";

/** With CPUPROF=<dir>, a V8 CPU profile of one phase only, written to <dir>/<name>.cpuprofile. */
const inspector = process.env.CPUPROF ? new Session() : undefined;
inspector?.connect();
const post = (method: string, params?: object) => new Promise<{ profile: object }>((res, rej) => inspector!.post(method, params ?? {}, (e, r) => (e ? rej(e) : res(r as { profile: object }))));
async function profiled<T>(name: string, fn: () => Promise<T>): Promise<T> {
  if (!inspector) return fn();
  await post("Profiler.enable");
  await post("Profiler.setSamplingInterval", { interval: 100 });
  await post("Profiler.start");
  try {
    return await fn();
  } finally {
    const { profile } = await post("Profiler.stop");
    writeFileSync(`${process.env.CPUPROF}/${name}.cpuprofile`, JSON.stringify(profile));
  }
}

const N = Number(process.argv[2] ?? 100_000);
const PG = !!process.env.DATABASE_URL;

// ---- statement recorder -------------------------------------------------------
type Stmt = { sql: string; params: unknown[]; ms: number };
let log: Stmt[] | null = null;
function record(sqlText: string, params: unknown[], ms: number) {
  log?.push({ sql: sqlText, params, ms });
}
if (!PG) {
  const probe = new Database(":memory:");
  const Statement = Object.getPrototypeOf(probe.prepare("select 1"));
  for (const m of ["all", "get", "run", "iterate"] as const) {
    const orig = Statement[m];
    Statement[m] = function (this: { source: string }, ...args: unknown[]) {
      const t = performance.now();
      const r = orig.apply(this, args);
      record(this.source, args, performance.now() - t);
      return r;
    };
  }
  probe.close();
  const exec = Database.prototype.exec;
  Database.prototype.exec = function (this: Database.Database, source: string) {
    const t = performance.now();
    const r = exec.call(this, source);
    record(source, [], performance.now() - t);
    return r;
  };
} else {
  const orig = pg.Client.prototype.query as (...a: unknown[]) => unknown;
  (pg.Client.prototype as { query: unknown }).query = function (this: unknown, ...args: unknown[]) {
    const cfg = args[0] as string | { text: string; values?: unknown[] };
    const text = typeof cfg === "string" ? cfg : cfg?.text;
    const values = (typeof cfg === "object" && cfg?.values) || (Array.isArray(args[1]) ? args[1] : []);
    const t = performance.now();
    const last = args.at(-1);
    if (typeof last === "function") {
      args[args.length - 1] = (...cb: unknown[]) => {
        record(text, values as unknown[], performance.now() - t);
        return (last as (...a: unknown[]) => unknown)(...cb);
      };
      return orig.apply(this, args);
    }
    const r = orig.apply(this, args) as Promise<unknown> | undefined;
    if (r && typeof (r as Promise<unknown>).then === "function") (r as Promise<unknown>).then(() => record(text, values as unknown[], performance.now() - t), () => {});
    return r;
  };
}
async function capture<T>(fn: () => Promise<T>): Promise<{ value: T; stmts: Stmt[]; ms: number }> {
  log = [];
  const t = performance.now();
  const value = await fn();
  const ms = performance.now() - t;
  const stmts = log;
  log = null;
  return { value, stmts, ms };
}

/** Buckets statements by a short label (first words of the SQL). */
function label(s: string): string {
  const x = s.replace(/\s+/g, " ").trim().toLowerCase();
  if (/^(begin|commit|rollback|savepoint|release)/.test(x)) return x.split(" ")[0]!;
  if (x.startsWith("select pg_advisory_xact_lock")) return "advisory lock (audit chain)";
  const m = /^(select|insert into|update|delete from)\s.*?(?:from )?"?([a-z_]+)"?/.exec(x);
  if (x.startsWith("select")) {
    const from = /from "?([a-z_]+)"?/.exec(x)?.[1] ?? "?";
    return `select ${from}`;
  }
  return m ? `${m[1]} ${/(?:into|update|from) "?([a-z_]+)"?/.exec(x)?.[1]}` : x.slice(0, 40);
}
function buckets(stmts: Stmt[]): Map<string, { n: number; ms: number }> {
  const b = new Map<string, { n: number; ms: number }>();
  for (const s of stmts) {
    const k = label(s.sql);
    const e = b.get(k) ?? { n: 0, ms: 0 };
    e.n++;
    e.ms += s.ms;
    b.set(k, e);
  }
  return b;
}
function printBuckets(title: string, stmts: Stmt[], per: number) {
  console.log(`  ${title}: ${stmts.length} statements, ${stmts.reduce((a, s) => a + s.ms, 0).toFixed(1)} ms in the driver`);
  for (const [k, v] of [...buckets(stmts)].sort((a, b) => b[1].ms - a[1].ms)) console.log(`    ${k.padEnd(34)} n=${String(v.n).padStart(6)}  total ${v.ms.toFixed(1).padStart(8)} ms  per item ${(v.ms / per).toFixed(3)} ms`);
}
const median = (xs: number[]) => xs.toSorted((a, b) => a - b)[xs.length >> 1]!;

// ---- EXPLAIN --------------------------------------------------------------------
let sqliteRaw: Database.Database | undefined;
let pgRaw: pg.Client | undefined;
async function explain(s: Stmt): Promise<string> {
  if (!PG) {
    sqliteRaw ??= new Database(databasePath(getDb()), { readonly: true });
    const rows = sqliteRaw.prepare(`explain query plan ${s.sql}`).all(...(s.params as never[])) as { detail: string }[];
    return rows.map((r) => `      ${r.detail}`).join("\n");
  }
  if (!pgRaw) {
    pgRaw = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await pgRaw.connect();
  }
  const r = await pgRaw.query(`explain (analyze, buffers) ${s.sql}`, s.params as unknown[]);
  return r.rows.map((x: Record<string, string>) => `      ${x["QUERY PLAN"]}`).join("\n");
}

async function main() {
  const db = getDb();
  console.log(`# engine ${PG ? "postgres" : "sqlite"}, ${N.toLocaleString("en")} requests`);
  const t = performance.now();
  const portalIds = await seedBenchDb(db, N);
  console.log(`seeded in ${((performance.now() - t) / 1000).toFixed(1)} s`);
  const deepen = (await getPortalBySlug(db, { slug: "deepen" }))!;
  const { now } = benchClock();

  for (const analyzed of [false, true]) {
    if (analyzed) {
      sqliteRaw?.close();
      sqliteRaw = undefined;
  if (PG) {
        const { rawRun } = await import("../../db/client");
        await withTransaction(db, (tx) => rawRun(tx, sql`analyze`)).catch(() => {});
      } else {
        await withTransaction(db, (tx) => tx.run(sql`analyze`));
      }
    }
    console.log(`\n# statistics: ${analyzed ? "after ANALYZE" : "none (as npm run bench leaves the database)"}`);
  // ---- 1. queue ----
  const base = { portalIds, userId: "nobody", now };
  const pages: [string, QueueFilters][] = [
    ["/staff (unfiltered)", base],
    ["/staff?portal=deepen&overdue=1", { ...base, portalId: deepen.id, overdue: true }],
    ["/staff?q=r5@example.test", { ...base, search: "r5@example.test" }],
    ["/staff?assignee=unassigned", { ...base, assignee: "unassigned" }],
    ["/staff?within=7", { ...base, dueWithinDays: 7 }],
  ];
  console.log("\n## queue (listQueue, limit 51)");
  for (const [name, f] of pages) {
    const times: number[] = [];
    let stmts: Stmt[] = [];
    for (let i = 0; i < 6; i++) {
      const c = await capture(() => listQueue(db, f, { limit: 50 }));
      if (i > 0) times.push(c.ms);
      stmts = c.stmts;
    }
    console.log(`- ${name}: median ${median(times).toFixed(1)} ms (driver ${stmts.map((s) => s.ms.toFixed(1)).join("+")} ms)`);
    console.log(`    SQL: ${stmts[0]!.sql.slice(0, 400)}…`);
    console.log(await explain(stmts[0]!));
  }

  // ---- 2. dashboard ----
  console.log("\n## dashboard (getDashboardStats)");
  const times: number[] = [];
  let dstmts: Stmt[] = [];
  for (let i = 0; i < 6; i++) {
    const c = await capture(() => getDashboardStats(db, { portalIds, now }));
    if (i > 0) times.push(c.ms);
    dstmts = c.stmts;
  }
  console.log(`- getDashboardStats: median ${median(times).toFixed(1)} ms`);
  for (const s of dstmts) {
    console.log(`  - ${s.ms.toFixed(1)} ms: ${s.sql.slice(0, 300)}…`);
    console.log(await explain(s));
  }
  // Single-portal view too (a member of one portal).
  {
    const ts: number[] = [];
    for (let i = 0; i < 4; i++) ts.push((await capture(() => getDashboardStats(db, { portalIds: [deepen.id], now }))).ms);
    console.log(`- getDashboardStats for one portal (deepen): median ${median(ts).toFixed(1)} ms`);
  }

  }
  // ---- 3. sweep ----
  console.log("\n## reminder sweep (sweepDeadlineReminders until none left)");
  const renders: number[] = [];
  const origRender = deadlineReminderEmail.render;
  (deadlineReminderEmail as { render: typeof origRender }).render = (p, l) => {
    const t0 = performance.now();
    const r = origRender(p, l);
    renders.push(performance.now() - t0);
    return r;
  };
  const sw = await profiled("sweep", () => capture(async () => {
    let claimed = 0;
    let emails = 0;
    for (;;) {
      const r = await sweepDeadlineReminders(db, { now, appUrl: "http://localhost:3000" });
      claimed += r.claimed;
      emails += r.emails;
      if (r.claimed === 0) break;
    }
    return { claimed, emails };
  }));
  const claimed = sw.value.claimed;
  const driverMs = sw.stmts.reduce((a, s) => a + s.ms, 0);
  const renderMs = renders.reduce((a, b) => a + b, 0);
  console.log(`- ${claimed} claimed, ${sw.value.emails} emails, ${sw.ms.toFixed(0)} ms total = ${(sw.ms / claimed).toFixed(3)} ms per claimed request`);
  console.log(`  render: ${renders.length} renders, ${renderMs.toFixed(1)} ms (${(renderMs / claimed).toFixed(3)} ms per request)`);
  console.log(`  rest (drizzle build/map, planReminders, awaits, lock queue): ${(sw.ms - driverMs - renderMs).toFixed(1)} ms (${((sw.ms - driverMs - renderMs) / claimed).toFixed(3)} ms per request)`);
  printBuckets("statements", sw.stmts, claimed);
  const selDue = sw.stmts.find((s) => /next_reminder_at" <=/.test(s.sql) && /limit/.test(s.sql));
  if (selDue) {
    console.log("  EXPLAIN the due-list query:");
    console.log(await explain(selDue));
  }
  const members = sw.stmts.find((s) => /memberships/.test(s.sql));
  if (members) {
    console.log(`  members query: ${members.sql.slice(0, 300)}`);
    console.log(await explain(members));
  }

  // ---- 4. intake ----
  console.log("\n## intake (receiveSubmission, 500 in-process, kick = no-op)");
  const config = { APP_URL: "http://localhost:3000", AUTH_SECRET: "x".repeat(40), FORM_MIN_FILL_MS: 0, RATE_LIMIT_PER_HOUR: 1e9 };
  const vr: number[] = [];
  const origV = verificationEmail.render;
  (verificationEmail as { render: typeof origV }).render = (p, l) => {
    const t0 = performance.now();
    const r = origV(p, l);
    vr.push(performance.now() - t0);
    return r;
  };
  const K = 500;
  const body = (i: number) => ({ type: "deletion", email: `prof-${i}@example.test`, name: "Bench" });
  for (let i = 0; i < 20; i++) await receiveSubmission(db, { channel: "api", portal: deepen, body: body(-1 - i), client: "127.0.0.1", acceptLanguage: null }, { config, kick: () => {} }); // warm-up
  vr.length = 0;
  const whole = await profiled("intake", () => capture(async () => {
    for (let i = 0; i < K; i++) await receiveSubmission(db, { channel: "api", portal: deepen, body: body(i), client: "127.0.0.1", acceptLanguage: null }, { config, kick: () => {} });
  }));
  const wDriver = whole.stmts.reduce((a, s) => a + s.ms, 0);
  const vrMs = vr.reduce((a, b) => a + b, 0);
  console.log(`- receiveSubmission: ${(whole.ms / K).toFixed(3)} ms per request (${K} sequential); driver ${(wDriver / K).toFixed(3)} ms, verification render ${(vrMs / K).toFixed(3)} ms, rest ${((whole.ms - wDriver - vrMs) / K).toFixed(3)} ms`);
  printBuckets("statements", whole.stmts, K);
  // The parts on their own.
  const part = async (name: string, fn: (i: number) => unknown) => {
    const t0 = performance.now();
    for (let i = 0; i < K; i++) await fn(i);
    console.log(`  part ${name.padEnd(46)} ${((performance.now() - t0) / K).toFixed(3)} ms`);
  };
  const n2 = new Date();
  await part("parseSubmission (zod validation)", (i) => parseSubmission(deepen, body(i), { form: false, acceptLanguage: null }));
  await part("hit() submit:api:<client> (own transaction)", () => hit(db, "submit:api:127.0.0.1", { limit: 1e9, windowMs: 3_600_000 }, n2));
  await part("hit() submit-email:<portal>:<email> (own tx)", (i) => hit(db, `submit-email:${deepen.id}:p2-${i}@example.test`, { limit: 5, windowMs: 3_600_000 }, n2));
  const parsed = parseSubmission(deepen, body(0), { form: false, acceptLanguage: null });
  if (!parsed.ok) throw new Error("parse");
  vr.length = 0;
  const sub = await capture(() => part("submitRequest (one tx)", (i) => submitRequest(db, { portal: deepen, input: { ...parsed.data, email: `p3-${i}@example.test` }, channel: "api", now: n2, appUrl: config.APP_URL })));
  printBuckets("submitRequest statements", sub.stmts, K);
  console.log(`  verification render inside submitRequest: ${(vr.reduce((a, b) => a + b, 0) / K).toFixed(3)} ms`);
  const { newToken } = await import("../../lib/verification");
  await part("newToken (randomBytes + sha256)", () => newToken());
  await part("getPortalBySlug (requesterContext, per HTTP request)", () => getPortalBySlug(db, { slug: "deepen" }));
  await part("empty withTransaction", () => withTransaction(db, async () => {}));
  const lastHead = sub.stmts.find((s) => /request_events/.test(s.sql) && /^select/i.test(s.sql.trim()));
  if (lastHead) {
    console.log(`  audit chain head query: ${lastHead.sql.slice(0, 200)}`);
    console.log(await explain(lastHead));
  }
  const ref = sub.stmts.find((s) => /"reference" =/.test(s.sql));
  if (ref) console.log(await explain(ref));
  const n = (await db.select({ n: sql<number>`count(*)` }).from(requests).where(eq(requests.portalId, deepen.id)))[0]?.n;
  console.log(`  (deepen now holds ${n} requests)`);

  await pgRaw?.end();
  sqliteRaw?.close();
  await closeDb(db);
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
