import { and, eq, inArray, isNull, lt } from "drizzle-orm";
import type { Db, Executor } from "../../db/client";
import { appendEvent } from "../../db/queries/events";
import { emailOutbox, exportFiles, messages, notes, portals, requests, tokens } from "../../db/schema";
import { CLOSED } from "../lifecycle";
import type { SweepContext } from "./sweeps";

const BATCH = 100;
const DAY_MS = 86_400_000;
/** Expired requests are deleted outright when verification lapses; every other closed request keeps a row. */
const ERASABLE = CLOSED.filter((status) => status !== "expired");

/**
 * What the requester told us or we told them goes; what statistics, the
 * deadline record and the audit chain need stays: reference, type, status,
 * portal, channel, language, dates, deadline fields, the rejection reason (a
 * fixed-list key) and the deletion outcomes (categories and legal bases).
 * The extension reason is staff free text about this person's case, so it goes;
 * so do the identity details the law had the request carry (KVKK, 152-FZ).
 */
const ERASED_COLUMNS = { email: "", name: null, accountId: null, details: null, resolution: null, identityEvidence: null, identity: null, extensionReason: null } as const;

/** Per portal, because each has its own period; the (portal, status, closed_at) index finds the rows. */
function listErasable(db: Executor, { portalId, closedBefore, limit }: { portalId: number; closedBefore: Date; limit: number }) {
  return db
    .select({ id: requests.id })
    .from(requests)
    .where(and(eq(requests.portalId, portalId), inArray(requests.status, ERASABLE), lt(requests.closedAt, closedBefore), isNull(requests.erasedAt)))
    .limit(limit)
    .all();
}

/** Erases one request's personal data, only if nobody has yet: the claim and the erasure are one transaction. */
function eraseRequest(tx: Executor, { id, portalId, retentionDays, now }: { id: number; portalId: number; retentionDays: number; now: Date }): boolean {
  const claimed = tx
    .update(requests)
    .set({ ...ERASED_COLUMNS, erasedAt: now })
    .where(and(eq(requests.id, id), isNull(requests.erasedAt)))
    .run().changes;
  if (claimed !== 1) return false;
  // Conversation, notes, the export, every email we sent (addresses, bodies) and every link to the request.
  tx.delete(messages).where(eq(messages.requestId, id)).run();
  tx.delete(notes).where(eq(notes.requestId, id)).run();
  tx.delete(exportFiles).where(eq(exportFiles.requestId, id)).run();
  tx.delete(emailOutbox).where(eq(emailOutbox.requestId, id)).run();
  tx.delete(tokens).where(eq(tokens.requestId, id)).run();
  appendEvent(tx, { portalId, requestId: id, type: "personal_data_erased", actor: "system", public: false, data: { retentionDays }, at: now });
  return true;
}

/**
 * The portal's own retention (issue 5): a closed request's personal data is
 * erased once it has been closed longer than the portal's
 * `closedRetentionDays`. The row stays, so statistics and the audit chain
 * (whose entries hold no personal data) remain whole.
 */
export function sweepClosedErasure(db: Db, { now }: SweepContext): { erased: number } {
  let erased = 0;
  for (const portal of db.select({ id: portals.id, retentionDays: portals.closedRetentionDays }).from(portals).all()) {
    const closedBefore = new Date(now.getTime() - portal.retentionDays * DAY_MS);
    for (const { id } of listErasable(db, { portalId: portal.id, closedBefore, limit: BATCH - erased })) {
      const done = db.transaction((tx) => eraseRequest(tx, { id, portalId: portal.id, retentionDays: portal.retentionDays, now }), { behavior: "immediate" });
      if (done) erased++;
    }
    if (erased >= BATCH) break;
  }
  return { erased };
}
