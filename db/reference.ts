import { randomInt } from "node:crypto";

/** Crockford's base32 without I, L, O, U: nothing to misread on a phone call. */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/**
 * A request reference such as "DPN-7K4Q-9XWD": 40 random bits, so one
 * reference says nothing about any other, and short enough to read aloud.
 */
export function newReference(prefix: string): string {
  const chars = Array.from({ length: 8 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${prefix}-${chars.slice(0, 4)}-${chars.slice(4)}`;
}
