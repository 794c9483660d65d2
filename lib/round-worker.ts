import "server-only";
import { afterCommit } from "../db/client";

type Workers = typeof globalThis & { [key: symbol]: { kick(): void } | undefined };

/**
 * A background worker inside the server process, run in rounds: every
 * `intervalMs`, and at once after a kick or after a round that reports it was
 * full (a burst drains at the speed of the work, not a round per tick). Rounds
 * never overlap: a tick or kick mid-round asks for another right after it.
 * Errors are logged and the next round tries again.
 *
 * The worker lives on globalThis under `name`: Next bundles the instrumentation
 * hook and the code that kicks it apart, each with its own copy of a module, in
 * one process. Starting it twice does nothing. Returns a stop, for tests.
 */
export function startRoundWorker(name: string, { intervalMs, round: work }: { intervalMs: number; round: () => Promise<{ full: boolean }> }): () => void {
  const key = Symbol.for(`rightsdesk.${name}`);
  const global = globalThis as Workers;
  if (global[key]) return () => {};

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
      if ((await work()).full) again = true;
    } catch (e) {
      console.error(`[${name}] round failed:`, e);
    } finally {
      running = false;
    }
    schedule(again ? 0 : intervalMs);
    again = false;
  }

  // A kick inside a transaction waits for its commit: the round must see what the transaction
  // queued, and must not join (or hold open) a transaction its caller may yet roll back.
  global[key] = { kick: () => afterCommit(() => setImmediate(() => void round())) };
  schedule(0);
  return () => {
    clearTimeout(timer);
    stopped = true;
    delete global[key];
  };
}

/** Asks the named worker for a round now (inside a transaction: once it commits). Without a running worker it does nothing. */
export function kickRoundWorker(name: string): void {
  (globalThis as Workers)[Symbol.for(`rightsdesk.${name}`)]?.kick();
}
