"use server";

import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getOutboxMessage, requeueFailedMessage } from "@/db/queries/outbox-admin";
import { now } from "@/lib/clock";
import { kickMailWorker } from "@/lib/mail/worker";
import { recordStaffEvent } from "@/lib/staff/audit";
import { requireStaff } from "@/lib/staff/session";

/** An admin resends a failed message: it goes back in the queue with a fresh set of attempts. */
export async function resendAction(formData: FormData) {
  const staff = await requireStaff();
  const id = Number(formData.get("id"));
  const message = Number.isInteger(id) ? getOutboxMessage(getDb(), { id }) : undefined;
  const adminOf = staff.memberships.filter((m) => m.role === "admin").map((m) => m.portalId);
  const portalIds = message?.portalId ? [message.portalId] : adminOf;
  if (!message || adminOf.length === 0 || (message.portalId && !adminOf.includes(message.portalId))) notFound();
  const at = now();
  const db = getDb();
  const requeued = db.transaction(() => requeueFailedMessage(db, { id, now: at }), { behavior: "immediate" });
  if (!requeued) redirect(`/staff/outbox?error=${encodeURIComponent(`message ${id} is no longer failed`)}`);
  recordStaffEvent(db, { userId: staff.user.id, type: "email_resent", data: { outboxId: id }, portalIds, at });
  kickMailWorker();
  redirect(`/staff/outbox?resent=${id}`);
}
