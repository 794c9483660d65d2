import { getDb } from "../../db/client";
import { env } from "../env";
import { kickMailWorker } from "../mail/worker";
import { sweepUnverified } from "../requests/unverified";

const SCHEDULER = Symbol.for("rightsdesk.scheduler");
type WithScheduler = typeof globalThis & { [SCHEDULER]?: NodeJS.Timeout };

/**
 * Runs the periodic sweeps inside the server process, once a minute: for now
 * the reminders and purge of unverified requests. Starting it twice does nothing.
 */
export function startScheduler({ intervalMs = 60_000 }: { intervalMs?: number } = {}): void {
  const global = globalThis as WithScheduler;
  if (global[SCHEDULER]) return;
  const sweep = () => {
    try {
      const { reminded } = sweepUnverified(getDb(), { now: new Date(), appUrl: env().APP_URL });
      if (reminded > 0) kickMailWorker();
    } catch (e) {
      console.error("[scheduler] sweep failed:", e);
    }
  };
  global[SCHEDULER] = setInterval(sweep, intervalMs).unref();
  setImmediate(sweep);
}
