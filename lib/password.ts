import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from "node:crypto";
import { createSemaphore } from "./semaphore";

/**
 * Staff passwords for installs without mail: scrypt, a memory-hard KDF, at
 * 32 MiB per hash (N=2^15, r=8) so a stolen table is slow to attack.
 */
const PARAMS = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const KEY_LENGTH = 32;

/**
 * Hashed against when an address has no password (or no account), so every
 * sign-in costs the same scrypt work and its timing tells nothing. Same cost
 * as PARAMS; the password behind it was thrown away.
 */
const DUMMY_HASH = "scrypt$32768$8$1$gIpdmXrkLjf9hQT6VbEnAw$J8fLz0ji4JTPbZ6hJCiqyCAd9bkSutNxg9L7ZFzzFPc";

/**
 * Two hashes at a time (64 MiB, two cores), a few more waiting; beyond that
 * a hash is refused with SemaphoreFull, so a burst of sign-ins cannot take
 * the server's memory and CPU.
 */
const hashing = createSemaphore({ permits: 2, maxWaiting: 8 });

export type Kdf = (password: string, salt: Buffer, options: ScryptOptions) => Promise<Buffer>;

/** The real KDF (the default of verifyPassword). */
export const scryptKdf: Kdf = (password, salt, options) =>
  new Promise((resolve, reject) => scrypt(password.normalize("NFKC"), salt, KEY_LENGTH, options, (e, key) => (e ? reject(e) : resolve(key))));

/** "scrypt$N$r$p$salt$hash", so the cost can rise later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await hashing.run(() => scryptKdf(password, salt, PARAMS));
  return ["scrypt", PARAMS.N, PARAMS.r, PARAMS.p, salt.toString("base64url"), key.toString("base64url")].join("$");
}

function parse(stored: string | null | undefined) {
  const [kind, n, r, p, salt, hash] = (stored ?? "").split("$");
  if (kind !== "scrypt" || !salt || !hash) return undefined;
  return { options: { N: Number(n), r: Number(r), p: Number(p), maxmem: PARAMS.maxmem }, salt: Buffer.from(salt, "base64url"), hash: Buffer.from(hash, "base64url") };
}

/**
 * Whether `password` matches `stored`. Runs one scrypt whether or not there is
 * a stored hash (against DUMMY_HASH if not). Throws SemaphoreFull when too many
 * hashes are already running or waiting. `kdf` is for tests.
 */
export async function verifyPassword(password: string, stored: string | null | undefined, kdf: Kdf = scryptKdf): Promise<boolean> {
  const real = parse(stored);
  const { options, salt, hash } = real ?? parse(DUMMY_HASH)!;
  const key = await hashing.run(() => kdf(password, salt, options));
  return !!real && key.length === hash.length && timingSafeEqual(key, hash);
}

/** A password to hand out once (the demo admin's): 18 random bytes, readable. */
export function generatePassword(): string {
  return randomBytes(18).toString("base64url");
}
