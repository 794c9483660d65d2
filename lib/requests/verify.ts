import "server-only";
import { withTransaction, type Db, type Executor } from "../../db/client";
import { getRequestById, updateRequestIfStatus } from "../../db/queries/requests";
import { consumeToken, findToken } from "../../db/queries/tokens";
import type { DsrRequest, Portal, Token } from "../../db/schema";
import { DeadlineInputError } from "../deadlines";
import { deadlineColumns } from "../cases/shared";
import { transition } from "../lifecycle";
import { hashToken, looksLikeToken } from "../verification";
import { computeRequestDeadline, deadlinePolicy } from "./deadline";
import { flagPossibleDuplicate } from "./duplicates";
import { acknowledgeRequest, recordRequestEvent } from "./kit";
import { queueRequestWebhook } from "../webhooks/request-events";
import { drpRequestChanged } from "../drp/callbacks";

export type TokenState =
  | { state: "valid"; token: Token; request: DsrRequest }
  | { state: "expired"; token: Token; request: DsrRequest }
  | { state: "used"; request: DsrRequest }
  | { state: "invalid" };

/**
 * What a verification link is worth, for the page that shows it (GET) and the
 * button that uses it (POST). A link for another portal is as good as forged.
 */
export async function inspectVerifyToken(db: Executor, { token, portalId, now }: { token: unknown; portalId: number; now: Date }): Promise<TokenState> {
  if (!looksLikeToken(token)) return { state: "invalid" };
  const row = await findToken(db, { hash: hashToken(token), purpose: "verify" });
  const request = row && (await getRequestById(db, { id: row.requestId }));
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
export async function verifyRequest(db: Db, { token, portal, now, appUrl }: { token: unknown; portal: Portal; now: Date; appUrl: string }): Promise<VerifyOutcome> {
  return withTransaction(db, async (tx): Promise<VerifyOutcome> => {
    const inspected = await inspectVerifyToken(tx, { token, portalId: portal.id, now });
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
    if (!(await consumeToken(tx, { id: inspected.token.id, now }))) return { state: "used", request };
    const changed = await updateRequestIfStatus(tx, {
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
    await flagPossibleDuplicate(tx, { request, portal, now });
    await recordRequestEvent(tx, request, { type: "verified", actor: "requester", visible: true, data: { dueDate: deadline.dueDate }, at: now });
    await queueRequestWebhook(tx, { request: { ...request, status, dueAt: deadline.dueAt, dueDate: deadline.dueDate }, type: "request.verified", now });
    await drpRequestChanged(tx, { requestId: request.id, now });
    const statusToken = await acknowledgeRequest(tx, { request, portal, dueDate: deadline.dueDate, appUrl, now });
    return { state: "verified", request: { ...request, status, verifiedAt: now, dueAt: deadline.dueAt, dueDate: deadline.dueDate }, statusToken };
  });
}
