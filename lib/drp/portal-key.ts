import "server-only";
import { createHash, createPrivateKey, generateKeyPairSync, sign, type KeyObject } from "node:crypto";
import { withTransaction, type Executor, type Db } from "../../db/client";
import { getDrpPortalSettings, keepDrpSigningKey } from "../../db/queries/drp-agents";
import type { Portal } from "../../db/schema";
import { openSecret, sealSecret } from "../security/sealed-secret";
import { rawPublicKeyBase64 } from "./keys";

/** The header that carries a status callback's signature (README, "Authorized agents and DRP"). */
export const CALLBACK_SIGNATURE_HEADER = "X-Rightsdesk-Signature";
/** The header naming the key that signed it, so an agent can tell a rotated key from a forgery. */
export const CALLBACK_KEY_ID_HEADER = "X-Rightsdesk-Key-Id";

/** The DRP `business-id` agents must name (DRP §2.01): the admin's choice, else the portal's slug. */
export async function drpBusinessId(db: Executor, portal: Pick<Portal, "id" | "slug">): Promise<string> {
  return (await getDrpPortalSettings(db, { portalId: portal.id }))?.businessId ?? portal.slug;
}

/** A key's id: the first 16 characters of the SHA-256 of its raw bytes, in base64url. */
function keyIdOf(publicKeyBase64: string): string {
  return createHash("sha256").update(Buffer.from(publicKeyBase64, "base64")).digest("base64url").slice(0, 16);
}

export interface PortalSigningKey {
  /** Raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
  keyId: string;
  privateKey: KeyObject;
}

/**
 * The portal's Ed25519 key pair for signing status callbacks, made the first
 * time it is needed. DRP leaves callbacks unsigned (§2.03); signing them lets
 * an agent tell ours from a forgery. The private key is sealed under
 * AUTH_SECRET like webhook secrets; two first uses at once keep one key.
 */
export async function portalSigningKey(db: Db, { portalId, authSecret }: { portalId: number; authSecret: string }): Promise<PortalSigningKey> {
  const stored = await getDrpPortalSettings(db, { portalId });
  const settings =
    stored?.privateKey && stored.publicKey && stored.keyId
      ? stored
      : await withTransaction(db, (tx) => {
          const pair = generateKeyPairSync("ed25519");
          const publicKey = rawPublicKeyBase64(pair.publicKey);
          const pkcs8 = pair.privateKey.export({ format: "der", type: "pkcs8" }).toString("base64");
          return keepDrpSigningKey(tx, { portalId, publicKey, privateKey: sealSecret(pkcs8, authSecret, "DRP callback signing keys"), keyId: keyIdOf(publicKey) });
        });
  const privateKey = createPrivateKey({ key: Buffer.from(openSecret(settings.privateKey!, authSecret, "DRP callback signing keys"), "base64"), format: "der", type: "pkcs8" });
  return { publicKey: settings.publicKey!, keyId: settings.keyId!, privateKey };
}

/** The headers that sign a callback body: `ed25519=<base64 signature over the body's bytes>`, and the key's id. */
export function callbackSignatureHeaders(body: string, key: PortalSigningKey): Record<string, string> {
  return {
    [CALLBACK_SIGNATURE_HEADER]: `ed25519=${sign(null, Buffer.from(body, "utf8"), key.privateKey).toString("base64")}`,
    [CALLBACK_KEY_ID_HEADER]: key.keyId,
  };
}
