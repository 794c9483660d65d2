"use server";

import { notFound, redirect } from "next/navigation";
import { memberPortal, workContext } from "@/lib/cases/context";
import { recordManualRequest } from "@/lib/cases/intake";
import { parseIsoDate } from "@/lib/deadlines/dates";
import { zonedInstant } from "@/lib/deadlines/zone";
import { kickMailWorker } from "@/lib/mail/worker";
import { parseSubmission } from "@/lib/requests/parse";
import { asDomainError, requestFieldErrorCode, type StaffErrorCode } from "@/lib/staff/errors";
import { atLeast } from "@/lib/staff/roles";
import { requireStaff } from "@/lib/staff/session";

const CHANNELS = ["email", "phone", "post"] as const;

export async function recordRequestAction(formData: FormData) {
  const staff = await requireStaff();
  const work = workContext();
  const { portal, role } = (await memberPortal(staff, String(formData.get("portal") ?? ""), work.db)) ?? notFound();
  const fail = (...codes: StaffErrorCode[]): never => redirect(`/staff/requests/new?${new URLSearchParams(codes.map((code) => ["error", code]))}`);
  if (!atLeast(role, "agent")) fail("intake_needs_agent");
  const fields = Object.fromEntries([...formData].filter(([, v]) => typeof v === "string")) as Record<string, string>;
  const parsed = parseSubmission(portal, fields, { form: false });
  if (!parsed.ok) {
    fail(...Object.values(parsed.fieldErrors).flatMap((keys) => (keys ?? []).map(requestFieldErrorCode)));
    return;
  }
  const channel = CHANNELS.find((c) => c === fields.channel) ?? fail("intake_channel_required");
  // A datetime-local value; anything else (a tampered form) is refused here, before it reaches the zone arithmetic.
  const [date, time] = (fields.receivedAt ?? "").split("T");
  if (!date || !parseIsoDate(date) || !time || !/^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?$/.test(time)) fail("intake_received_at_required");
  let id: number | undefined;
  try {
    const request = await recordManualRequest(work.db, {
      portal,
      input: parsed.data,
      channel,
      receivedAt: zonedInstant(date!, time!, portal.timeZone),
      identityEvidence: fields.identityEvidence ?? "",
      by: staff.user.id,
      now: work.now,
      appUrl: work.appUrl,
    });
    id = request.id;
    kickMailWorker();
  } catch (e) {
    const refusal = asDomainError(e);
    if (!refusal) throw e;
    fail(refusal.code);
  }
  redirect(`/staff/requests/${id}?done=recorded`);
}
