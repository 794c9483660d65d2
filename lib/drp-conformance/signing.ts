import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from "node:crypto";

/** An agent's signing key, as the suite holds it: the private key and its public half in base64 (a §3.05.1 `verify_key`). */
export type AgentKey = { privateKey: KeyObject; verifyKey: string };

/** The DER prefix of a PKCS#8 Ed25519 private key (RFC 8410) before its 32-byte seed. */
const PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

export class KeyFormatError extends Error {}

function agentKey(privateKey: KeyObject): AgentKey {
  const verifyKey = rawPublicKey(privateKey).toString("base64");
  return { privateKey, verifyKey };
}

function rawPublicKey(privateKey: KeyObject): Buffer {
  // The SPKI DER of an Ed25519 key ends with the 32 raw bytes.
  return createPublicKey(privateKey).export({ format: "der", type: "spki" }).subarray(-32);
}

function fromSeed(seed: Buffer): KeyObject {
  return createPrivateKey({ key: Buffer.concat([PKCS8_ED25519_PREFIX, seed]), format: "der", type: "pkcs8" });
}

/**
 * Reads a key file: a PKCS#8 PEM Ed25519 private key (`openssl genpkey -algorithm ed25519`),
 * or a libsodium secret key in base64, either the 32-byte seed or the 64-byte
 * `crypto_sign_keypair` secret key (seed followed by the public key).
 */
export function parseSigningKey(text: string): AgentKey {
  const trimmed = text.trim();
  if (trimmed.startsWith("-----BEGIN")) {
    let key: KeyObject;
    try {
      key = createPrivateKey(trimmed);
    } catch (e) {
      throw new KeyFormatError(`the PEM key cannot be read: ${(e as Error).message}`);
    }
    if (key.asymmetricKeyType !== "ed25519") throw new KeyFormatError(`the PEM key is ${key.asymmetricKeyType ?? "not an asymmetric key"}, not Ed25519`);
    return agentKey(key);
  }
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(trimmed)) throw new KeyFormatError("the key is neither a PEM private key nor base64");
  const bytes = Buffer.from(trimmed, "base64");
  if (bytes.length === 32) return agentKey(fromSeed(bytes));
  if (bytes.length === 64) {
    const key = agentKey(fromSeed(bytes.subarray(0, 32)));
    // A libsodium secret key carries its public half: a mismatch means a corrupted or spliced key.
    if (!rawPublicKey(key.privateKey).equals(bytes.subarray(32))) throw new KeyFormatError("the 64-byte secret key's last 32 bytes are not the public key of its first 32");
    return key;
  }
  throw new KeyFormatError(`the base64 key is ${bytes.length} bytes; a libsodium secret key is 32 (seed) or 64 (seed and public key)`);
}

/** A fresh key no directory knows, for the wrong-key check. */
export function strangerKey(): AgentKey {
  return agentKey(generateKeyPairSync("ed25519").privateKey);
}

/** §3.07.1: libsodium combined mode, the 64-byte signature followed by the message, then base64. */
export function signCombined(key: AgentKey, message: string): string {
  const bytes = Buffer.from(message, "utf8");
  return Buffer.concat([sign(null, bytes, key.privateKey), bytes]).toString("base64");
}

/** The same signed body with one byte flipped, at `at` (0–63 lies in the signature, 64 on in the message). */
export function flipByte(signedBase64: string, at: number): string {
  const bytes = Buffer.from(signedBase64, "base64");
  bytes[at] = bytes[at]! ^ 0x01;
  return bytes.toString("base64");
}
