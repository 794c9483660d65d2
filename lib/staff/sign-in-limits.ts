import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { deleteSignInThrottle, getSignInThrottle, lockSignInThrottle, pruneSignInThrottles, saveSignInThrottle } from "../../db/queries/sign-in-throttles";
import { listMemberships } from "../../db/queries/staff";
import type { User } from "../../db/schema";
import { staffSignInLockoutEmail } from "../../emails/staff-sign-in-lockout";
import { env } from "../env";
import { staffEmailLanguage } from "./language-choice";
import { enqueueEmail } from "../mail/outbox";
import { hit, type Limit } from "../rate-limit";
import { lockedForSeconds, recordEvent, type ThrottlePolicy } from "./throttle";

const MINUTE = 60 * 1000;

/** Five wrong passwords for one address in 15 minutes pause it for 5 minutes, then 10, 20, 40, 60. */
export const PASSWORD_FAILURES: ThrottlePolicy = { limit: 5, windowMs: 15 * MINUTE, lockMs: 5 * MINUTE, maxLockMs: 60 * MINUTE };
/** Three sign-in links per address in 15 minutes, then none for 15 minutes (doubling up to an hour). */
export const MAGIC_LINKS: ThrottlePolicy = { limit: 3, windowMs: 15 * MINUTE, lockMs: 15 * MINUTE, maxLockMs: 60 * MINUTE };
/** Per client address (lib/requests/client-address.ts), whatever the addresses tried; counted in the database like the form limits. */
export const passwordAttemptsPerClient = (): Limit => ({ limit: env().SIGN_IN_PASSWORDS_PER_CLIENT, windowMs: 15 * MINUTE });
const magicLinksPerClient = (): Limit => ({ limit: env().SIGN_IN_LINKS_PER_CLIENT, windowMs: 15 * MINUTE });

const DAY = 24 * 60 * MINUTE;
const passwordKey = (email: string) => `password:${email}`;
const magicLinkKey = (email: string) => `magic-link:${email}`;

/** Seconds until password sign-in for `email` opens again; 0 when it is open. */
export async function passwordLockedFor(db: Db, { email, now }: { email: string; now: Date }): Promise<number> {
  return lockedForSeconds(await getSignInThrottle(db, { key: passwordKey(email) }), now);
}

/** A right password clears the address's failures. */
export async function clearPasswordFailures(db: Db, { email }: { email: string }): Promise<void> {
  await withTransaction(db, (tx) => deleteSignInThrottle(tx, { key: passwordKey(email) }));
}

/**
 * Counts a wrong password for `email` and returns the seconds it is now locked
 * for (0 if not). The lockout that starts here emails the member, if `user`
 * is one, in the same transaction: once per lockout.
 */
export async function recordPasswordFailure(db: Db, { email, user, now }: { email: string; user: User | undefined; now: Date }): Promise<number> {
  return withTransaction(db, async (tx) => {
    const key = passwordKey(email);
    await lockSignInThrottle(tx, { key });
    const { state, lockedNow } = recordEvent(await getSignInThrottle(tx, { key }), now, PASSWORD_FAILURES);
    await saveSignInThrottle(tx, { key, ...state });
    await pruneSignInThrottles(tx, { before: new Date(now.getTime() - DAY), now });
    if (lockedNow && user?.email && (await listMemberships(tx, { userId: user.id })).length > 0) {
      const props = { email: user.email, failures: PASSWORD_FAILURES.limit, pausedUntil: utcMinute(state.lockedUntil!), signInUrl: `${env().APP_URL}/staff/sign-in` };
      await enqueueEmail(tx, { template: staffSignInLockoutEmail, props, to: user.email, language: staffEmailLanguage(user.language), now });
    }
    return lockedForSeconds(state, now);
  });
}

/**
 * Whether a sign-in link may be sent to `email` for `client`, counting the
 * request if so. Every address counts the same, member or not, so the limit
 * says nothing about who is a member.
 */
export async function allowMagicLink(db: Db, { email, client, now }: { email: string; client: string; now: Date }): Promise<boolean> {
  if (!(await hit(db, `sign-in:magic-link:${client}`, magicLinksPerClient(), now)).ok) return false;
  return withTransaction(db, async (tx) => {
    const key = magicLinkKey(email);
    await lockSignInThrottle(tx, { key });
    const before = await getSignInThrottle(tx, { key });
    if (lockedForSeconds(before, now) > 0) return false;
    await saveSignInThrottle(tx, { key, ...recordEvent(before, now, MAGIC_LINKS).state });
    await pruneSignInThrottles(tx, { before: new Date(now.getTime() - DAY), now });
    return true;
  });
}

function utcMinute(at: Date): string {
  return `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
