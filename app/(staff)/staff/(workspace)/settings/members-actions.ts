"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import type { Db } from "@/db/client";
import { deleteMembership, getMembership, getUserByEmail, insertUser, listMembers, setMembership } from "@/db/queries/staff";
import { ROLES, type Portal, type Role } from "@/db/schema";
import { staffInvitationEmail } from "@/emails/staff-invitation";
import { env } from "@/lib/env";
import { actionForm } from "@/lib/http/action-form";
import { enqueueEmail } from "@/lib/mail/outbox";
import { kickMailWorker } from "@/lib/mail/worker";
import { recordStaffEvent } from "@/lib/staff/audit";
import { atomically, requireAdminPortal } from "./admin-portal";

const inviteSchema = z.object({
  email: z.string().trim().toLowerCase().max(254, "The address must be at most 254 characters").pipe(z.email("Enter an email address such as name@example.com")),
  role: z.enum(ROLES, "Choose a role"),
});

export interface InviteFormState {
  fieldErrors?: { email?: string[]; role?: string[] };
  values?: { email: string; role: string };
  /** The address just invited. */
  invited?: string;
}

/**
 * Adds a member by email: creates the staff user if there is none, gives them
 * the role and queues the invitation, with its audit entry, in one transaction.
 */
export async function inviteMemberAction(prev: InviteFormState, posted?: FormData): Promise<InviteFormState> {
  const formData = actionForm(prev, posted);
  const { staff, portal } = await requireAdminPortal(formData.get("portal"));
  const values = { email: String(formData.get("email") ?? ""), role: String(formData.get("role") ?? "") };
  const parsed = inviteSchema.safeParse(values);
  if (!parsed.success) return { values, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const { email, role } = parsed.data;
  const now = new Date();
  const refused = atomically((db) => {
    const user = getUserByEmail(db, { email }) ?? insertUser(db, { email });
    if (getMembership(db, { userId: user.id, portalId: portal.id })) return `${email} is already a member of ${portal.name}: change their role in the list instead.`;
    setMembership(db, { userId: user.id, portalId: portal.id, role });
    const props = { portalName: portal.name, role, invitedBy: staff.user.name ?? staff.user.email ?? "An admin", signInUrl: `${env().APP_URL}/staff/sign-in` };
    enqueueEmail(db, { template: staffInvitationEmail, props, to: email, language: "en", portalId: portal.id, now });
    recordStaffEvent(db, { userId: staff.user.id, type: "member_invited", data: { memberId: user.id, email, role }, portalIds: [portal.id], at: now });
    return undefined;
  });
  if (refused) return { values, fieldErrors: { email: [refused] } };
  kickMailWorker();
  revalidatePath(membersPath(portal));
  return { invited: email };
}

/** What a role change or revocation came to; the members page words each one. */
export type MemberOutcome = "role-changed" | "revoked" | "last-admin" | "not-member" | "no-role";

/** The select-and-button form on each member's row. */
export async function changeRoleAction(formData: FormData) {
  const { staff, portal } = await requireAdminPortal(formData.get("portal"));
  const role = ROLES.find((r) => r === formData.get("role"));
  const userId = String(formData.get("userId") ?? "");
  const outcome: MemberOutcome = role
    ? atomically((db): MemberOutcome => {
        const member = memberOf(db, portal, userId);
        if (!member) return "not-member";
        if (member.role === role) return "role-changed";
        if (lastAdmin(db, portal, member.role, role)) return "last-admin";
        setMembership(db, { userId, portalId: portal.id, role });
        recordStaffEvent(db, { userId: staff.user.id, type: "member_role_changed", data: { memberId: userId, email: member.email, from: member.role, to: role }, portalIds: [portal.id] });
        return "role-changed";
      })
    : "no-role";
  finish(portal, outcome);
}

/**
 * Removes a member from this portal only. Membership is checked on every
 * request, so their access here ends at once; their sessions stay, and so does
 * their work on other portals.
 */
export async function revokeMemberAction(formData: FormData) {
  const { staff, portal } = await requireAdminPortal(formData.get("portal"));
  const userId = String(formData.get("userId") ?? "");
  const outcome = atomically((db): MemberOutcome => {
    const member = memberOf(db, portal, userId);
    if (!member) return "not-member";
    if (lastAdmin(db, portal, member.role, undefined)) return "last-admin";
    deleteMembership(db, { userId, portalId: portal.id });
    recordStaffEvent(db, { userId: staff.user.id, type: "member_revoked", data: { memberId: userId, email: member.email, role: member.role }, portalIds: [portal.id] });
    return "revoked";
  });
  finish(portal, outcome);
}

function memberOf(db: Db, portal: Portal, userId: string) {
  return listMembers(db, { portalId: portal.id }).find((m) => m.userId === userId);
}

/** A portal must keep an admin, or nobody could manage its staff again: the last one cannot leave or step down. */
function lastAdmin(db: Db, portal: Portal, from: Role, to: Role | undefined): boolean {
  return from === "admin" && to !== "admin" && listMembers(db, { portalId: portal.id }).filter((m) => m.role === "admin").length === 1;
}

const membersPath = (portal: Portal) => `/staff/settings/${portal.slug}/members`;

/** Back to the list, which says what happened. */
function finish(portal: Portal, outcome: MemberOutcome): never {
  revalidatePath(membersPath(portal));
  redirect(`${membersPath(portal)}?outcome=${outcome}`);
}
