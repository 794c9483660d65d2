import "server-only";
import { and, asc, eq, lte, sql } from "drizzle-orm";
import { isPostgres, rawRun, type Executor, type Tx } from "../client";
import { newReference } from "../reference";
import { requests, type DsrRequest, type NewDsrRequest, type RequestStatus } from "../schema";
import { setRequestReminder } from "./request-reminders";

/**
 * A request's columns with its deadline-reminder time, which is stored in a
 * table of its own (request_reminders) but set with the request it belongs
 * to: left out, it stays as it is; null, the request has none.
 */
export type RequestWithReminder = NewDsrRequest & { nextReminderAt?: Date | null };
export type RequestChanges = Partial<RequestWithReminder>;

/** A new request has no reminder row, so only a time is written; a change writes what it says, null too. */
async function storeReminder(tx: Tx, requestId: number, at: Date | null | undefined, { isNew }: { isNew: boolean }): Promise<void> {
  if (at === undefined || (isNew && at === null)) return;
  await setRequestReminder(tx, { requestId, at });
}

/** Inserts a request exactly as given, reference included (seeds and tests; new requests go through `createRequest`). */
export async function insertRequest(tx: Tx, { nextReminderAt, ...request }: RequestWithReminder): Promise<DsrRequest> {
  const [row] = await tx.insert(requests).values(request).returning();
  await storeReminder(tx, row!.id, nextReminderAt, { isNew: true });
  return row!;
}

/**
 * Inserts a new request under a fresh reference with the portal's prefix: the
 * one way a request comes to exist, whether the requester sent it (web, API,
 * appeal) or staff recorded it.
 */
export async function createRequest(
  tx: Tx,
  { referencePrefix, nextReminderAt, ...request }: Omit<RequestWithReminder, "reference"> & { referencePrefix: string },
): Promise<DsrRequest> {
  // References are random, so a rare collision just draws again. The insert itself is the check
  // (no look-up first): ON CONFLICT DO NOTHING leaves a taken reference's row alone and returns
  // none, without the error that would abort a PostgreSQL transaction.
  for (;;) {
    const [row] = await tx
      .insert(requests)
      .values({ ...request, reference: newReference(referencePrefix) })
      .onConflictDoNothing({ target: requests.reference })
      .returning();
    if (row) {
      await storeReminder(tx, row.id, nextReminderAt, { isNew: true });
      return row;
    }
  }
}

export async function getRequestById(db: Executor, { id }: { id: number }): Promise<DsrRequest | undefined> {
  return (await db.select().from(requests).where(eq(requests.id, id)).limit(1))[0];
}

/**
 * The request, read inside `tx` and held until it ends: on PostgreSQL its row
 * is locked (FOR UPDATE), so a second transaction checking the same request
 * waits for this one and then reads what it wrote; on SQLite the one writer
 * already runs transactions one at a time. For checks that no status change
 * guards, such as "not yet extended".
 */
export async function getRequestForUpdate(tx: Tx, { id }: { id: number }): Promise<DsrRequest | undefined> {
  if (isPostgres(tx)) await rawRun(tx, sql`select 1 from ${requests} where ${requests.id} = ${id} for update`);
  return getRequestById(tx, { id });
}

/**
 * Changes a request only if it is still in the status the caller checked:
 * two clicks, two tabs or two servers cannot both apply a transition.
 */
export async function updateRequestIfStatus(
  tx: Tx,
  { id, from, set: { nextReminderAt, ...set } }: { id: number; from: RequestStatus; set: RequestChanges },
): Promise<boolean> {
  const changed = await tx
    .update(requests)
    .set(set)
    .where(and(eq(requests.id, id), eq(requests.status, from)))
    .returning({ id: requests.id });
  if (changed.length !== 1) return false;
  await storeReminder(tx, id, nextReminderAt, { isNew: false });
  return true;
}

/** The newest unverified request from `email` at a portal, for "send me a new link". */
export async function findUnverifiedRequest(db: Executor, { portalId, email }: { portalId: number; email: string }): Promise<DsrRequest | undefined> {
  const rows = await db
    .select()
    .from(requests)
    .where(and(eq(requests.portalId, portalId), eq(requests.email, email), eq(requests.status, "submitted")))
    .orderBy(requests.id);
  return rows.at(-1);
}

export async function listDueVerificationReminders(db: Executor, { now, limit }: { now: Date; limit: number }): Promise<DsrRequest[]> {
  return db
    .select()
    .from(requests)
    .where(and(eq(requests.status, "submitted"), lte(requests.verificationReminderAt, now)))
    .orderBy(asc(requests.verificationReminderAt), asc(requests.id))
    .limit(limit);
}

export async function listUnverifiedBefore(db: Executor, { before, limit }: { before: Date; limit: number }): Promise<{ id: number; portalId: number }[]> {
  return db
    .select({ id: requests.id, portalId: requests.portalId })
    .from(requests)
    .where(and(eq(requests.status, "submitted"), lte(requests.receivedAt, before)))
    .orderBy(asc(requests.receivedAt), asc(requests.id))
    .limit(limit);
}

export async function deleteRequest(tx: Tx, { id }: { id: number }): Promise<void> {
  await tx.delete(requests).where(eq(requests.id, id));
}

/** A portal's request by its reference (references are unique, but a caller only ever sees its own portal's). */
export async function getRequestByReference(db: Executor, { portalId, reference }: { portalId: number; reference: string }): Promise<DsrRequest | undefined> {
  return (await db.select().from(requests).where(and(eq(requests.reference, reference), eq(requests.portalId, portalId))).limit(1))[0];
}
