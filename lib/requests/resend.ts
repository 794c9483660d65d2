import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { getRequestAgent } from "../../db/queries/request-agents";
import { findUnverifiedRequest, getRequestById } from "../../db/queries/requests";
import type { DsrRequest, Portal } from "../../db/schema";
import type { EmailTemplate } from "../../emails/template";
import { inboundVerificationEmail, verificationEmail, type VerificationProps } from "../../emails";
import { env, type Env } from "../env";
import { hit } from "../rate-limit";
import { agentConfirmationFor } from "../web-agents/record";
import { emailVerificationLink, recordRequestEvent } from "./kit";

/** New links per request: enough for a lost email, too few to flood an inbox. */
const RESEND_LIMIT = { limit: 3, windowMs: 60 * 60 * 1000 };

/**
 * Sends a fresh verification link for a still-unverified request, revoking the
 * old ones. False when the request is gone, verified, or asked too often. An
 * authorized agent's request always gets the agent's confirmation email, and an
 * emailed request the email for someone who wrote, reminder or not.
 */
export async function sendNewVerificationLink(
  db: Db,
  { request, portal, now, appUrl, template = verificationEmail }: { request: DsrRequest; portal: Portal; now: Date; appUrl: string; template?: EmailTemplate<VerificationProps> },
): Promise<boolean> {
  if (request.status !== "submitted" || !(await hit(db, `resend:${request.id}`, RESEND_LIMIT, now)).ok) return false;
  return withTransaction(db, async (tx) => {
    const current = await getRequestById(tx, { id: request.id });
    if (current?.status !== "submitted") return false;
    const agent = await getRequestAgent(tx, { requestId: current.id });
    const sent = agent ? agentConfirmationFor(agent, current.type) : current.channel === "email" ? inboundVerificationEmail : template;
    await emailVerificationLink(tx, { request: current, portal, appUrl, now, template: sent });
    await recordRequestEvent(tx, current, { type: "verification_link_sent", actor: "system", data: { template: sent.name }, at: now });
    return true;
  });
}

/** "Send me a new link" asks per client and hour, counted apart from submissions. */
const RESEND_PER_CLIENT_WINDOW_MS = 60 * 60 * 1000;

/**
 * "Send me a new link" by address: the caller answers the same whether or not
 * the address has a request. Each ask counts against the client's hourly
 * allowance (RATE_LIMIT_PER_HOUR); past it, nothing is sent. True when a link
 * was queued (the caller kicks the mail worker).
 */
export async function resendForEmail(
  db: Db,
  { portal, email, client, now, appUrl }: { portal: Portal; email: string; client: string; now: Date; appUrl: string },
  config: Pick<Env, "RATE_LIMIT_PER_HOUR"> = env(),
): Promise<boolean> {
  if (!(await hit(db, `resend-ip:${client}`, { limit: config.RATE_LIMIT_PER_HOUR, windowMs: RESEND_PER_CLIENT_WINDOW_MS }, now)).ok) return false;
  const request = await findUnverifiedRequest(db, { portalId: portal.id, email: email.trim().toLowerCase() });
  return request !== undefined && (await sendNewVerificationLink(db, { request, portal, now, appUrl }));
}
