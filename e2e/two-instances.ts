import { spawn, type ChildProcess } from "node:child_process";
import { request as httpRequest } from "node:http";
import { createServer } from "node:net";
import { join } from "node:path";
import { Pool } from "pg";
import { startPgCluster, type PgCluster } from "../test/pg-cluster";

/**
 * Two production servers (`next start` on the `.next` that playwright.config.ts's webServer
 * built) on one throwaway PostgreSQL database, each with its own in-process scheduler and
 * mail worker, as two instances behind a load balancer run (issue 11, item 5). The test
 * reads and arranges the shared database in raw SQL through `pg`: the app's query
 * functions would bind the SQLite tables here, since this worker's process has no
 * DATABASE_URL (db/schema.ts chooses the dialect at import).
 */

/** The per-client allowance both instances are started with, small enough to reach in a test. */
export const RATE_LIMIT_PER_HOUR = 6;

/** The Auth.js session cookie over plain http. */
export const SESSION_COOKIE = "authjs.session-token";

export interface Instance {
  name: "A" | "B";
  port: number;
  /** Browser-facing origin (localhost, never 127.0.0.1: STACK.md pitfall 2); also the instance's APP_URL. */
  origin: string;
  /** What the instance signs its mail with: tells which instance sent a message. */
  mailFrom: string;
  child: ChildProcess;
  /** The last of the server's stdout and stderr, for failure messages. */
  output(): string;
  /** Resolves when the server process has exited. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** Signals the server's whole process group (`next start` and anything it forks). */
  signal(signal: NodeJS.Signals): void;
}

export interface TwoInstances {
  a: Instance;
  b: Instance;
  /** The shared database, for the test's own reads and arrangements. */
  sql: Pool;
  databaseUrl: string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

const AUTH_SECRET = "two-instances-secret-two-instances-secret";

function serverEnv(databaseUrl: string, origin: string, mailFrom: string, smtpPort: number): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // The runner's react-server condition is not for Next, which sets its own.
    NODE_OPTIONS: "",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: databaseUrl,
    // One secret for both: a session signed by one instance must open on the other.
    AUTH_SECRET,
    APP_URL: origin,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM: mailFrom,
    FORM_MIN_FILL_MS: "0",
    RATE_LIMIT_PER_HOUR: String(RATE_LIMIT_PER_HOUR),
    SIGN_IN_PASSWORDS_PER_CLIENT: "1000",
    SIGN_IN_LINKS_PER_CLIENT: "1000",
  };
  delete env.DATABASE_PATH;
  return env;
}

function startServer(name: "A" | "B", port: number, env: NodeJS.ProcessEnv, origin: string, mailFrom: string): Instance {
  // Node runs Next's own bin directly (no npx in between), in a process group of its own, so
  // that a signal reaches the server itself and teardown leaves nothing behind.
  const child = spawn(process.execPath, [join(process.cwd(), "node_modules", "next", "dist", "bin", "next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
    cwd: process.cwd(),
    env,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString("utf8")).slice(-20_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  // Detached, the group would outlive a worker that dies without its teardown.
  const orphaned = () => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {
      // Gone already.
    }
  };
  process.on("exit", orphaned);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once("exit", (code, signal) => {
      process.off("exit", orphaned);
      resolve({ code, signal });
    }),
  );
  return {
    name,
    port,
    origin,
    mailFrom,
    child,
    output: () => output,
    exited,
    signal(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, signal);
      } catch {
        // The group is gone already.
      }
    },
  };
}

