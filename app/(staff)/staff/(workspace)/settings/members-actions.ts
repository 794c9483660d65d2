"use server";

import { revalidatePath } from "next/cache";
import { env } from "@/lib/env";
import { staffAction, staffFormAction, type ActionState } from "@/lib/staff/action";
import { ADMIN_OF_PORTAL, type PortalTarget } from "@/lib/staff/admin-portal";
import { languageOf } from "@/lib/staff/language";
import { changeMemberRole, inviteMember, revokeMember } from "@/lib/staff/members";
import { inviteMemberSchema, memberRoleSchema, memberSchema, type InviteMemberInput } from "@/lib/validation/staff-members";

/** The invitation form's state: `done` is the address just invited. */
export type InviteFormState = ActionState<string, Partial<Record<keyof InviteMemberInput, string>>>;

const membersPath = (portal: Pick<PortalTarget, "slug">) => `/staff/settings/${portal.slug}/members`;

const invite = staffAction({ ...ADMIN_OF_PORTAL, schema: inviteMemberSchema }, async ({ input, target, staff, db, now }) => {
  // The inviter's desk language, picked or their browser's: the one they are inviting in.
  const by = { ...staff.user, language: await languageOf(staff) };
  await inviteMember(db, { portal: target, email: input.email, role: input.role, by, now, appUrl: env().APP_URL });
  revalidatePath(membersPath(target));
  return input.email;
});

/**
 * Adds a member by email: creates the staff user if there is none, gives them
 * the role and queues the invitation, with its audit entry, in one transaction.
 */
export async function inviteMemberAction(prev: InviteFormState, posted?: FormData): Promise<InviteFormState> {
  return invite(prev, posted);
}

/** What a role change or revocation came to (`?done=`); refusals come as `?error=` codes. */
export type MemberOutcome = "role-changed" | "revoked";

const changeRole = staffFormAction(
  { ...ADMIN_OF_PORTAL, schema: memberRoleSchema },
  async ({ input, target, staff, db, now }): Promise<MemberOutcome> => {
    const done = await changeMemberRole(db, { portalId: target.id, userId: input.userId, role: input.role, by: staff.user.id, now });
    revalidatePath(membersPath(target));
    return done;
  },
  { back: membersPath },
);

/** The select-and-button form on each member's row. */
export async function changeRoleAction(formData: FormData) {
  await changeRole(formData);
}

const revoke = staffFormAction(
  { ...ADMIN_OF_PORTAL, schema: memberSchema },
  async ({ input, target, staff, db, now }): Promise<MemberOutcome> => {
    const done = await revokeMember(db, { portalId: target.id, userId: input.userId, by: staff.user.id, now });
    revalidatePath(membersPath(target));
    return done;
  },
  { back: membersPath },
);

/**
 * Removes a member from this portal only. Membership is checked on every
 * request, so their access here ends at once; their sessions stay, and so does
 * their work on other portals.
 */
export async function revokeMemberAction(formData: FormData) {
  await revoke(formData);
}
