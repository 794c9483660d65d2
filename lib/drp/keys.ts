import { createPublicKey, type KeyObject } from "node:crypto";

/** An Ed25519 public key is 32 bytes: 44 characters of padded base64, 64 of hex. */
const KEY_BYTES = 32;

/**
 * An agent's verify key as the raw 32 bytes, from base64 (what DRP §3.05.1
 * publishes since 0.9.1) or hex (what it published before), or null when it
 * is neither. Hex is tried first: 64 hex digits are also valid base64, but of
 * 48 bytes, so they cannot be a key in that reading.
 */
export function parseVerifyKey(text: string): Buffer | null {
  const value = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(value)) return Buffer.from(value, "hex");
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return null;
  const bytes = Buffer.from(value, "base64");
  return bytes.length === KEY_BYTES ? bytes : null;
}

/** A node:crypto public key from the raw 32 bytes, through the JWK form node accepts for Ed25519. */
export function ed25519PublicKey(raw: Buffer): KeyObject {
  return createPublicKey({ key: { kty: "OKP", crv: "Ed25519", x: raw.toString("base64url") }, format: "jwk" });
}

/** The raw 32 bytes of an Ed25519 public key, in base64: how DRP directories and our settings page show a key. */
export function rawPublicKeyBase64(key: KeyObject): string {
  const jwk = key.export({ format: "jwk" });
  return Buffer.from(jwk.x!, "base64url").toString("base64");
}
