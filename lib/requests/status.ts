import type { Db, Executor } from "../../db/client";
import { listMessages } from "../../db/queries/cases";
import { appendEvent, listPublicEvents } from "../../db/queries/events";
import { getRequestById, updateRequestIfStatus } from "../../db/queries/requests";
import { findToken, revokeTokens } from "../../db/queries/tokens";
import type { DsrRequest, Portal } from "../../db/schema";
import { withdrawalConfirmationEmail } from "../../emails";
import { can, transition } from "../lifecycle";
import { enqueueEmail } from "../mail/outbox";
import { hashToken, looksLikeToken, statusLinkEndsAt } from "../verification";

/** The request a status link opens, and when the link stops working, if it is genuine, unrevoked, unexpired and for this portal. */
function statusLink(db: Executor, { token, portalId, now }: { token: unknown; portalId: number; now: Date }) {
  if (!looksLikeToken(token)) return undefined;
  const row = findToken(db, { hash: hashToken(token), purpose: "status" });
  if (!row || row.revokedAt) return undefined;
  const request = getRequestById(db, { id: row.requestId });
  if (request?.portalId !== portalId) return undefined;
  const endsAt = statusLinkEndsAt({ expiresAt: row.expiresAt, closedAt: request.closedAt });
  return endsAt > now ? { request, endsAt } : undefined;
}

/** The request a status link opens, if the link is genuine, unrevoked, unexpired and for this portal. */
export function requestForStatusToken(db: Executor, args: { token: unknown; portalId: number; now: Date }): DsrRequest | undefined {
  return statusLink(db, args)?.request;
}

/**
 * What the requester may see: the request, its public timeline, the question
 * waiting for an answer, never staff notes.
 */
export function loadStatus(db: Executor, args: { token: unknown; portalId: number; now: Date }) {
  const link = statusLink(db, args);
  if (!link) return undefined;
  const { request } = link;
  const question = request.status === "awaiting_requester" ? listMessages(db, { requestId: request.id }).findLast((m) => m.from === "staff")?.body : undefined;
  return {
    request,
    events: listPublicEvents(db, { requestId: request.id }),
    canWithdraw: can(request.status, "withdraw"),
    question,
    /** Set once the request is closed: the link's end is then near enough to tell. */
    linkEndsAt: request.closedAt ? link.endsAt : undefined,
  };
}

/**
 * The requester revokes every status link of the request at once (one may
 * have been forwarded or seen by someone else); the trail records it. Later
 * emails about the request bring a new link. False if the link was not valid.
 */
export function revokeStatusLinks(db: Db, { token, portal, now }: { token: unknown; portal: Portal; now: Date }): boolean {
  return db.transaction(
    (tx) => {
      const request = requestForStatusToken(tx, { token, portalId: portal.id, now });
      if (!request) return false;
      revokeTokens(tx, { requestId: request.id, purpose: "status", now });
      appendEvent(tx, { portalId: portal.id, requestId: request.id, type: "status_links_revoked", actor: "requester", public: true, data: {}, at: now });
      return true;
    },
    { behavior: "immediate" },
  );
}

export type WithdrawOutcome = { state: "withdrawn"; request: DsrRequest } | { state: "not-allowed"; request: DsrRequest } | { state: "invalid" };

/** The requester withdraws: the request closes, the trail records it, and a confirmation is queued. */
export function withdrawRequest(db: Db, { token, portal, now }: { token: unknown; portal: Portal; now: Date }): WithdrawOutcome {
  return db.transaction(
    (tx) => {
      const request = requestForStatusToken(tx, { token, portalId: portal.id, now });
      if (!request) return { state: "invalid" };
      if (!can(request.status, "withdraw")) return { state: "not-allowed", request };
      const status = transition(request.status, "withdraw");
      if (!updateRequestIfStatus(tx, { id: request.id, from: request.status, set: { status, closedAt: now, nextReminderAt: null } })) {
        return { state: "not-allowed", request };
      }
      appendEvent(tx, { portalId: portal.id, requestId: request.id, type: "withdrawn", actor: "requester", public: true, data: {}, at: now });
      enqueueEmail(tx, {
        template: withdrawalConfirmationEmail,
        props: { portalName: portal.name, reference: request.reference },
        to: request.email,
        language: request.language,
        requestId: request.id,
        now,
      });
      return { state: "withdrawn", request: { ...request, status, closedAt: now } };
    },
    { behavior: "immediate" },
  );
}
