import type { Db } from "../../db/client";
import { appendEvent } from "../../db/queries/events";
import { findUnverifiedRequest, getRequestById } from "../../db/queries/requests";
import { insertToken, revokeTokens } from "../../db/queries/tokens";
import type { DsrRequest, Portal } from "../../db/schema";
import type { EmailTemplate } from "../../emails/template";
import { verificationEmail } from "../../emails";
import { enqueueEmail } from "../mail/outbox";
import { hit } from "../rate-limit";
import { newToken, VERIFY_TOKEN_TTL_MS } from "../verification";
import { verifyUrl } from "./links";

/** New links per request: enough for a lost email, too few to flood an inbox. */
const RESEND_LIMIT = { limit: 3, windowMs: 60 * 60 * 1000 };

type VerificationProps = { portalName: string; contactEmail: string; verifyUrl: string; expiresInHours: number };

/**
 * Sends a fresh verification link for a still-unverified request, revoking the
 * old ones. False when the request is gone, verified, or asked too often.
 */
export function sendNewVerificationLink(
  db: Db,
  { request, portal, now, appUrl, template = verificationEmail }: { request: DsrRequest; portal: Portal; now: Date; appUrl: string; template?: EmailTemplate<VerificationProps> },
): boolean {
  if (request.status !== "submitted" || !hit(`resend:${request.id}`, RESEND_LIMIT, now.getTime()).ok) return false;
  return db.transaction(
    (tx) => {
      const current = getRequestById(tx, { id: request.id });
      if (current?.status !== "submitted") return false;
      revokeTokens(tx, { requestId: request.id, purpose: "verify", now });
      const { token, hash } = newToken();
      insertToken(tx, { requestId: request.id, purpose: "verify", hash, expiresAt: new Date(now.getTime() + VERIFY_TOKEN_TTL_MS) });
      appendEvent(tx, { portalId: portal.id, requestId: request.id, type: "verification_link_sent", actor: "system", public: false, data: { template: template.name }, at: now });
      enqueueEmail(tx, {
        template,
        props: { portalName: portal.name, contactEmail: portal.contactEmail, verifyUrl: verifyUrl(appUrl, portal.slug, token), expiresInHours: VERIFY_TOKEN_TTL_MS / 3_600_000 },
        to: current.email,
        language: current.language,
        requestId: request.id,
        now,
      });
      return true;
    },
    { behavior: "immediate" },
  );
}

/** "Send me a new link" by address: answers the same whether or not the address has a request. */
export function resendForEmail(db: Db, { portal, email, now, appUrl }: { portal: Portal; email: string; now: Date; appUrl: string }): void {
  const request = findUnverifiedRequest(db, { portalId: portal.id, email: email.trim().toLowerCase() });
  if (request) sendNewVerificationLink(db, { request, portal, now, appUrl });
}
