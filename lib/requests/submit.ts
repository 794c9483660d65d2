import type { Db } from "../../db/client";
import { appendEvent } from "../../db/queries/events";
import { insertRequest, uniqueReference } from "../../db/queries/requests";
import { insertToken } from "../../db/queries/tokens";
import type { Channel, Portal } from "../../db/schema";
import { verificationEmail } from "../../emails";
import type { Language } from "../i18n/languages";
import { enqueueEmail } from "../mail/outbox";
import type { RequestInput } from "../validation/request";
import { newToken, VERIFY_TOKEN_TTL_MS } from "../verification";
import { verifyUrl } from "./links";

/** An unverified requester is reminded once, a day after submitting (DESIGN.md, lifecycle). */
export const VERIFICATION_REMINDER_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Stores a request as `submitted` and queues the email that proves the address,
 * in one transaction. The request holds only what the form asked for.
 */
export function submitRequest(
  db: Db,
  { portal, input, channel, now, appUrl }: { portal: Portal; input: RequestInput & { language: Language }; channel: Channel; now: Date; appUrl: string },
): { id: number; reference: string } {
  return db.transaction(
    (tx) => {
      const reference = uniqueReference(tx, { prefix: portal.referencePrefix });
      const request = insertRequest(tx, {
        portalId: portal.id,
        reference,
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
      const { token, hash } = newToken();
      insertToken(tx, { requestId: request.id, purpose: "verify", hash, expiresAt: new Date(now.getTime() + VERIFY_TOKEN_TTL_MS) });
      appendEvent(tx, {
        portalId: portal.id,
        requestId: request.id,
        type: "submitted",
        actor: "requester",
        public: true,
        data: { channel, requestType: input.type },
        at: now,
      });
      enqueueEmail(tx, {
        template: verificationEmail,
        props: { portalName: portal.name, contactEmail: portal.contactEmail, verifyUrl: verifyUrl(appUrl, portal.slug, token), expiresInHours: VERIFY_TOKEN_TTL_MS / 3_600_000 },
        to: input.email,
        language: input.language,
        requestId: request.id,
        now,
      });
      return { id: request.id, reference };
    },
    { behavior: "immediate" },
  );
}
