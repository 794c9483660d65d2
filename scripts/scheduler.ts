/**
 * `npm run scheduler -- --once [--now <ISO instant>]` runs every sweep once
 * under the scheduler lease, then sends the mail that is due, prints the
 * counts and exits: for deployments that prefer cron to the in-server
 * scheduler. Without --once it does the same every minute until stopped.
 * `--now` runs at a simulated instant (tests). Exit 1 if a sweep failed,
 * 2 on a bad argument or setting.
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { getDb, type Db } from "../db/client";
import { engineFromEnv } from "../db/engine";
import { now as clockNow } from "../lib/clock";
import { env, EnvError } from "../lib/env";
import { drainOutbox } from "../lib/mail/sender";
import { transportFromEnv, type MailTransport } from "../lib/mail/transport";
import { runScheduledSweeps, schedulerHolder } from "../lib/scheduler/run";

const USAGE = "usage: npm run scheduler -- [--once [--now <ISO 8601 instant, e.g. 2026-01-19T04:00:00Z>]]";
const INTERVAL_MS = 60_000;

class UsageError extends Error {}

/**
 * Test-only: RIGHTSDESK_SWEEP_ITEM_DELAY_MS makes every sweep pause this long
 * between two items, so the crash test can SIGKILL the process mid-sweep.
 * Never set it in production.
 */
function itemDelay(): (() => Promise<void>) | undefined {
  const ms = Number(process.env.RIGHTSDESK_SWEEP_ITEM_DELAY_MS ?? 0);
  if (!(ms > 0)) return undefined;
  return () => new Promise((resolve) => setTimeout(resolve, ms));
}

/** Sweeps once and sends what is due; true if every sweep succeeded. */
async function round(db: Db, { now, holder, transport }: { now: Date; holder: string; transport: MailTransport | null }): Promise<boolean> {
  const run = await runScheduledSweeps(db, { now, appUrl: env().APP_URL, holder, afterItem: itemDelay() });
  if (run.skipped) console.log(`${now.toISOString()} skipped: another process holds the scheduler lease`);
  else for (const s of run.sweeps) console.log(`${now.toISOString()} ${s.name}: ${"error" in s ? `FAILED: ${s.error}` : JSON.stringify(s.counts)}`);
  // One drain takes a bounded batch; keep going until nothing due is left.
  const mail = { sent: 0, failed: 0, logged: 0, retried: 0, deferred: 0 };
  for (;;) {
    const r = await drainOutbox({ db, now, transport });
    for (const k of Object.keys(mail) as (keyof typeof mail)[]) mail[k] += r[k];
    // An unreachable server defers the rest to the next run rather than spinning here.
    if (r.sent + r.failed + r.logged + r.retried === 0) break;
  }
  console.log(`${now.toISOString()} mail: ${JSON.stringify(mail)}`);
  return run.skipped || run.sweeps.every((s) => !("error" in s));
}

function parseOptions(): { once: boolean; now?: Date } {
  let values: { once?: boolean; now?: string };
  try {
    ({ values } = parseArgs({ options: { once: { type: "boolean" }, now: { type: "string" } }, strict: true }));
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  if (values.now === undefined) return { once: values.once === true };
  const now = new Date(values.now);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(values.now) || !Number.isFinite(now.getTime())) throw new UsageError(`--now: "${values.now}" is not an ISO 8601 instant`);
  if (!values.once) throw new UsageError("--now needs --once: a loop at a fixed instant would repeat one minute forever");
  return { once: true, now };
}

async function main(): Promise<number> {
  const options = parseOptions();
  // Opening a missing SQLite file would create an empty database and sweep nothing, silently.
  // On PostgreSQL (DATABASE_URL) the first query says whether the database is there.
  if (engineFromEnv() === "sqlite") {
    const path = env().DATABASE_PATH;
    if (!existsSync(path)) throw new EnvError(`no database at ${path} (set DATABASE_PATH, and run npm run db:migrate)`);
  }
  const context = { holder: schedulerHolder(), transport: transportFromEnv() };
  if (options.once) return (await round(getDb(), { ...context, now: options.now ?? clockNow() })) ? 0 : 1;
  for (;;) {
    // A failed round (a locked database, say) is logged; the next minute tries again.
    await round(getDb(), { ...context, now: clockNow() }).catch((e: unknown) => console.error("scheduler round failed:", e));
    await new Promise((resolve) => setTimeout(resolve, INTERVAL_MS));
  }
}

main().then(
  (code) => (process.exitCode = code),
  (e: unknown) => {
    if (e instanceof UsageError) console.error(`${e.message}\n${USAGE}`);
    else console.error(e instanceof EnvError ? e.message : `scheduler failed: ${e instanceof Error ? e.stack : String(e)}`);
    process.exitCode = 2;
  },
);
