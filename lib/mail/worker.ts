import { getDb } from "../../db/client";
import { drainOutbox } from "./sender";
import { transportFromEnv } from "./transport";

/**
 * The worker lives on globalThis, not in module state: Next bundles the
 * instrumentation hook and the server actions that call kickMailWorker()
 * separately, each with its own copy of this module, in the one server process.
 */
const WORKER = Symbol.for("rightsdesk.mailWorker");
type WithWorker = typeof globalThis & { [WORKER]?: { kick(): void } };

/**
 * Drains the outbox every `intervalMs` inside the server process. Rounds never
 * overlap: a tick or kick that arrives mid-round asks for another round right
 * after it instead. Errors are logged and the next round tries again.
 * Starting it twice does nothing.
 */
export function startMailWorker({ intervalMs = 2_000 }: { intervalMs?: number } = {}): void {
  const global = globalThis as WithWorker;
  if (global[WORKER]) return;

  const db = getDb();
  const transport = transportFromEnv();
  let running = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;

  const schedule = (delayMs: number) => {
    clearTimeout(timer);
    // unref: the worker alone never keeps a process alive.
    timer = setTimeout(round, delayMs).unref();
  };

  async function round() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      await drainOutbox({ db, now: new Date(), transport });
    } catch (e) {
      console.error("[mail] outbox drain failed:", e);
    } finally {
      running = false;
    }
    schedule(again ? 0 : intervalMs);
    again = false;
  }

  global[WORKER] = { kick: () => setImmediate(round) };
  schedule(0);
}

/**
 * Asks the worker for a round now rather than at its next tick, so an email
 * leaves within a second of the transaction that queued it. Call it after the
 * transaction commits. Without a running worker (tests, scripts) it does nothing.
 */
export function kickMailWorker(): void {
  (globalThis as WithWorker)[WORKER]?.kick();
}
