import "server-only";
import type { Db } from "../../db/client";
import { getUserByEmail } from "../../db/queries/staff";
import type { User } from "../../db/schema";
import { kickMailWorker } from "../mail/worker";
import { verifyPassword } from "../password";
import { hit } from "../rate-limit";
import { SemaphoreFull } from "../semaphore";
import { clearPasswordFailures, passwordAttemptsPerClient, passwordLockedFor, recordPasswordFailure } from "./sign-in-limits";

export type PasswordSignIn =
  | { kind: "ok"; user: User }
  | { kind: "wrong" }
  /** Too many attempts for this address or from this client, or too many hashes at once: the same answer for all. */
  | { kind: "limited"; retryAfterSeconds: number };

/** When every hashing slot is taken, ask for a short wait. */
const BUSY_RETRY_SECONDS = 60;

/**
 * A password sign-in, limited per client address and per email address. An
 * address that has no account, or no password, costs the same scrypt as one
 * that has (verifyPassword hashes against a dummy), and is locked out the
 * same way, so neither timing nor a lockout tells which addresses are members.
 */
export async function signInWithPassword({
  db,
  email,
  password,
  client,
  now,
  verify = verifyPassword,
}: {
  db: Db;
  email: string;
  password: string;
  client: string;
  now: Date;
  verify?: (password: string, stored: string | null | undefined) => Promise<boolean>;
}): Promise<PasswordSignIn> {
  const address = email.trim().toLowerCase();
  const perClient = await hit(db, `sign-in:password:${client}`, passwordAttemptsPerClient(), now);
  if (!perClient.ok) return { kind: "limited", retryAfterSeconds: perClient.retryAfterSeconds };
  const locked = await passwordLockedFor(db, { email: address, now });
  if (locked > 0) return { kind: "limited", retryAfterSeconds: locked };

  const user = await getUserByEmail(db, { email: address });
  let ok: boolean;
  try {
    ok = await verify(password, user?.passwordHash);
  } catch (e) {
    if (e instanceof SemaphoreFull) return { kind: "limited", retryAfterSeconds: BUSY_RETRY_SECONDS };
    throw e;
  }
  if (ok && user) {
    // Guesses sent together all pass the check above before any is counted: one that locked the address meanwhile wins.
    const lockedMeanwhile = await passwordLockedFor(db, { email: address, now });
    if (lockedMeanwhile > 0) return { kind: "limited", retryAfterSeconds: lockedMeanwhile };
    await clearPasswordFailures(db, { email: address });
    return { kind: "ok", user };
  }
  const lockedFor = await recordPasswordFailure(db, { email: address, user, now });
  kickMailWorker();
  return lockedFor > 0 ? { kind: "limited", retryAfterSeconds: lockedFor } : { kind: "wrong" };
}
