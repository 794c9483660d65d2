import { getDb } from "../../db/client";
import { now } from "../clock";
import { env } from "../env";
import { kickMailWorker } from "../mail/worker";
import { SWEEPS } from "./sweeps";

const SCHEDULER = Symbol.for("rightsdesk.scheduler");
type WithScheduler = typeof globalThis & { [SCHEDULER]?: NodeJS.Timeout };

/** Runs every sweep inside the server process, once a minute. Starting it twice does nothing. */
export function startScheduler({ intervalMs = 60_000 }: { intervalMs?: number } = {}): void {
  const global = globalThis as WithScheduler;
  if (global[SCHEDULER]) return;
  const tick = () => {
    for (const sweep of SWEEPS) {
      try {
        sweep.run(getDb(), { now: now(), appUrl: env().APP_URL });
      } catch (e) {
        console.error(`[scheduler] ${sweep.name} failed:`, e);
      }
    }
    kickMailWorker();
  };
  global[SCHEDULER] = setInterval(tick, intervalMs).unref();
  setImmediate(tick);
}
