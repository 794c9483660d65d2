import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { createRequest } from "../../db/queries/requests";
import type { Channel, Portal } from "../../db/schema";
import { agentConfirmationFor, recordAgent } from "../web-agents/record";
import { emailFirstVerificationLink, recordRequestEvent } from "./kit";
import type { ParsedRequest } from "./parse";
import { queueRequestWebhook } from "../webhooks/request-events";

/** An unverified requester is reminded once, a day after submitting (DESIGN.md, lifecycle). */
export const VERIFICATION_REMINDER_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Stores a request as `submitted` and queues the email that proves the address,
 * in one transaction. The request holds only what the form asked for. An authorized
 * agent's request is the consumer's: its verification email asks them to confirm they
 * gave the agent permission, and the agent is kept with the permission they uploaded.
 */
export async function submitRequest(
  db: Db,
  { portal, input, channel, now, appUrl }: { portal: Portal; input: ParsedRequest; channel: Channel; now: Date; appUrl: string },
): Promise<{ id: number; reference: string }> {
  return withTransaction(db, async (tx) => {
    const request = await createRequest(tx, {
      referencePrefix: portal.referencePrefix,
      portalId: portal.id,
      type: input.type,
      status: "submitted",
      channel,
      email: input.email,
      name: input.name,
      accountId: input.accountId,
      details: input.details,
      identity: input.identity ?? null,
      language: input.language,
      receivedAt: now,
      verificationReminderAt: new Date(now.getTime() + VERIFICATION_REMINDER_AFTER_MS),
    });
    await queueRequestWebhook(tx, { request, type: "request.submitted", now });
    const { agent, permission } = input;
    if (agent && !permission) throw new Error("an agent's request reached submitRequest without its checked permission");
    await emailFirstVerificationLink(tx, { request, portal, appUrl, now, template: agent ? agentConfirmationFor(agent, input.type) : undefined });
    // Last: on PostgreSQL the portal's audit chain stays locked from here to the commit, and every
    // intake at the portal waits for it (lib/requests/receive.ts).
    await recordRequestEvent(tx, request, { type: "submitted", actor: "requester", visible: true, data: { channel, requestType: input.type, ...(agent ? { byAgent: true } : {}) }, at: now });
    if (agent && permission) await recordAgent(tx, { request, portal, agent, permission, now });
    return { id: request.id, reference: request.reference };
  });
}
