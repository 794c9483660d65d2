import "server-only";
import { getDb } from "../../db/client";
import { now } from "../clock";
import { env } from "../env";
import { kickMailWorker } from "../mail/worker";
import { runScheduledSweeps, schedulerHolder } from "./run";

const SCHEDULER = Symbol.for("rightsdesk.scheduler");
type WithScheduler = typeof globalThis & { [SCHEDULER]?: NodeJS.Timeout };

/**
 * Runs every sweep inside the server process, once a minute, under the
 * scheduler lease: another server or a cron run holding it makes a tick skip.
 * Starting it twice does nothing.
 */
export function startScheduler({ intervalMs = 60_000 }: { intervalMs?: number } = {}): void {
  const global = globalThis as WithScheduler;
  if (global[SCHEDULER]) return;
  const holder = schedulerHolder();
  let running = false;
  const tick = async () => {
    // A run that outlasts the interval is not joined by the next tick: under the
    // same holder, the lease would let both in.
    if (running) return;
    running = true;
    try {
      if (!(await runScheduledSweeps(getDb(), { now: now(), appUrl: env().APP_URL, holder })).skipped) kickMailWorker();
    } catch (e) {
      console.error("[scheduler] run failed:", e);
    } finally {
      running = false;
    }
  };
  global[SCHEDULER] = setInterval(() => void tick(), intervalMs).unref();
  setImmediate(() => void tick());
}
