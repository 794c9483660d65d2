import "server-only";
import { withTransaction, type Db, type Tx } from "../../db/client";
import { deleteMembership, getMembership, getUserByEmail, insertUser, listMembers, setMembership } from "../../db/queries/staff";
import type { Portal, Role, User } from "../../db/schema";
import { staffInvitationEmail } from "../../emails/staff-invitation";
import { enqueueEmail } from "../mail/outbox";
import { kickMailWorker } from "../mail/worker";
import { recordStaffEvent } from "./audit";
import { DomainError } from "./errors";

/**
 * A portal's staff, as its admins manage them: invite by email, change a
 * role, revoke access. Each change and its audit entry (and an invitation's
 * email) commit together. A portal keeps at least one admin.
 */

/** Who acts: an admin of the portal (the caller checked the role). */
type Admin = Pick<User, "id" | "name" | "email" | "language">;

/**
 * Adds a member by email: creates the staff user if there is none, gives them
 * the role and queues the invitation, with its audit entry, in one
 * transaction; the mail worker is kicked once it has committed.
 * Refuses (`member_already`, on the email field) an address already a member.
 */
export async function inviteMember(
  db: Db,
  { portal, email, role, by, now, appUrl }: { portal: Pick<Portal, "id" | "name" | "defaultLanguage">; email: string; role: Role; by: Admin; now: Date; appUrl: string },
): Promise<{ userId: string }> {
  const userId = await withTransaction(db, async (tx) => {
    const user = (await getUserByEmail(tx, { email })) ?? (await insertUser(tx, { email }));
    if (await getMembership(tx, { userId: user.id, portalId: portal.id })) {
      throw new DomainError("member_already", { field: "email", params: { email, portal: portal.name } });
    }
    await setMembership(tx, { userId: user.id, portalId: portal.id, role });
    const props = { portalName: portal.name, role, invitedBy: by.name ?? by.email, signInUrl: `${appUrl}/staff/sign-in` };
    // Someone who already works in a language reads it in theirs; a newcomer in the one the inviter works in (the portal's, from the command line).
    const language = user.language ?? by.language ?? portal.defaultLanguage;
    await enqueueEmail(tx, { template: staffInvitationEmail, props, to: email, language, portalId: portal.id, now });
    await recordStaffEvent(tx, { userId: by.id, type: "member_invited", data: { memberId: user.id, email, role }, portalIds: [portal.id], at: now });
    return user.id;
  });
  kickMailWorker();
  return { userId };
}

/**
 * Gives a member of the portal another role. Setting the role they have
 * changes and records nothing. Refuses `member_not_found` and `last_admin`.
 */
export async function changeMemberRole(db: Db, { portalId, userId, role, by, now }: { portalId: number; userId: string; role: Role; by: string; now: Date }): Promise<"role-changed"> {
  return withTransaction(db, async (tx): Promise<"role-changed"> => {
    const member = await memberOf(tx, portalId, userId);
    if (member.role === role) return "role-changed";
    await refuseLastAdmin(tx, portalId, member.role, role);
    await setMembership(tx, { userId, portalId, role });
    await recordStaffEvent(tx, { userId: by, type: "member_role_changed", data: { memberId: userId, email: member.email, from: member.role, to: role }, portalIds: [portalId], at: now });
    return "role-changed";
  });
}

/**
 * Removes a member from this portal only. Membership is checked on every
 * request, so their access here ends at once; their sessions stay, and so
 * does their work on other portals. Refuses `member_not_found` and `last_admin`.
 */
export async function revokeMember(db: Db, { portalId, userId, by, now }: { portalId: number; userId: string; by: string; now: Date }): Promise<"revoked"> {
  return withTransaction(db, async (tx): Promise<"revoked"> => {
    const member = await memberOf(tx, portalId, userId);
    await refuseLastAdmin(tx, portalId, member.role, undefined);
    if (!(await deleteMembership(tx, { userId, portalId }))) throw new DomainError("member_not_found");
    await recordStaffEvent(tx, { userId: by, type: "member_revoked", data: { memberId: userId, email: member.email, role: member.role }, portalIds: [portalId], at: now });
    return "revoked";
  });
}

async function memberOf(tx: Tx, portalId: number, userId: string) {
  const member = (await listMembers(tx, { portalId })).find((m) => m.userId === userId);
  if (!member) throw new DomainError("member_not_found");
  return member;
}

/**
 * A portal must keep an admin, or nobody could manage its staff again: the
 * last one can neither leave nor step down.
 */
export function isLastAdmin(members: readonly { role: Role }[], from: Role, to: Role | undefined): boolean {
  return from === "admin" && to !== "admin" && members.filter((m) => m.role === "admin").length === 1;
}

async function refuseLastAdmin(tx: Tx, portalId: number, from: Role, to: Role | undefined): Promise<void> {
  if (isLastAdmin(await listMembers(tx, { portalId }), from, to)) throw new DomainError("last_admin");
}
