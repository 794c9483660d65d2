import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { createRequest } from "../../db/queries/requests";
import type { Channel, DsrRequest, Portal } from "../../db/schema";
import type { Language } from "../i18n/languages";
import { computeRequestDeadline, deadlinePolicy } from "../requests/deadline";
import { flagPossibleDuplicate } from "../requests/duplicates";
import { acknowledgeRequest, recordRequestEvent } from "../requests/kit";
import { zonedInstant } from "../deadlines/zone";
import { parseSubmission } from "../requests/parse";
import { DomainError, DomainErrors, requestFieldErrorCode } from "../staff/errors";
import type { IntakeInput } from "../validation/intake";
import type { RequestInput } from "../validation/request";
import { MAX_BACKDATE_DAYS } from "./limits";
import { CaseError, deadlineColumns, staffText, actorLabel, type Actor } from "./shared";

/**
 * Staff record a request that arrived by email, phone or post (Deepen's route:
 * "write to info@… from your registered address"). The clock starts when it
 * arrived, not when it was typed in; the identity evidence stands in for the
 * email verification, and the requester gets the acknowledgement.
 */
export async function recordManualRequest(
  db: Db,
  {
    portal,
    input,
    channel,
    receivedAt,
    identityEvidence,
    by,
    now,
    appUrl,
  }: { portal: Portal; input: RequestInput & { language: Language }; channel: Exclude<Channel, "web" | "api">; receivedAt: Date; identityEvidence: string; by: Actor; now: Date; appUrl: string },
): Promise<DsrRequest> {
  const evidence = staffText(identityEvidence, { max: 1000, tooLong: "intake_evidence_too_long", multiline: false });
  if (!evidence) throw new CaseError("intake_evidence_required");
  if (!Number.isFinite(receivedAt.getTime())) throw new CaseError("intake_received_at_required");
  if (receivedAt > now) throw new CaseError("intake_received_in_future");
  if (now.getTime() - receivedAt.getTime() > MAX_BACKDATE_DAYS * 86_400_000) throw new CaseError("intake_backdated_too_far");
  const policy = deadlinePolicy(portal, { type: input.type, receivedAt, verifiedAt: receivedAt });
  const deadline = computeRequestDeadline(policy, input.type);
  return withTransaction(db, async (tx) => {
    const request = await createRequest(tx, {
      referencePrefix: portal.referencePrefix,
      portalId: portal.id,
      type: input.type,
      status: "open",
      channel,
      email: input.email,
      name: input.name,
      accountId: input.accountId,
      details: input.details,
      language: input.language,
      receivedAt,
      verifiedAt: now,
      identityEvidence: evidence,
      identity: input.identity ?? null,
      deadlinePolicy: policy,
      ...deadlineColumns(deadline, { request: { status: "open", type: input.type, extendedAt: null }, policy, reminderDays: portal.reminderDays, now }),
    });
    await recordRequestEvent(tx, request, { type: "recorded", actor: actorLabel(by), visible: true, data: { channel, receivedAt: receivedAt.toISOString() }, at: now });
    await flagPossibleDuplicate(tx, { request, portal, now });
    await acknowledgeRequest(tx, { request, portal, dueDate: deadline.dueDate, appUrl, now });
    return request;
  });
}

/**
 * Manual intake as the staff form posts it (parsed by lib/validation/intake.ts):
 * the request's fields are checked for the portal (a type it offers, the
 * identity details its law asks for; every refusal as `request.<key>` on its field),
 * the receipt time is read in the portal's time zone, and the request is recorded.
 */
export async function recordIntake(db: Db, { portal, form, by, now, appUrl }: { portal: Portal; form: IntakeInput; by: Actor; now: Date; appUrl: string }): Promise<DsrRequest> {
  const parsed = parseSubmission(portal, form.request, { form: false });
  if (!parsed.ok) {
    const refusals = Object.entries(parsed.fieldErrors).flatMap(([field, keys]) => (keys ?? []).map((key) => new DomainError(requestFieldErrorCode(key), { field })));
    throw new DomainErrors(refusals.length > 0 ? refusals : [new DomainError(requestFieldErrorCode("typeRequired"), { field: "type" })]);
  }
  return recordManualRequest(db, {
    portal,
    input: parsed.data,
    channel: form.channel,
    receivedAt: zonedInstant(form.receivedAt.date, form.receivedAt.time, portal.timeZone),
    identityEvidence: form.identityEvidence,
    by,
    now,
    appUrl,
  });
}
