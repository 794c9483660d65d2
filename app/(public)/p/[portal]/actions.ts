"use server";

import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getPortalBySlug } from "@/db/queries/portals";
import { now } from "@/lib/clock";
import { env } from "@/lib/env";
import { actionForm } from "@/lib/http/action-form";
import { kickMailWorker } from "@/lib/mail/worker";
import type { FieldErrors } from "@/lib/requests/parse";
import { receiveSubmission } from "@/lib/requests/receive";
import { resendForEmail, sendNewVerificationLink } from "@/lib/requests/resend";
import { requestForStatusToken, revokeStatusLinks, withdrawRequest } from "@/lib/requests/status";
import { answerQuestion } from "@/lib/cases/clarify";
import { CaseError } from "@/lib/cases/shared";
import { TransitionError } from "@/lib/lifecycle";
import { answerSchema } from "@/lib/validation/answer";
import { emailSchema } from "@/lib/validation/request";
import { inspectVerifyToken, verifyRequest } from "@/lib/requests/verify";
import { clientAddress } from "@/lib/requests/client-address";
import { lodgeAppeal } from "@/lib/appeals/lodge";

export interface RequestFormState {
  fieldErrors?: FieldErrors;
  formError?: "tooFast" | "rateLimited";
  values?: Record<string, string>;
  stamp?: string;
}

/**
 * Every action takes the portal from a form field rather than a bound argument:
 * bound actions break without JavaScript (a client-bound one loops forever,
 * vercel/next.js#98045; a server-bound one is refused as invalid).
 */
async function portalOr404(slug: string) {
  const portal = await getPortalBySlug(getDb(), { slug });
  if (!portal) notFound();
  return portal;
}

function fields(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData].filter(([k, v]) => !k.startsWith("$ACTION") && typeof v === "string") as [string, string][]);
}

/**
 * The request form's action, with or without JavaScript (lib/requests/receive.ts
 * decides). Field errors come back with the values typed; success, a tripped
 * honeypot and a flooded address all end on the same "check your email" page,
 * so nothing is revealed.
 */
export async function submitRequestAction(prev: RequestFormState, posted?: FormData): Promise<RequestFormState> {
  const formData = actionForm(prev, posted);
  const slug = String(formData.get("portal") ?? "");
  const portal = await portalOr404(slug);
  const values = fields(formData);
  const head = await headers();
  const received = await receiveSubmission(getDb(), { channel: "web", portal, body: values, client: clientAddress(head), acceptLanguage: head.get("accept-language") });
  switch (received.outcome) {
    case "invalid":
      return { fieldErrors: received.fieldErrors, values, stamp: values.stamp };
    case "too-fast":
      return { formError: "tooFast", values, stamp: received.stamp };
    case "rate-limited":
      return { formError: "rateLimited", values, stamp: values.stamp };
    case "submitted":
      redirect(`/p/${slug}/request/sent?lang=${received.language}`);
  }
}

/**
 * "Send a new link" on the check-your-email page: the same answer for every
 * address. Only one that is not an address at all is told so (no request can
 * have it), and does not count against the limit.
 */
export async function resendByEmailAction(formData: FormData) {
  const slug = String(formData.get("portal") ?? "");
  const portal = await portalOr404(slug);
  const email = emailSchema.safeParse(formData.get("email"));
  const lang = String(formData.get("lang") ?? portal.defaultLanguage);
  const back = (resent: string) => redirect(`/p/${slug}/request/sent?lang=${encodeURIComponent(lang)}&resent=${resent}`);
  if (!email.success) back("invalid");
  const client = clientAddress(await headers());
  if (email.success && (await resendForEmail(getDb(), { portal, email: email.data, client, now: now(), appUrl: env().APP_URL }))) kickMailWorker();
  back("1");
}

/** The confirmation button's POST: only this verifies, never the link's GET (mail scanners follow links). */
export async function verifyAction(formData: FormData) {
  const slug = String(formData.get("portal") ?? "");
  const portal = await portalOr404(slug);
  const token = formData.get("token");
  const lang = String(formData.get("lang") ?? "");
  const outcome = await verifyRequest(getDb(), { token, portal, now: now(), appUrl: env().APP_URL });
  if (outcome.state === "verified") {
    kickMailWorker();
    redirect(`/p/${slug}/status?token=${outcome.statusToken}&lang=${outcome.request.language}&confirmed=1`);
  }
  const failed = outcome.state === "not-computable" ? "&failed=1" : "";
  redirect(`/p/${slug}/verify?token=${encodeURIComponent(String(token ?? ""))}&lang=${encodeURIComponent(lang)}${failed}`);
}

