import "server-only";
import type { Tx } from "../../db/client";
import { insertRequestAgent } from "../../db/queries/request-agents";
import type { DsrRequest, Portal } from "../../db/schema";
import { agentConfirmationEmail, agentReceiptEmail, type VerificationProps } from "../../emails";
import type { EmailTemplate } from "../../emails/template";
import type { RequestType } from "../deadlines/types";
import { enqueueEmail } from "../mail/outbox";
import { recordRequestEvent } from "../requests/kit";
import type { RequestAgentInput } from "../validation/request";
import type { PermissionFile } from "./permission";

/** The agent as the consumer reads them: the name, and the organisation if given. */
export function agentLabel(agent: { name: string; organisation?: string | null }): string {
  return agent.organisation ? `${agent.name} (${agent.organisation})` : agent.name;
}

/** The verification email of an agent's request, as every verification path sends it (first link, resend, reminder). */
export function agentConfirmationFor(agent: { name: string; organisation?: string | null }, requestType: RequestType): EmailTemplate<VerificationProps> {
  return {
    name: agentConfirmationEmail.name,
    preview: agentConfirmationEmail.preview,
    render: (props, language) => agentConfirmationEmail.render({ ...props, agent: agentLabel(agent), requestType }, language),
  };
}

/**
 * Keeps who filed a request for someone else and the permission they uploaded, and sends
 * the agent a receipt, in the transaction that stores the request. The audit trail says
 * an agent filed it, not who: the chain cannot be erased later.
 */
export async function recordAgent(
  tx: Tx,
  { request, portal, agent, permission, now }: { request: DsrRequest; portal: Portal; agent: RequestAgentInput; permission: PermissionFile; now: Date },
): Promise<void> {
  await insertRequestAgent(tx, {
    requestId: request.id,
    name: agent.name,
    organisation: agent.organisation ?? null,
    email: agent.email,
    permissionFilename: permission.filename,
    permissionMimeType: permission.mimeType,
    permissionSize: permission.bytes.length,
    permission: permission.bytes,
    createdAt: now,
  });
  await recordRequestEvent(tx, request, { type: "agent_authorization_received", actor: "requester", data: { size: permission.bytes.length, mimeType: permission.mimeType }, at: now });
  await enqueueEmail(tx, {
    template: agentReceiptEmail,
    props: { portalName: portal.name, contactEmail: portal.contactEmail, consumerName: request.name ?? request.email, reference: request.reference },
    to: agent.email,
    language: request.language,
    requestId: request.id,
    now,
  });
}
