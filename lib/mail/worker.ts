import "server-only";
import { afterCommit, getDb, type Db } from "../../db/client";
import { now } from "../clock";
import { drainOutbox } from "./sender";
import { transportFromEnv, type MailTransport } from "./transport";

/**
 * The worker lives on globalThis, not in module state: Next bundles the
 * instrumentation hook and the server actions that call kickMailWorker()
 * separately, each with its own copy of this module, in the one server process.
 */
const WORKER = Symbol.for("rightsdesk.mailWorker");
/** Messages per round; a full round is followed by another at once, not after a tick. */
const ROUND_LIMIT = 50;
type WithWorker = typeof globalThis & { [WORKER]?: { kick(): void } };

/**
 * Drains the outbox every `intervalMs` inside the server process. Rounds never
 * overlap: a tick or kick that arrives mid-round asks for another round right
 * after it instead. Errors are logged and the next round tries again.
 * Starting it twice does nothing. Returns a stop, for tests: the server's worker runs for the process's life.
 */
export function startMailWorker(
  options: {
    intervalMs?: number;
    /** For tests: the database, the transport (null: embedded mode) and embedded mode's printer; by default the app's. */
    db?: Db;
    transport?: MailTransport | null;
    log?: (block: string) => void;
  } = {},
): () => void {
  const global = globalThis as WithWorker;
  if (global[WORKER]) return () => {};

  const { intervalMs = 2_000, log } = options;
  const db = options.db ?? getDb();
  const transport = options.transport === undefined ? transportFromEnv() : options.transport;

  let running = false;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;

  const schedule = (delayMs: number) => {
    if (stopped) return;
    clearTimeout(timer);
    // unref: the worker alone never keeps a process alive.
    timer = setTimeout(() => void round(), delayMs).unref();
  };

  async function round() {
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      const { sent, failed, logged, retried } = await drainOutbox({ db, now: now(), transport, log, limit: ROUND_LIMIT });
      // A full round most likely left messages behind: a burst (a sweep's reminders) drains
      // at the speed of sending, not at ROUND_LIMIT per tick.
      if (sent + failed + logged + retried >= ROUND_LIMIT) again = true;
    } catch (e) {
      console.error("[mail] outbox drain failed:", e);
    } finally {
      running = false;
    }
    schedule(again ? 0 : intervalMs);
    again = false;
  }

  // A kick inside a transaction waits for its commit: the round must see the mail it queued, and
  // must not join (or hold open) a transaction its caller may yet roll back.
  global[WORKER] = { kick: () => afterCommit(() => setImmediate(() => void round())) };
  schedule(0);
  return () => {
    clearTimeout(timer);
    timer = undefined;
    stopped = true;
    delete global[WORKER];
  };
}

/**
 * Asks the worker for a round now rather than at its next tick, so an email
 * leaves within a second of the transaction that queued it; inside a transaction,
 * the round comes once it commits. Without a running worker (tests, scripts) it does nothing.
 */
export function kickMailWorker(): void {
  (globalThis as WithWorker)[WORKER]?.kick();
}
