import type { Db } from "../../db/client";
import { insertRequest, uniqueReference } from "../../db/queries/requests";
import type { Channel, Portal } from "../../db/schema";
import { acknowledgementEmail } from "../../emails";
import { messages } from "../i18n/catalogue";
import type { Language } from "../i18n/languages";
import { enqueueEmail } from "../mail/outbox";
import { computeRequestDeadline, deadlinePolicy } from "../requests/deadline";
import { flagPossibleDuplicate } from "../requests/duplicates";
import type { RequestInput } from "../validation/request";
import { MAX_BACKDATE_DAYS } from "./limits";
import { CaseError, deadlineColumns, issueStatusUrl, recordCaseEvent, staffActor, staffText } from "./shared";

/**
 * Staff record a request that arrived by email, phone or post (Deepen's route:
 * "write to info@… from your registered address"). The clock starts when it
 * arrived, not when it was typed in; the identity evidence stands in for the
 * email verification, and the requester gets the acknowledgement.
 */
export function recordManualRequest(
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
  }: { portal: Portal; input: RequestInput & { language: Language }; channel: Exclude<Channel, "web" | "api">; receivedAt: Date; identityEvidence: string; by: string; now: Date; appUrl: string },
) {
  const evidence = staffText(identityEvidence, { max: 1000, tooLong: "intake_evidence_too_long", multiline: false });
  if (!evidence) throw new CaseError("intake_evidence_required");
  if (!Number.isFinite(receivedAt.getTime())) throw new CaseError("intake_received_at_required");
  if (receivedAt > now) throw new CaseError("intake_received_in_future");
  if (now.getTime() - receivedAt.getTime() > MAX_BACKDATE_DAYS * 86_400_000) throw new CaseError("intake_backdated_too_far");
  const policy = deadlinePolicy(portal, { type: input.type, receivedAt, verifiedAt: receivedAt });
  const deadline = computeRequestDeadline(policy, input.type);
  return db.transaction(
    (tx) => {
      const reference = uniqueReference(tx, { prefix: portal.referencePrefix });
      const request = insertRequest(tx, {
        portalId: portal.id,
        reference,
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
        deadlinePolicy: policy,
        ...deadlineColumns(deadline, { request: { status: "open", type: input.type, extendedAt: null }, policy, reminderDays: portal.reminderDays, now }),
      });
      recordCaseEvent(tx, request, { type: "recorded", actor: staffActor(by), visible: true, data: { channel, receivedAt: receivedAt.toISOString() }, at: now });
      flagPossibleDuplicate(tx, { request, portal, now });
      enqueueEmail(tx, {
        template: acknowledgementEmail,
        props: {
          portalName: portal.name, contactEmail: portal.contactEmail,
          reference,
          requestTypeLabel: messages(input.language).requestTypes[input.type].label,
          dueDate: deadline.dueDate,
          statusUrl: issueStatusUrl(tx, { request, portal, appUrl, now }),
          channel,
        },
        to: input.email,
        language: input.language,
        requestId: request.id,
        now,
      });
      return request;
    },
    { behavior: "immediate" },
  );
}
