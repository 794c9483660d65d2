import { createHmac, timingSafeEqual } from "node:crypto";

/**
 * Naive bots post a form the instant they load it. The form carries the time it
 * was shown, signed so it cannot be forged; a post faster than a person could
 * type is refused with a polite "please check and send again".
 */
export function formStamp(shownAt: Date, secret: string): string {
  const at = String(shownAt.getTime());
  return `${at}.${sign(at, secret)}`;
}

export function checkFormStamp(stamp: unknown, now: number, secret: string, minMs: number): "ok" | "too-fast" | "invalid" {
  if (typeof stamp !== "string") return "invalid";
  const [at, mac] = stamp.split(".");
  if (!at || !mac || !/^\d+$/.test(at)) return "invalid";
  const expected = Buffer.from(sign(at, secret));
  const given = Buffer.from(mac);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return "invalid";
  return now - Number(at) < minMs ? "too-fast" : "ok";
}

function sign(value: string, secret: string): string {
  return createHmac("sha256", secret).update(`form-stamp:${value}`).digest("base64url");
}
