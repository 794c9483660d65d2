import { z } from "zod";
import { ROLES } from "../../db/schema";

/**
 * The invitation form: an address and a role. Messages are staff error codes,
 * worded in the admin's language by the action kernel, next to each field.
 */
export const inviteMemberSchema = z.object({
  email: z.string("member_email_invalid").trim().toLowerCase().max(254, "member_email_too_long").pipe(z.email("member_email_invalid")),
  role: z.enum(ROLES, "member_role_required"),
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
