import "server-only";
import { randomBytes } from "node:crypto";

/**
 * Webhook signing secrets. The sender needs each secret back to sign with, so
 * it is kept sealed (lib/security/sealed-secret.ts, purpose "webhook signing
 * secrets"), so a copy of the database alone does not let anyone forge webhooks.
 */

/** A new secret in the Standard Webhooks form: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}
