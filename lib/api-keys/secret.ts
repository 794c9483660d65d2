import { randomBytes } from "node:crypto";
import { hashToken } from "../verification";

/**
 * API key secrets: `rdk_` and 32 random bytes in base64url. The fixed prefix
 * lets secret scanners (and people) recognise a leaked key; only the SHA-256
 * of the whole key is stored, like link tokens (lib/verification.ts).
 */
export const API_KEY_PREFIX = "rdk_";

const API_KEY = /^rdk_[A-Za-z0-9_-]{43}$/;
/** How many characters after `rdk_` are kept in clear to tell keys apart: 48 of the secret's 256 bits. */
const DISPLAY_CHARS = 8;

export interface NewApiKey {
  /** The secret, shown once. */
  key: string;
  hash: string;
  /** Its first characters after `rdk_`, stored in clear for the key list. */
  prefix: string;
}

export function newApiKey(): NewApiKey {
  const key = API_KEY_PREFIX + randomBytes(32).toString("base64url");
  return { key, hash: hashApiKey(key), prefix: key.slice(API_KEY_PREFIX.length, API_KEY_PREFIX.length + DISPLAY_CHARS) };
}

export function hashApiKey(key: string): string {
  return hashToken(key);
}

/** A well-formed key, or undefined: anything else is not worth a lookup. */
export function parseApiKey(value: unknown): string | undefined {
  return typeof value === "string" && API_KEY.test(value) ? value : undefined;
}

/** The key a request carries in `Authorization: Bearer rdk_…` (the scheme in any case), if it is well formed. */
export function bearerApiKey(headers: Pick<Headers, "get">): string | undefined {
  const match = /^Bearer +(\S+) *$/i.exec(headers.get("authorization") ?? "");
  return match ? parseApiKey(match[1]) : undefined;
}

/** How a key is named in lists: `rdk_AbCdEfGh…`, never the secret. */
export function displayApiKey(prefix: string): string {
  return `${API_KEY_PREFIX}${prefix}…`;
}
