"use server";

import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getPortalBySlug } from "@/db/queries/portals";
import { recordManualRequest } from "@/lib/cases/intake";
import { CaseError } from "@/lib/cases/shared";
import { zonedInstant } from "@/lib/deadlines/zone";
import { env } from "@/lib/env";
import { messages } from "@/lib/i18n/catalogue";
import { kickMailWorker } from "@/lib/mail/worker";
import { parseSubmission } from "@/lib/requests/parse";
import { atLeast } from "@/lib/staff/roles";
import { requireStaff } from "@/lib/staff/session";

const CHANNELS = ["email", "phone", "post"] as const;
const english = messages("en").portal.form.errors;

export async function recordRequestAction(formData: FormData) {
  const staff = await requireStaff();
  const portal = getPortalBySlug(getDb(), { slug: String(formData.get("portal") ?? "") });
  if (!portal || !staff.roleOn(portal.id)) notFound();
  const fail = (message: string): never => redirect(`/staff/requests/new?error=${encodeURIComponent(message)}`);
  if (!atLeast(staff.roleOn(portal.id), "agent")) fail("recording requests needs an agent's or admin's role on this portal");
  const fields = Object.fromEntries([...formData].filter(([, v]) => typeof v === "string")) as Record<string, string>;
  const parsed = parseSubmission(portal, fields, { form: false });
  if (!parsed.ok) {
    fail(Object.entries(parsed.fieldErrors).map(([field, keys]) => `${field}: ${(keys ?? []).map((k) => english[k]).join(" ")}`).join("; "));
    return;
  }
  const channel = CHANNELS.find((c) => c === fields.channel) ?? fail("choose how the request was received");
  const [date, time] = (fields.receivedAt ?? "").split("T");
  if (!date || !time) fail("give the date and time the request was received");
  let id: number | undefined;
  try {
    const request = recordManualRequest(getDb(), {
      portal,
      input: parsed.data,
      channel,
      receivedAt: zonedInstant(date!, time!, portal.timeZone),
      identityEvidence: fields.identityEvidence ?? "",
      by: staff.user.id,
      now: new Date(),
      appUrl: env().APP_URL,
    });
    id = request.id;
    kickMailWorker();
  } catch (e) {
    if (!(e instanceof CaseError)) throw e;
    fail(e.message);
  }
  redirect(`/staff/requests/${id}?done=recorded`);
}
