import { createHash, randomBytes } from "node:crypto";

/** Link tokens: 32 random bytes in the URL, only their SHA-256 in the database. */
export function newToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A token as it appears in a link: 43 base64url characters. Anything else is not worth a lookup. */
export function looksLikeToken(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}

export const VERIFY_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
/** The status link lives as long as a requester could reasonably need it; it is revocable. */
export const STATUS_TOKEN_TTL_MS = 2 * 365 * 24 * 60 * 60 * 1000;

/** Unverified requests are purged, with their data, a week after submission (DESIGN.md). */
export const PURGE_UNVERIFIED_AFTER_DAYS = 7;
