"use server";

import { outboxMessageFromForm, resendFailedMessage, resendSchema } from "@/lib/mail/resend-failed";
import { StaffAccessDenied, staffFormAction } from "@/lib/staff/action";
import { DomainError } from "@/lib/staff/errors";

const resend = staffFormAction(
  // Only an admin of the message's portal; anyone else, like a stranger, gets a 404.
  { role: "admin", below: "not-found", schema: resendSchema, portalOf: outboxMessageFromForm },
  async ({ target, staff, db, now }) => {
    const outcome = await resendFailedMessage(db, { id: target.id, userId: staff.user.id, adminOf: [target.portalId], now });
    if (outcome === "not-found") throw new StaffAccessDenied("not-found");
    if (outcome === "not-failed") throw new DomainError("outbox_not_failed");
    return target.id;
  },
  { back: () => "/staff/outbox", done: (id) => ({ resent: String(id) }) },
);

/** An admin resends a failed message of one of their portals; anything else is a 404. */
export async function resendAction(formData: FormData) {
  await resend(formData);
}
