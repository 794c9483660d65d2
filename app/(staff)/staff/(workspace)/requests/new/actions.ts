"use server";

import { redirect } from "next/navigation";
import { recordIntake } from "@/lib/cases/intake";
import { env } from "@/lib/env";
import { kickMailWorker } from "@/lib/mail/worker";
import { staffFormAction } from "@/lib/staff/action";
import { portalFromForm } from "@/lib/staff/targets";
import { intakeSchema } from "@/lib/validation/intake";

const record = staffFormAction(
  // Agents and admins of the chosen portal; a viewer is refused with intake's own code, a portal of someone else's a 404.
  { role: "agent", refuseWith: "intake_needs_agent", schema: intakeSchema, portalOf: portalFromForm },
  async ({ input, target: portal, staff, db, now }) => {
    const request = await recordIntake(db, { portal, form: input, by: { staff: staff.user.id }, now, appUrl: env().APP_URL });
    kickMailWorker();
    // Recorded: on to the new request's page (a refusal goes back to the form, below).
    redirect(`/staff/requests/${request.id}?done=recorded`);
  },
  { back: () => "/staff/requests/new" },
);

/** Manual intake: records a request that came by email, phone or post; refusals come back to the form as `?error=` codes. */
export async function recordRequestAction(formData: FormData) {
  await record(formData);
}
