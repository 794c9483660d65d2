"use server";

import { getKeptOutcome } from "@/db/queries/retention";
import { confirmPurge } from "@/lib/retention/confirm-purge";
import { staffFormAction } from "@/lib/staff/action";
import { confirmPurgeSchema } from "@/lib/validation/retention";

/** Back to the register with its filters: only a query string comes from the form, always onto this fixed path (no open redirect). */
const register = (_: unknown, form: FormData) => `/staff/retention?${new URLSearchParams(String(form.get("back") ?? ""))}`;

const purge = staffFormAction(
  {
    role: "agent",
    schema: confirmPurgeSchema,
    portalOf: async (form, db) => {
      const id = Number(form.get("id"));
      return Number.isInteger(id) ? getKeptOutcome(db, { id }) : undefined;
    },
  },
  ({ target, staff, db, now }) => confirmPurge(db, { outcome: target, userId: staff.user.id, now }),
  { back: register, done: (outcome) => ({ purge: outcome }) },
);

/**
 * A member confirms that data kept after a deletion is now gone. Agents and
 * admins of the row's portal only; another portal's row is a 404, so its
 * existence is not revealed; a viewer is refused (`?error=forbidden`). A second
 * confirmation changes and records nothing (`?purge=already`).
 */
export async function confirmPurgeAction(formData: FormData) {
  await purge(formData);
}