async function waitForHealth(instance: Instance, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (instance.child.exitCode !== null || instance.child.signalCode !== null) {
      throw new Error(`instance ${instance.name} exited before it was healthy:\n${instance.output()}`);
    }
    const status = await fetch(`http://127.0.0.1:${instance.port}/api/health`).then(
      (r) => r.status,
      () => 0,
    );
    if (status === 200) return;
    if (Date.now() > deadline) throw new Error(`instance ${instance.name} not healthy within ${timeoutMs} ms (last status ${status}):\n${instance.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

async function stopServer(instance: Instance): Promise<void> {
  if (instance.child.exitCode !== null || instance.child.signalCode !== null) return;
  // A stopped (SIGSTOP) server handles nothing until it is continued.
  instance.signal("SIGCONT");
  instance.signal("SIGTERM");
  const timer = setTimeout(() => instance.signal("SIGKILL"), 5_000);
  await instance.exited;
  clearTimeout(timer);
}

/** `npm run db:seed` (migrations, demo portals, demo admin), as on a fresh clone; not spawnSync: the worker's SMTP listener keeps answering meanwhile. */
function seedDatabase(env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npm", ["run", "-s", "db:seed"], { cwd: process.cwd(), env, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`npm run db:seed failed (${code}):\n${output}`))));
  });
}

/**
 * A throwaway cluster, a database migrated and seeded by `npm run db:seed` (as a fresh clone
 * would be), and two servers on it sending to the tests' SMTP listener on `smtpPort`.
 * `use` runs while they serve; everything is stopped and removed afterwards.
 */
export async function withTwoInstances(smtpPort: number, use: (instances: TwoInstances) => Promise<void>): Promise<void> {
  let cluster: PgCluster | undefined;
  let sql: Pool | undefined;
  const servers: Instance[] = [];
  try {
    cluster = await startPgCluster();
    const admin = new Pool({ connectionString: cluster.adminUrl, max: 1 });
    await admin.query("create database rightsdesk_two_instances");
    await admin.end();
    const databaseUrl = cluster.adminUrl.replace(/\/postgres$/, "/rightsdesk_two_instances");

    const [portA, portB] = [await freePort(), await freePort()];
    const origins = { A: `http://localhost:${portA}`, B: `http://localhost:${portB}` };
    const from = { A: "Rightsdesk A <privacy-a@rightsdesk.test>", B: "Rightsdesk B <privacy-b@rightsdesk.test>" };

    await seedDatabase(serverEnv(databaseUrl, origins.A, from.A, smtpPort));

    servers.push(startServer("A", portA, serverEnv(databaseUrl, origins.A, from.A, smtpPort), origins.A, from.A));
    servers.push(startServer("B", portB, serverEnv(databaseUrl, origins.B, from.B, smtpPort), origins.B, from.B));
    await Promise.all(servers.map((s) => waitForHealth(s)));

    sql = new Pool({ connectionString: databaseUrl, max: 4 });
    await use({ a: servers[0]!, b: servers[1]!, sql, databaseUrl });
  } finally {
    await Promise.all(servers.map(stopServer));
    await sql?.end();
    cluster?.stop();
  }
}

/** Rows of a query on the shared database. */
export async function rows<T extends Record<string, unknown>>(sql: Pool, text: string, values: unknown[] = []): Promise<T[]> {
  return (await sql.query<T>(text, values)).rows;
}

/** A JSON POST to the intake API of `instance`, from the loopback address `from` (its own client to the rate limits). */
export function postRequest(instance: Instance, from: string, slug: string, body: unknown): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const post = httpRequest(
      { host: "127.0.0.1", localAddress: from, port: instance.port, path: `/api/v1/portals/${slug}/requests`, method: "POST", headers: { "Content-Type": "application/json" } },
      (response) => {
        let text = "";
        response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode!, body: text }));
      },
    );
    post.on("error", reject);
    post.end(JSON.stringify(body));
  });
}

/** A loopback address no other test uses (all of 127.0.0.0/8 is this machine): a client of its own. */
export function loopbackClient(): string {
  const byte = () => 1 + Math.floor(Math.random() * 254);
  return `127.${byte()}.${byte()}.${byte()}`;
}

/** The "scheduler" lease (lib/scheduler/run.ts), taken as db/queries/leases.ts takes it: only if free, lapsed or ours. */
export async function takeSchedulerLease(sql: Pool, holder: string, ttlSeconds = 120): Promise<boolean> {
  const taken = await sql.query(
    `insert into leases (name, holder, expires_at) values ('scheduler', $1, now() + make_interval(secs => $2))
     on conflict (name) do update set holder = excluded.holder, expires_at = excluded.expires_at
     where leases.expires_at < now() or leases.holder = excluded.holder
     returning name`,
    [holder, ttlSeconds],
  );
  return taken.rowCount === 1;
}

