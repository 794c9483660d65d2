import { and, eq, lte } from "drizzle-orm";
import { newReference } from "../../lib/reference";
import type { Executor } from "../client";
import { requests, type DsrRequest, type NewDsrRequest, type RequestStatus } from "../schema";

export function insertRequest(tx: Executor, request: NewDsrRequest): DsrRequest {
  return tx.insert(requests).values(request).returning().get();
}

export function getRequestById(db: Executor, { id }: { id: number }) {
  return db.select().from(requests).where(eq(requests.id, id)).get();
}

/** A reference no other request has: references are random, so a rare collision just draws again. */
export function uniqueReference(db: Executor, { prefix }: { prefix: string }): string {
  let reference = newReference(prefix);
  while (db.select({ id: requests.id }).from(requests).where(eq(requests.reference, reference)).get()) reference = newReference(prefix);
  return reference;
}

/**
 * Changes a request only if it is still in the status the caller checked:
 * two clicks, two tabs or two servers cannot both apply a transition.
 */
export function updateRequestIfStatus(
  tx: Executor,
  { id, from, set }: { id: number; from: RequestStatus; set: Partial<NewDsrRequest> },
): boolean {
  return tx.update(requests).set(set).where(and(eq(requests.id, id), eq(requests.status, from))).run().changes === 1;
}

/** The newest unverified request from `email` at a portal, for "send me a new link". */
export function findUnverifiedRequest(db: Executor, { portalId, email }: { portalId: number; email: string }) {
  return db
    .select()
    .from(requests)
    .where(and(eq(requests.portalId, portalId), eq(requests.email, email), eq(requests.status, "submitted")))
    .orderBy(requests.id)
    .all()
    .at(-1);
}

export function listDueVerificationReminders(db: Executor, { now, limit }: { now: Date; limit: number }) {
  return db
    .select()
    .from(requests)
    .where(and(eq(requests.status, "submitted"), lte(requests.verificationReminderAt, now)))
    .limit(limit)
    .all();
}

export function listUnverifiedBefore(db: Executor, { before, limit }: { before: Date; limit: number }) {
  return db
    .select({ id: requests.id, portalId: requests.portalId })
    .from(requests)
    .where(and(eq(requests.status, "submitted"), lte(requests.receivedAt, before)))
    .limit(limit)
    .all();
}

export function deleteRequest(tx: Executor, { id }: { id: number }) {
  tx.delete(requests).where(eq(requests.id, id)).run();
}
