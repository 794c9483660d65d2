import "server-only";
import { withTransaction, type Db, type Executor, type Tx } from "../../db/client";
import { listMessages } from "../../db/queries/cases";
import { listPublicEvents } from "../../db/queries/events";
import { getRequestById, updateRequestIfStatus } from "../../db/queries/requests";
import { findToken, revokeTokens } from "../../db/queries/tokens";
import type { DsrRequest, Portal } from "../../db/schema";
import { withdrawalConfirmationEmail } from "../../emails";
import { can, transition } from "../lifecycle";
import { hashToken, looksLikeToken, statusLinkEndsAt } from "../verification";
import { emailRequester, recordRequestEvent } from "./kit";
import { queueRequestWebhook } from "../webhooks/request-events";
import { drpRequestChanged } from "../drp/callbacks";

/** The request a status link opens, and when the link stops working, if it is genuine, unrevoked, unexpired and for this portal. */
async function statusLink(db: Executor, { token, portalId, now }: { token: unknown; portalId: number; now: Date }) {
  if (!looksLikeToken(token)) return undefined;
  const row = await findToken(db, { hash: hashToken(token), purpose: "status" });
  if (!row || row.revokedAt) return undefined;
  const request = await getRequestById(db, { id: row.requestId });
  if (request?.portalId !== portalId) return undefined;
  const endsAt = statusLinkEndsAt({ expiresAt: row.expiresAt, closedAt: request.closedAt });
  return endsAt > now ? { request, endsAt } : undefined;
}

/** The request a status link opens, if the link is genuine, unrevoked, unexpired and for this portal. */
export async function requestForStatusToken(db: Executor, args: { token: unknown; portalId: number; now: Date }): Promise<DsrRequest | undefined> {
  return (await statusLink(db, args))?.request;
}

/**
 * What the requester may see: the request, its public timeline, the question
 * waiting for an answer, never staff notes.
 */
export async function loadStatus(db: Executor, args: { token: unknown; portalId: number; now: Date }) {
  const link = await statusLink(db, args);
  if (!link) return undefined;
  const { request } = link;
  const [events, messages] = await Promise.all([
    listPublicEvents(db, { requestId: request.id }),
    request.status === "awaiting_requester" ? listMessages(db, { requestId: request.id }) : [],
  ]);
  return {
    request,
    events,
    canWithdraw: can(request.status, "withdraw"),
    question: messages.findLast((m) => m.from === "staff")?.body,
    /** Set once the request is closed: the link's end is then near enough to tell. */
    linkEndsAt: request.closedAt ? link.endsAt : undefined,
  };
}

/**
 * The requester revokes every status link of the request at once (one may
 * have been forwarded or seen by someone else); the trail records it. Later
 * emails about the request bring a new link. False if the link was not valid.
 */
export async function revokeStatusLinks(db: Db, { token, portal, now }: { token: unknown; portal: Portal; now: Date }): Promise<boolean> {
  return withTransaction(db, async (tx) => {
    const request = await requestForStatusToken(tx, { token, portalId: portal.id, now });
    if (!request) return false;
    await revokeTokens(tx, { requestId: request.id, purpose: "status", now });
    await recordRequestEvent(tx, request, { type: "status_links_revoked", actor: "requester", visible: true, at: now });
    return true;
  });
}

export type WithdrawOutcome = { state: "withdrawn"; request: DsrRequest } | { state: "not-allowed"; request: DsrRequest } | { state: "invalid" };

/** The requester withdraws: the request closes, the trail records it, and a confirmation is queued. */
export async function withdrawRequest(db: Db, { token, portal, now }: { token: unknown; portal: Portal; now: Date }): Promise<WithdrawOutcome> {
  return withTransaction(db, async (tx): Promise<WithdrawOutcome> => {
    const request = await requestForStatusToken(tx, { token, portalId: portal.id, now });
    if (!request) return { state: "invalid" };
    return withdrawInTransaction(tx, { request, portal, actor: "requester", now });
  });
}

/**
 * Withdraws a request in the caller's transaction, for the requester or
 * their authorized agent (`actor`, with `data` such as the agent's reason):
 * closed, recorded, the webhook and the agent's callback queued, and the
 * requester emailed a confirmation.
 */
export async function withdrawInTransaction(
  tx: Tx,
  { request, portal, actor, data, now }: { request: DsrRequest; portal: Pick<Portal, "name" | "contactEmail">; actor: string; data?: Record<string, unknown>; now: Date },
): Promise<WithdrawOutcome> {
  if (!can(request.status, "withdraw")) return { state: "not-allowed", request };
  const status = transition(request.status, "withdraw");
  if (!(await updateRequestIfStatus(tx, { id: request.id, from: request.status, set: { status, closedAt: now, nextReminderAt: null, verificationReminderAt: null } }))) {
    return { state: "not-allowed", request };
  }
  await recordRequestEvent(tx, request, { type: "withdrawn", actor, visible: true, data, at: now });
  await queueRequestWebhook(tx, { request: { ...request, status }, type: "request.withdrawn", now });
  await drpRequestChanged(tx, { requestId: request.id, now });
  await emailRequester(tx, request, {
    template: withdrawalConfirmationEmail,
    props: { portalName: portal.name, contactEmail: portal.contactEmail, reference: request.reference },
    now,
  });
  return { state: "withdrawn", request: { ...request, status, closedAt: now } };
}