export async function dropSchedulerLease(sql: Pool, holder: string): Promise<void> {
  await sql.query("delete from leases where name = 'scheduler' and holder = $1", [holder]);
}

/**
 * The IANA zone (Etc/GMT±N) where it is now between 12:00 and 13:00, and the dates of today and
 * yesterday there. Reminders go at 09:00 local time (lib/reminders/deadline-schedule.ts); a
 * request whose deadline policy names this zone has its overdue reminder due now, whatever
 * the hour the test runs, with hours to spare before the local day ends.
 */
export function middayZone(now = new Date()): { timeZone: string; today: string; yesterday: string } {
  const offset = Math.max(-12, Math.min(14, 12 - now.getUTCHours()));
  // POSIX signs: Etc/GMT-5 is five hours ahead of UTC.
  const timeZone = offset === 0 ? "Etc/GMT" : offset > 0 ? `Etc/GMT-${offset}` : `Etc/GMT+${-offset}`;
  const local = now.getTime() + offset * 3_600_000;
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return { timeZone, today: day(local), yesterday: day(local - 86_400_000) };
}

/**
 * `count` copies of the verified request `templateId` whose overdue reminder is due now
 * (deliberate tampering, in raw SQL: the app never back-dates a deadline): due yesterday in
 * `middayZone()`, unassigned, next looked at a minute ago. Each copy gets its own reference.
 * Returns the copies' ids and references.
 */
export async function cloneDueForReminder(sql: Pool, templateId: number, count: number, tag: string): Promise<{ id: number; reference: string }[]> {
  const { timeZone, yesterday } = middayZone();
  const columns = (
    await rows<{ column_name: string }>(sql, "select column_name from information_schema.columns where table_schema = 'public' and table_name = 'requests' and column_name <> 'id' order by ordinal_position")
  ).map((c) => c.column_name);
  const overrides: Record<string, string> = {
    reference: `r.reference || '-${tag}' || g`,
    email: `'clone-' || g || '-${tag}@example.test'`,
    due_date: "$3::text",
    due_at: "now() - interval '12 hours'",
    deadline_policy: "jsonb_set(r.deadline_policy, '{timeZone}', to_jsonb($4::text))",
    extension_notice_by: "null",
    extended_at: "null",
    assignee_id: "null",
    duplicate_of: "null",
    duplicate_state: "null",
    created_at: "now()",
  };
  const select = columns.map((c) => overrides[c] ?? `r.${c}`).join(", ");
  return rows<{ id: number; reference: string }>(
    sql,
    // Each copy due a reminder a minute ago (its time lives in request_reminders).
    `with copies as (insert into requests (${columns.join(", ")}) select ${select} from requests r, generate_series(1, $2::int) g where r.id = $1 order by g returning id, reference),
          due as (insert into request_reminders (request_id, next_reminder_at) select id, now() - interval '1 minute' from copies)
     select id, reference from copies order by id`,
    [templateId, count, yesterday, timeZone],
  );
}

/** Emails of the staff a reminder of `portalId`'s unassigned, overdue request goes to: its agents and admins. */
export async function reminderRecipients(sql: Pool, portalId: number): Promise<string[]> {
  const members = await rows<{ email: string }>(
    sql,
    `select u.email from memberships m join "user" u on u.id = m.user_id where m.portal_id = $1 and m.role in ('agent', 'admin') and u.email is not null order by u.email`,
    [portalId],
  );
  return members.map((m) => m.email);
}

export type ReminderRow = {
  id: number;
  request_id: number;
  to_address: string;
  subject: string;
  status: string;
  attempts: number;
  dedupe_key: string;
  tries: number;
};

/** The deadline reminders queued for `requestIds`, with how many delivery attempts each recorded. */
export function remindersOf(sql: Pool, requestIds: number[]): Promise<ReminderRow[]> {
  return rows<ReminderRow>(
    sql,
    `select o.id, o.request_id, o.to_address, o.subject, o.status, o.attempts, o.dedupe_key,
            (select count(*) from email_attempts a where a.outbox_id = o.id)::int as tries
       from email_outbox o where o.template = 'deadline-reminder' and o.request_id = any($1::int[]) order by o.id`,
    [requestIds],
  );
}
