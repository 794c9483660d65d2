import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { withTransaction, type Db, type Tx } from "../../db/client";
import { findIdempotentAnswer, keepIdempotentAnswer } from "../../db/queries/idempotency";
import { createRequest } from "../../db/queries/requests";
import type { Channel, DeadlinePolicy, DsrRequest, Portal } from "../../db/schema";
import { apiActor, type ApiKeyPrincipal } from "../api-keys/authenticate";
import { DeadlineInputError, type DeadlineResult } from "../deadlines";
import type { Language } from "../i18n/languages";
import type { RequestInput } from "../validation/request";
import { kickMailWorker } from "../mail/worker";
import { queueRequestWebhook } from "../webhooks/request-events";
import { deadlineColumns } from "../cases/shared";
import { computeRequestDeadline, deadlinePolicy } from "./deadline";
import { flagPossibleDuplicate } from "./duplicates";
import { acknowledgeRequest, recordRequestEvent } from "./kit";
import { parseSubmission, type FieldErrors } from "./parse";
import { spendClientAllowance } from "./receive";

/** How long an `Idempotency-Key` is honoured. */
export const IDEMPOTENCY_MS = 24 * 60 * 60 * 1000;

/** The operator's word for the requester: who they are in its own accounts, which it has signed in. */
export const operatorIdentitySchema = z
  .object({
    verifiedBy: z.literal("operator", "Only \"operator\": the operator vouches for a user it has signed in."),
    accountId: z.string("The user's id in the operator's accounts.").trim().min(1, "The user's id in the operator's accounts.").max(200, "At most 200 characters."),
  })
  .strict();

export type VerifiedIntake =
  | { outcome: "answer"; status: number; body: unknown; replayed: boolean }
  | { outcome: "invalid"; fieldErrors: FieldErrors; identity?: string[] }
  | { outcome: "rate-limited"; retryAfterSeconds: number }
  | { outcome: "key-reused" };

/**
 * Files a request whose requester someone the portal trusts has already
 * verified (the operator's signed-in app, an authorized agent): opened at once
 * with its deadline, in the caller's transaction, the submission and the
 * verification in the trail with `verified` saying who vouched, the
 * acknowledgement queued, and the webhooks of both.
 */
export async function openVouchedRequest(
  tx: Tx,
  { portal, data, channel, identityEvidence, actor, verified, policy, deadline, now, appUrl }: {
    portal: Portal;
    data: Pick<RequestInput, "type" | "email" | "name" | "accountId" | "details" | "identity"> & { language: Language };
    channel: Channel;
    identityEvidence: string;
    actor: string;
    verified: Record<string, unknown>;
    policy: DeadlinePolicy;
    deadline: DeadlineResult;
    now: Date;
    appUrl: string;
  },
): Promise<DsrRequest> {
  const request = await createRequest(tx, {
    referencePrefix: portal.referencePrefix,
    portalId: portal.id,
    type: data.type,
    status: "open",
    channel,
    email: data.email,
    name: data.name,
    accountId: data.accountId,
    details: data.details,
    identity: data.identity ?? null,
    language: data.language,
    receivedAt: now,
    verifiedAt: now,
    identityEvidence,
    deadlinePolicy: policy,
    ...deadlineColumns(deadline, { request: { status: "open", type: data.type, extendedAt: null }, policy, reminderDays: portal.reminderDays, now }),
  });
  await recordRequestEvent(tx, request, { type: "submitted", actor, visible: true, data: { channel, requestType: data.type }, at: now });
  await recordRequestEvent(tx, request, { type: "verified", actor, visible: true, data: { dueDate: deadline.dueDate, ...verified }, at: now });
  await flagPossibleDuplicate(tx, { request, portal, now });
  await acknowledgeRequest(tx, { request, portal, dueDate: deadline.dueDate, appUrl, now, vouched: true });
  await queueRequestWebhook(tx, { request, type: "request.submitted", now });
  await queueRequestWebhook(tx, { request, type: "request.verified", now });
  return request;
}

/** A second call with the key won the race: roll this one back and answer as that one was answered. */
class AnsweredMeanwhile extends Error {}

