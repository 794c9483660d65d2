import type { Db } from "@/db/client";

/** What became of one raw message handed to the inbound path. */
export type InboundResult =
  | { reference: string; status: string }
  | { answered: string }
  | { ignored: string };

export type InboundMessage = {
  portalId: number;
  raw: Buffer;
  /** The mail server's own arrival time (IMAP INTERNALDATE), which bounds the Date header. */
  internalDate?: Date;
};

/**
 * Imports one raw message for a portal: the single path for the IMAP poller and the
 * `inbound:import` CLI. Idempotent by Message-ID per portal, so a message seen twice
 * (a crash before the IMAP flag, a re-import) yields `{ ignored: "duplicate" }`.
 */
export async function importInboundMessage(db: Db, message: InboundMessage): Promise<InboundResult> {
  void db;
  void message;
  throw new Error("importInboundMessage is built on branch i14-core");
}
