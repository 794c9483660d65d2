"use server";

import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { now } from "@/lib/clock";
import { resendFailedMessage } from "@/lib/mail/resend-failed";
import { kickMailWorker } from "@/lib/mail/worker";
import { requireStaff } from "@/lib/staff/session";

/** An admin resends a failed message of one of their portals; anything else is a 404. */
export async function resendAction(formData: FormData) {
  const staff = await requireStaff();
  const id = Number(formData.get("id"));
  const adminOf = staff.memberships.filter((m) => m.role === "admin").map((m) => m.portalId);
  const outcome = resendFailedMessage(getDb(), { id, userId: staff.user.id, adminOf, now: now() });
  if (outcome === "not-found") notFound();
  if (outcome === "not-failed") redirect(`/staff/outbox?error=outbox_not_failed`);
  kickMailWorker();
  redirect(`/staff/outbox?resent=${id}`);
}