/**
 * A request an operator's signed-in app files for its user, vouched for with
 * an API key holding `requests:create`: opened at once (no verification email),
 * the acknowledgement queued, the deadline from the portal's rule, and the
 * trail naming the key. With an `Idempotency-Key`, a retry of the same call
 * within 24 hours gets the first answer and files nothing; the same key with
 * another body is refused.
 */
export async function receiveVerifiedSubmission(
  db: Db,
  { portal, key, body, rawBody, idempotencyKey, acceptLanguage, now, appUrl }: {
    portal: Portal;
    key: ApiKeyPrincipal;
    body: Record<string, unknown>;
    /** The body's bytes as sent, for the idempotency fingerprint. */
    rawBody: string;
    idempotencyKey: string | null;
    acceptLanguage: string | null;
    now: Date;
    appUrl: string;
  },
): Promise<VerifiedIntake> {
  const { identity: rawIdentity, ...fields } = body;
  const identity = operatorIdentitySchema.safeParse(rawIdentity);
  const parsed = parseSubmission(portal, fields, { form: false, acceptLanguage });
  if (!identity.success || !parsed.ok) {
    return { outcome: "invalid", fieldErrors: parsed.ok ? {} : parsed.fieldErrors, identity: identity.success ? undefined : identity.error.issues.map((i) => `${["identity", ...i.path].join(".")}: ${i.message}`) };
  }
  const { accountId } = identity.data;
  if (parsed.data.accountId !== undefined && parsed.data.accountId !== accountId) {
    return { outcome: "invalid", fieldErrors: {}, identity: ["identity.accountId: Must be the same as accountId when both are given."] };
  }
  const fingerprint = createHash("sha256").update(`${portal.id}\n${rawBody}`).digest("hex");
  const replay = async () => {
    const stored = idempotencyKey === null ? undefined : await findIdempotentAnswer(db, { apiKeyId: key.id, key: idempotencyKey, now });
    if (!stored) return undefined;
    return stored.fingerprint === fingerprint ? ({ outcome: "answer", status: stored.status, body: JSON.parse(stored.body) as unknown, replayed: true } as const) : ({ outcome: "key-reused" } as const);
  };

  const earlier = await replay();
  if (earlier) return earlier;
  const policy = deadlinePolicy(portal, { type: parsed.data.type, receivedAt: now, verifiedAt: now });
  let deadline;
  try {
    deadline = computeRequestDeadline(policy, parsed.data.type);
  } catch (e) {
    if (!(e instanceof DeadlineInputError)) throw e;
    return { outcome: "answer", status: 422, body: { error: { code: "deadline_not_computable", message: "This portal's law gives no deadline for this request type: file it through the form instead." } }, replayed: false };
  }
  try {
    const answer = await withTransaction(db, async (tx): Promise<VerifiedIntake> => {
      // Each key has an allowance of its own: an operator's backend files for many users from one address.
      const allowance = await spendClientAllowance(db, { channel: "api", client: `api-key:${key.id}`, now });
      if (!allowance.ok) return { outcome: "rate-limited", retryAfterSeconds: allowance.retryAfterSeconds };
      const { data } = parsed;
      const request = await openVouchedRequest(tx, {
        portal,
        data: { ...data, accountId },
        channel: "api",
        identityEvidence: `Signed in to the operator's account ${accountId}, vouched for by API key ${key.id} (${key.name})`,
        actor: apiActor(key),
        verified: { verifiedBy: "operator", accountId, apiKeyId: key.id },
        policy,
        deadline,
        now,
        appUrl,
      });
      const body = { id: request.reference, status: "open", dueDate: deadline.dueDate, dueAt: deadline.dueAt.toISOString() };
      if (idempotencyKey !== null) {
        const kept = await keepIdempotentAnswer(tx, { apiKeyId: key.id, key: idempotencyKey, fingerprint, status: 201, body: JSON.stringify(body), now, expiresAt: new Date(now.getTime() + IDEMPOTENCY_MS) });
        if (!kept) throw new AnsweredMeanwhile();
      }
      return { outcome: "answer", status: 201, body, replayed: false };
    });
    if (answer.outcome === "answer") kickMailWorker();
    return answer;
  } catch (e) {
    if (!(e instanceof AnsweredMeanwhile)) throw e;
    return (await replay()) ?? { outcome: "key-reused" };
  }
}
