import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Webhook signing secrets. The sender needs each secret back to sign with, so
 * unlike API keys it cannot keep only a hash: it keeps the secret encrypted
 * (AES-256-GCM) under a key derived from AUTH_SECRET, so a copy of the
 * database alone does not let anyone forge webhooks.
 */

/** A new secret in the Standard Webhooks form: `whsec_` and 32 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString("base64")}`;
}

const VERSION = "v1";

function keyFrom(authSecret: string): Buffer {
  // A key of its own for this use: the same AUTH_SECRET also signs sessions and form stamps.
  return Buffer.from(hkdfSync("sha256", authSecret, "rightsdesk", "webhook signing secrets", 32));
}

/** `v1.<iv>.<tag>.<ciphertext>`, each in base64url. */
export function sealSecret(secret: string, authSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(authSecret), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), sealed].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The secret back; throws if AUTH_SECRET changed since it was sealed, or the value was tampered with. */
export function openSecret(sealed: string, authSecret: string): string {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || !data) throw new Error("not a sealed webhook secret");
  const decipher = createDecipheriv("aes-256-gcm", keyFrom(authSecret), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
