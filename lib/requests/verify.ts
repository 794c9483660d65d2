import type { Db, Executor } from "../../db/client";
import { appendEvent } from "../../db/queries/events";
import { getRequestById, updateRequestIfStatus } from "../../db/queries/requests";
import { consumeToken, findToken, insertToken } from "../../db/queries/tokens";
import type { DsrRequest, Portal, Token } from "../../db/schema";
import { acknowledgementEmail } from "../../emails";
import { DeadlineInputError } from "../deadlines";
import { messages } from "../i18n/catalogue";
import { deadlineColumns } from "../cases/shared";
import { transition } from "../lifecycle";
import { enqueueEmail } from "../mail/outbox";
import { hashToken, looksLikeToken, newToken, STATUS_TOKEN_TTL_MS } from "../verification";
import { computeRequestDeadline, deadlinePolicy } from "./deadline";
import { flagPossibleDuplicate } from "./duplicates";
import { statusUrl } from "./links";

export type TokenState =
  | { state: "valid"; token: Token; request: DsrRequest }
  | { state: "expired"; token: Token; request: DsrRequest }
  | { state: "used"; request: DsrRequest }
  | { state: "invalid" };

/**
 * What a verification link is worth, for the page that shows it (GET) and the
 * button that uses it (POST). A link for another portal is as good as forged.
 */
export function inspectVerifyToken(db: Executor, { token, portalId, now }: { token: unknown; portalId: number; now: Date }): TokenState {
  if (!looksLikeToken(token)) return { state: "invalid" };
  const row = findToken(db, { hash: hashToken(token), purpose: "verify" });
  const request = row && getRequestById(db, { id: row.requestId });
  if (!row || !request || request.portalId !== portalId) return { state: "invalid" };
  if (row.usedAt || request.status !== "submitted") return { state: "used", request };
  if (row.revokedAt || row.expiresAt <= now) return { state: "expired", token: row, request };
  return { state: "valid", token: row, request };
}

export type VerifyOutcome =
  | Exclude<TokenState, { state: "valid" }>
  | { state: "verified"; request: DsrRequest; statusToken: string }
  /** The portal's settings changed since submission and no longer time this type: nothing changes, the link stays good. */
  | { state: "not-computable"; request: DsrRequest };

/**
 * Proves the address: the request opens, its deadline is computed and kept,
 * a status link is issued, and the acknowledgement is queued, all at once.
 */
export function verifyRequest(db: Db, { token, portal, now, appUrl }: { token: unknown; portal: Portal; now: Date; appUrl: string }): VerifyOutcome {
  return db.transaction(
    (tx) => {
      const inspected = inspectVerifyToken(tx, { token, portalId: portal.id, now });
      if (inspected.state !== "valid") return inspected;
      const { request } = inspected;
      const status = transition(request.status, "verify");
      const policy = deadlinePolicy(portal, { ...request, verifiedAt: now });
      let deadline;
      try {
        deadline = computeRequestDeadline(policy, request.type);
      } catch (e) {
        if (e instanceof DeadlineInputError) return { state: "not-computable", request };
        throw e;
      }
      if (!consumeToken(tx, { id: inspected.token.id, now })) return { state: "used", request };
      const changed = updateRequestIfStatus(tx, {
        id: request.id,
        from: request.status,
        set: {
          status,
          verifiedAt: now,
          verificationReminderAt: null,
          deadlinePolicy: policy,
          ...deadlineColumns(deadline, { request: { ...request, status }, policy, reminderDays: portal.reminderDays, now }),
        },
      });
      if (!changed) return { state: "used", request };
      flagPossibleDuplicate(tx, { request, portal, now });
      const statusToken = newToken();
      insertToken(tx, { requestId: request.id, purpose: "status", hash: statusToken.hash, expiresAt: new Date(now.getTime() + STATUS_TOKEN_TTL_MS) });
      appendEvent(tx, { portalId: portal.id, requestId: request.id, type: "verified", actor: "requester", public: true, data: { dueDate: deadline.dueDate }, at: now });
      enqueueEmail(tx, {
        template: acknowledgementEmail,
        props: {
          portalName: portal.name, contactEmail: portal.contactEmail,
          reference: request.reference,
          requestTypeLabel: messages(request.language).requestTypes[request.type].label,
          dueDate: deadline.dueDate,
          statusUrl: statusUrl(appUrl, portal.slug, statusToken.token),
          channel: request.channel,
        },
        to: request.email,
        language: request.language,
        requestId: request.id,
        now,
      });
      return { state: "verified", request: { ...request, status, verifiedAt: now, dueAt: deadline.dueAt, dueDate: deadline.dueDate }, statusToken: statusToken.token };
    },
    { behavior: "immediate" },
  );
}

