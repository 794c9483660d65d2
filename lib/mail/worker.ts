import "server-only";
import { getDb, type Db } from "../../db/client";
import { now } from "../clock";
import { kickRoundWorker, startRoundWorker } from "../round-worker";
import { drainOutbox } from "./sender";
import { transportFromEnv, type MailTransport } from "./transport";

/** Messages per round; a full round is followed by another at once, not after a tick. */
const ROUND_LIMIT = 50;

/**
 * Drains the outbox every `intervalMs` inside the server process, in rounds
 * (lib/round-worker.ts). Returns a stop, for tests: the server's worker runs
 * for the process's life.
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
  const { intervalMs = 2_000, log } = options;
  const db = options.db ?? getDb();
  const transport = options.transport === undefined ? transportFromEnv() : options.transport;
  return startRoundWorker("mailWorker", {
    intervalMs,
    async round() {
      const { sent, failed, logged, retried } = await drainOutbox({ db, now: now(), transport, log, limit: ROUND_LIMIT });
      // A full round most likely left messages behind: a burst (a sweep's reminders) drains
      // at the speed of sending, not at ROUND_LIMIT per tick.
      return { full: sent + failed + logged + retried >= ROUND_LIMIT };
    },
  });
}

/**
 * Asks the worker for a round now rather than at its next tick, so an email
 * leaves within a second of the transaction that queued it; inside a transaction,
 * the round comes once it commits. Without a running worker (tests, scripts) it does nothing.
 */
export function kickMailWorker(): void {
  kickRoundWorker("mailWorker");
}