/** A new link for an expired one: the old link identifies the request, the address is never asked for. */
export async function newLinkAction(formData: FormData) {
  const slug = String(formData.get("portal") ?? "");
  const portal = await portalOr404(slug);
  const token = formData.get("token");
  const lang = String(formData.get("lang") ?? "");
  const at = now();
  const inspected = await inspectVerifyToken(getDb(), { token, portalId: portal.id, now: at });
  const sentNew = inspected.state === "expired" && (await sendNewVerificationLink(getDb(), { request: inspected.request, portal, now: at, appUrl: env().APP_URL }));
  if (sentNew) kickMailWorker();
  redirect(`/p/${slug}/verify?token=${encodeURIComponent(String(token ?? ""))}&lang=${encodeURIComponent(lang)}&new=${sentNew ? "sent" : "refused"}`);
}

export async function withdrawAction(formData: FormData) {
  const slug = String(formData.get("portal") ?? "");
  const portal = await portalOr404(slug);
  const token = String(formData.get("token") ?? "");
  const lang = String(formData.get("lang") ?? "");
  const outcome = await withdrawRequest(getDb(), { token, portal, now: now() });
  if (outcome.state === "withdrawn") kickMailWorker();
  redirect(`/p/${slug}/status?token=${encodeURIComponent(token)}&lang=${encodeURIComponent(lang)}&withdraw=${outcome.state}`);
}

/** The requester answers the privacy team's question on the status page. */
export async function answerAction(formData: FormData) {
  const slug = String(formData.get("portal") ?? "");
  const portal = await portalOr404(slug);
  const token = String(formData.get("token") ?? "");
  const lang = String(formData.get("lang") ?? "");
  const back = (result: string) => `/p/${slug}/status?token=${encodeURIComponent(token)}&lang=${encodeURIComponent(lang)}&answer=${result}`;
  const at = now();
  const request = await requestForStatusToken(getDb(), { token, portalId: portal.id, now: at });
  if (!request || request.status !== "awaiting_requester") redirect(back("not-allowed"));
  const answer = answerSchema.safeParse(formData.get("answer") ?? "");
  if (!answer.success) redirect(back(answer.error.issues[0]!.message));
  try {
    await answerQuestion(getDb(), { request, answer: answer.data, now: at });
  } catch (e) {
    if (e instanceof CaseError || e instanceof TransitionError) redirect(back("not-allowed"));
    throw e;
  }
  redirect(back("sent"));
}

/** The requester appeals a decision from its status page; the status link is the proof of identity. */
export async function appealAction(formData: FormData) {
  const slug = String(formData.get("portal") ?? "");
  const portal = await portalOr404(slug);
  const token = String(formData.get("token") ?? "");
  const lang = String(formData.get("lang") ?? "");
  const at = now();
  const original = await requestForStatusToken(getDb(), { token, portalId: portal.id, now: at });
  const outcome = original
    ? await lodgeAppeal(getDb(), { portal, original, grounds: String(formData.get("grounds") ?? ""), channel: "web", now: at, appUrl: env().APP_URL })
    : { state: "not-allowed" as const };
  if (outcome.state === "lodged") kickMailWorker();
  redirect(`/p/${slug}/status?token=${encodeURIComponent(token)}&lang=${encodeURIComponent(lang)}&appeal=${outcome.state}`);
}

/**
 * The requester revokes every status link of the request. The page they land on
 * carries no token (it no longer works) and says the links are revoked; an
 * invalid link lands on the same page as a revoked one, revealing nothing.
 */
export async function revokeStatusLinksAction(formData: FormData) {
  const slug = String(formData.get("portal") ?? "");
  const portal = await portalOr404(slug);
  const lang = String(formData.get("lang") ?? "");
  await revokeStatusLinks(getDb(), { token: formData.get("token"), portal, now: now() });
  redirect(`/p/${slug}/status?lang=${encodeURIComponent(lang)}&revoked=1`);
}
