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
/** The longest a status link lives while its request is open; the requester can revoke it sooner. */
export const STATUS_TOKEN_TTL_MS = 2 * 365 * 24 * 60 * 60 * 1000;
/**
 * Once a request is closed, its status links work this many more days: time to
 * read the outcome and to appeal where the law allows (the download has its
 * own, shorter link), not years of access to the request by whoever finds an email.
 */
export const STATUS_LINK_DAYS_AFTER_CLOSE = 90;

/** When a status link stops working: at its expiry, or STATUS_LINK_DAYS_AFTER_CLOSE days after the request closed, whichever is first. */
export function statusLinkEndsAt({ expiresAt, closedAt }: { expiresAt: Date; closedAt: Date | null }): Date {
  if (!closedAt) return expiresAt;
  const afterClose = new Date(closedAt.getTime() + STATUS_LINK_DAYS_AFTER_CLOSE * 24 * 60 * 60 * 1000);
  return afterClose < expiresAt ? afterClose : expiresAt;
}

/** Unverified requests are purged, with their data, a week after submission (DESIGN.md). */
export const PURGE_UNVERIFIED_AFTER_DAYS = 7;
