import "server-only";
import { afterCommit, getDb, type Db } from "../../db/client";
import { now } from "../clock";
import { drainWebhooks } from "./deliver";

/**
 * On globalThis, like the mail worker (lib/mail/worker.ts): Next bundles the
 * instrumentation hook and the code that calls kickWebhookWorker() apart,
 * each with its own copy of this module, in one server process.
 */
const WORKER = Symbol.for("rightsdesk.webhookWorker");
const ROUND_LIMIT = 50;
type WithWorker = typeof globalThis & { [WORKER]?: { kick(): void } };

/**
 * Sends due webhook deliveries every `intervalMs` inside the server process.
 * Rounds never overlap: a tick or kick mid-round asks for another right after.
 * A full round is followed by another at once. Starting it twice does
 * nothing; returns a stop, for tests.
 */
export function startWebhookWorker(options: { intervalMs?: number; db?: Db } = {}): () => void {
  const global = globalThis as WithWorker;
  if (global[WORKER]) return () => {};
  const { intervalMs = 2_000 } = options;
  const db = options.db ?? getDb();

  let running = false;
  let again = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;

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
      const { delivered, retried, failed } = await drainWebhooks({ db, now: now(), limit: ROUND_LIMIT });
      if (delivered + retried + failed >= ROUND_LIMIT) again = true;
    } catch (e) {
      console.error("[webhooks] delivery round failed:", e);
    } finally {
      running = false;
    }
    schedule(again ? 0 : intervalMs);
    again = false;
  }

  // After the commit: the round must see the deliveries just queued, and must not join their transaction.
  global[WORKER] = { kick: () => afterCommit(() => setImmediate(() => void round())) };
  schedule(0);
  return () => {
    clearTimeout(timer);
    stopped = true;
    delete global[WORKER];
  };
}

/** Asks for a round now (inside a transaction: once it commits). Without a running worker it does nothing. */
export function kickWebhookWorker(): void {
  (globalThis as WithWorker)[WORKER]?.kick();
}
