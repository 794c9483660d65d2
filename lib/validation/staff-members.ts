import { z } from "zod";
import { ROLES } from "../../db/schema";

/** The invitation form: an address and a role, in the words the form shows next to each field. */
export const inviteMemberSchema = z.object({
  email: z.string().trim().toLowerCase().max(254, "The address must be at most 254 characters").pipe(z.email("Enter an email address such as name@example.com")),
  role: z.enum(ROLES, "Choose a role"),
});
export type InviteMemberInput = z.input<typeof inviteMemberSchema>;

/** A member's row: change their role. Messages are staff error codes (they travel as `?error=`). */
export const memberRoleSchema = z.object({
  userId: z.string().min(1, "member_not_found"),
  role: z.enum(ROLES, "member_role_required"),
});

/** A member's row: revoke their access. */
export const memberSchema = z.object({
  userId: z.string().min(1, "member_not_found"),
});
