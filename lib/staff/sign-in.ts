import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { getUserByEmail, listMemberships } from "../../db/queries/staff";
import { staffSignInEmail } from "../../emails";
import { enqueueEmail } from "../mail/outbox";
import { kickMailWorker } from "../mail/worker";
import { staffEmailLanguage } from "./language-choice";
import { recordStaffEvent } from "./audit";
import { MAGIC_LINK_MINUTES } from "./sign-in-link";
import { allowMagicLink } from "./sign-in-limits";

/**
 * Emails a magic link, through our own outbox: only to members, a few per
 * address and per client; everyone sees the same "check your email" page. The
 * link leads to a confirmation page (mail scanners must not spend the token).
 */
export async function sendSignInLink(db: Db, { email, url, client, appUrl, now }: { email: string; url: string; client: string; appUrl: string; now: Date }): Promise<void> {
  if (!(await allowMagicLink(db, { email, client, now }))) return;
  const member = await getUserByEmail(db, { email });
  if (!member || (await listMemberships(db, { userId: member.id })).length === 0) return;
  const confirmUrl = `${appUrl}/staff/sign-in/confirm?callback=${encodeURIComponent(url)}`;
  await withTransaction(db, (tx) => enqueueEmail(tx, { template: staffSignInEmail, props: { confirmUrl, expiresInMinutes: MAGIC_LINK_MINUTES }, to: email, language: staffEmailLanguage(member.language), now }));
  kickMailWorker();
}

/** A sign-in, recorded in the audit chain of each of the member's portals. */
export async function recordSignIn(db: Db, { userId, method, now }: { userId: string; method: string; now: Date }): Promise<void> {
  await withTransaction(db, (tx) => recordStaffEvent(tx, { userId, type: "staff_signed_in", data: { method }, at: now }));
}
