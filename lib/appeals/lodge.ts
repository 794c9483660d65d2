import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { createRequest } from "../../db/queries/requests";
import { findAppealOf } from "../../db/queries/related";
import type { DsrRequest, Portal } from "../../db/schema";
import { appealReceivedEmail } from "../../emails";
import { deadlineColumns } from "../cases/shared";
import { computeRequestDeadline, deadlinePolicy } from "../requests/deadline";
import { emailRequester, issueStatusLink, recordRequestEvent } from "../requests/kit";
import { appealGrounds } from "../validation/appeal";
import { queueRequestWebhook } from "../webhooks/request-events";
import { appealWindow } from "./window";

export type LodgeOutcome = { state: "lodged"; appeal: DsrRequest } | { state: "not-allowed" } | { state: "empty" } | { state: "too-long" } | { state: "bad-character" };

/**
 * The requester appeals a decision. Holding the decided request's status link
 * proves the address, so the appeal opens at once, its clock running from now
 * under the statute's appeal rule; the decided request's trail records it and
 * the requester gets the appeal's reference and deadline, all in one transaction.
 */
export async function lodgeAppeal(
  db: Db,
  { portal, original, grounds, channel, now, appUrl }: { portal: Portal; original: DsrRequest; grounds: string; channel: "web" | "api"; now: Date; appUrl: string },
): Promise<LodgeOutcome> {
  const parsed = appealGrounds.safeParse(grounds);
  if (!parsed.success) {
    const code = parsed.error.issues[0]?.message;
    return { state: code === "tooLong" ? "too-long" : code === "badCharacter" ? "bad-character" : "empty" };
  }
  const text = parsed.data;
  return withTransaction(db, async (tx): Promise<LodgeOutcome> => {
    const appealed = (await findAppealOf(tx, { requestId: original.id })) !== undefined;
    if (appealWindow({ portal, request: original, appealed, now }).state !== "open") return { state: "not-allowed" };
    const policy = deadlinePolicy(portal, { type: "appeal", receivedAt: now, verifiedAt: now });
    const deadline = computeRequestDeadline(policy, "appeal");
    const appeal = await createRequest(tx, {
      referencePrefix: portal.referencePrefix,
      portalId: portal.id,
      type: "appeal",
      status: "open",
      channel,
      email: original.email,
      name: original.name,
      accountId: original.accountId,
      details: text,
      language: original.language,
      receivedAt: now,
      verifiedAt: now,
      identityEvidence: `lodged through the status link of ${original.reference}, which was sent to the verified address`,
      appealOf: original.id,
      deadlinePolicy: policy,
      ...deadlineColumns(deadline, { request: { status: "open", type: "appeal", extendedAt: null }, policy, reminderDays: portal.reminderDays, now }),
    });
    await recordRequestEvent(tx, appeal, { type: "appealed", actor: "requester", visible: true, data: { of: original.reference, channel, dueDate: deadline.dueDate }, at: now });
    await recordRequestEvent(tx, original, { type: "appeal_lodged", actor: "requester", visible: true, data: { appeal: appeal.reference }, at: now });
    // Opened at once, as a vouched request is: the webhooks hear it submitted and verified.
    await queueRequestWebhook(tx, { request: appeal, type: "request.submitted", now, extra: { appealOf: original.reference } });
    await queueRequestWebhook(tx, { request: appeal, type: "request.verified", now, extra: { appealOf: original.reference } });
    const status = await issueStatusLink(tx, { request: appeal, portal, appUrl, now });
    await emailRequester(tx, appeal, {
      template: appealReceivedEmail,
      props: {
        portalName: portal.name,
        contactEmail: portal.contactEmail,
        reference: appeal.reference,
        originalReference: original.reference,
        dueDate: deadline.dueDate,
        statusUrl: status.url,
      },
      now,
    });
    return { state: "lodged", appeal };
  });
}
