import "server-only";
import { getDb, type Db } from "../../db/client";
import { now } from "../clock";
import { kickRoundWorker, startRoundWorker } from "../round-worker";
import { drainWebhooks } from "./deliver";

const ROUND_LIMIT = 50;

/**
 * Sends due webhook deliveries every `intervalMs` inside the server process,
 * in rounds (lib/round-worker.ts); a full round is followed by another at once.
 * Returns a stop, for tests.
 */
export function startWebhookWorker(options: { intervalMs?: number; db?: Db } = {}): () => void {
  const { intervalMs = 2_000 } = options;
  const db = options.db ?? getDb();
  return startRoundWorker("webhookWorker", {
    intervalMs,
    async round() {
      const { delivered, retried, failed } = await drainWebhooks({ db, now: now(), limit: ROUND_LIMIT });
      return { full: delivered + retried + failed >= ROUND_LIMIT };
    },
  });
}

/** Asks for a round now (inside a transaction: once it commits). Without a running worker it does nothing. */
export function kickWebhookWorker(): void {
  kickRoundWorker("webhookWorker");
}
