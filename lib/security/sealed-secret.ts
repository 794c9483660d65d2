import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Secrets the server must read back (a webhook's signing secret, a mailbox's
 * password), so unlike API keys they cannot be kept as a hash: each is kept
 * encrypted (AES-256-GCM) under a key derived from AUTH_SECRET, so a copy of
 * the database alone reveals none of them.
 */

/**
 * What a secret is for. Each purpose gets a key of its own (the HKDF info), so a
 * value sealed for one never opens as another, and AUTH_SECRET's other uses
 * (sessions, form stamps) never share a key with them. Existing values depend on
 * these exact strings: never rename one.
 */
export type SealPurpose = "webhook signing secrets" | "mailbox passwords" | "DRP callback signing keys";

const VERSION = "v1";

function keyFrom(authSecret: string, purpose: SealPurpose): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret, "rightsdesk", purpose, 32));
}

/** `v1.<iv>.<tag>.<ciphertext>`, each in base64url. */
export function sealSecret(secret: string, authSecret: string, purpose: SealPurpose): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", keyFrom(authSecret, purpose), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), sealed].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

/** The secret back; throws if AUTH_SECRET changed since it was sealed, the purpose differs, or the value was tampered with. */
export function openSecret(sealed: string, authSecret: string, purpose: SealPurpose): string {
  const [version, iv, tag, data] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || !data) throw new Error("not a sealed secret");
  const decipher = createDecipheriv("aes-256-gcm", keyFrom(authSecret, purpose), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
