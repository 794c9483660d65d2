import type { Db, Executor } from "../../db/client";
import { listMessages } from "../../db/queries/cases";
import { appendEvent, listPublicEvents } from "../../db/queries/events";
import { getRequestById, updateRequestIfStatus } from "../../db/queries/requests";
import { findToken } from "../../db/queries/tokens";
import type { DsrRequest, Portal } from "../../db/schema";
import { withdrawalConfirmationEmail } from "../../emails";
import { can, transition } from "../lifecycle";
import { enqueueEmail } from "../mail/outbox";
import { hashToken, looksLikeToken } from "../verification";

/** The request a status link opens, if the link is genuine, unrevoked, unexpired and for this portal. */
export function requestForStatusToken(db: Executor, { token, portalId, now }: { token: unknown; portalId: number; now: Date }): DsrRequest | undefined {
  if (!looksLikeToken(token)) return undefined;
  const row = findToken(db, { hash: hashToken(token), purpose: "status" });
  if (!row || row.revokedAt || row.expiresAt <= now) return undefined;
  const request = getRequestById(db, { id: row.requestId });
  return request?.portalId === portalId ? request : undefined;
}

/**
 * What the requester may see: the request, its public timeline, the question
 * waiting for an answer, never staff notes.
 */
export function loadStatus(db: Executor, args: { token: unknown; portalId: number; now: Date }) {
  const request = requestForStatusToken(db, args);
  if (!request) return undefined;
  const question = request.status === "awaiting_requester" ? listMessages(db, { requestId: request.id }).findLast((m) => m.from === "staff")?.body : undefined;
  return { request, events: listPublicEvents(db, { requestId: request.id }), canWithdraw: can(request.status, "withdraw"), question };
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
        props: { portalName: portal.name, contactEmail: portal.contactEmail, reference: request.reference },
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
