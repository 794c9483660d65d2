"use server";

import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getPortalBySlug } from "@/db/queries/portals";
import { env } from "@/lib/env";
import { actionForm } from "@/lib/http/action-form";
import { checkFormStamp, formStamp } from "@/lib/form-stamp";
import { pickLanguage } from "@/lib/i18n/languages";
import { kickMailWorker } from "@/lib/mail/worker";
import { hit } from "@/lib/rate-limit";
import { parseSubmission, type FieldErrors } from "@/lib/requests/parse";
import { resendForEmail, sendNewVerificationLink } from "@/lib/requests/resend";
import { requestForStatusToken, revokeStatusLinks, withdrawRequest } from "@/lib/requests/status";
import { submitRequest } from "@/lib/requests/submit";
import { answerQuestion } from "@/lib/cases/clarify";
import { CaseError } from "@/lib/cases/shared";
import { TransitionError } from "@/lib/lifecycle";
import { answerSchema } from "@/lib/validation/answer";
import { emailSchema } from "@/lib/validation/request";
import { inspectVerifyToken, verifyRequest } from "@/lib/requests/verify";
import { clientAddress } from "@/lib/requests/client-address";
import { lodgeAppeal } from "@/lib/appeals/lodge";

const HOUR = 60 * 60 * 1000;
/** Requests to one address per hour: a stranger cannot flood someone's inbox with our emails. */
const PER_ADDRESS = { limit: 5, windowMs: HOUR };

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
function portalOr404(slug: string) {
  const portal = getPortalBySlug(getDb(), { slug });
  if (!portal) notFound();
  return portal;
}

function fields(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData].filter(([k, v]) => !k.startsWith("$ACTION") && typeof v === "string") as [string, string][]);
}

/**
 * The request form's action, with or without JavaScript. Field errors come back
 * with the values typed; success, a tripped honeypot and a flooded address all
 * end on the same "check your email" page, so nothing is revealed.
 */
export async function submitRequestAction(prev: RequestFormState, posted?: FormData): Promise<RequestFormState> {
  const formData = actionForm(prev, posted);
  const slug = String(formData.get("portal") ?? "");
  const portal = portalOr404(slug);
  const values = fields(formData);
  const head = await headers();
  const acceptLanguage = head.get("accept-language");
  const sent = (language: string) => `/p/${slug}/request/sent?lang=${language}`;
  const config = env();
  const now = new Date();

  if (values.website) redirect(sent(pickLanguage(portal.languages, portal.defaultLanguage, { chosen: values.language, acceptLanguage })));
  const parsed = parseSubmission(portal, values, { form: true, acceptLanguage });
  if (!parsed.ok) return { fieldErrors: parsed.fieldErrors, values, stamp: values.stamp };
  if (checkFormStamp(values.stamp, now.getTime(), config.AUTH_SECRET, config.FORM_MIN_FILL_MS) !== "ok") {
    return { formError: "tooFast", values, stamp: formStamp(now, config.AUTH_SECRET) };
  }
  if (!hit(`submit:web:${clientAddress(head)}`, { limit: config.RATE_LIMIT_PER_HOUR, windowMs: HOUR }, now.getTime()).ok) {
    return { formError: "rateLimited", values, stamp: values.stamp };
  }
  const { data } = parsed;
  if (hit(`submit-email:${portal.id}:${data.email}`, PER_ADDRESS, now.getTime()).ok) {
    submitRequest(getDb(), { portal, input: data, channel: "web", now, appUrl: config.APP_URL });
    kickMailWorker();
  }
  redirect(sent(data.language));
}

/**
 * "Send a new link" on the check-your-email page: the same answer for every
 * address. Only one that is not an address at all is told so (no request can
 * have it), and does not count against the limit.
 */
export async function resendByEmailAction(formData: FormData) {
  const slug = String(formData.get("portal") ?? "");
  const portal = portalOr404(slug);
  const email = emailSchema.safeParse(formData.get("email"));
  const lang = String(formData.get("lang") ?? portal.defaultLanguage);
  const back = (resent: string) => redirect(`/p/${slug}/request/sent?lang=${encodeURIComponent(lang)}&resent=${resent}`);
  if (!email.success) back("invalid");
  const head = await headers();
  if (email.success && hit(`resend-ip:${clientAddress(head)}`, { limit: env().RATE_LIMIT_PER_HOUR, windowMs: HOUR }).ok) {
    resendForEmail(getDb(), { portal, email: email.data, now: new Date(), appUrl: env().APP_URL });
    kickMailWorker();
  }
  back("1");
}

/** The confirmation button's POST: only this verifies, never the link's GET (mail scanners follow links). */
export async function verifyAction(formData: FormData) {
  const slug = String(formData.get("portal") ?? "");
  const portal = portalOr404(slug);
  const token = formData.get("token");
  const lang = String(formData.get("lang") ?? "");
  const outcome = verifyRequest(getDb(), { token, portal, now: new Date(), appUrl: env().APP_URL });
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
  const portal = portalOr404(slug);
  const token = formData.get("token");
  const lang = String(formData.get("lang") ?? "");
  const now = new Date();
  const inspected = inspectVerifyToken(getDb(), { token, portalId: portal.id, now });
  const sentNew = inspected.state === "expired" && sendNewVerificationLink(getDb(), { request: inspected.request, portal, now, appUrl: env().APP_URL });
  if (sentNew) kickMailWorker();
  redirect(`/p/${slug}/verify?token=${encodeURIComponent(String(token ?? ""))}&lang=${encodeURIComponent(lang)}&new=${sentNew ? "sent" : "refused"}`);
}

export async function withdrawAction(formData: FormData) {
  const slug = String(formData.get("portal") ?? "");
  const portal = portalOr404(slug);
  const token = String(formData.get("token") ?? "");
  const lang = String(formData.get("lang") ?? "");
  const outcome = withdrawRequest(getDb(), { token, portal, now: new Date() });
  if (outcome.state === "withdrawn") kickMailWorker();
  redirect(`/p/${slug}/status?token=${encodeURIComponent(token)}&lang=${encodeURIComponent(lang)}&withdraw=${outcome.state}`);
}

/** The requester answers the privacy team's question on the status page. */
export async function answerAction(formData: FormData) {
  const slug = String(formData.get("portal") ?? "");
  const portal = portalOr404(slug);
  const token = String(formData.get("token") ?? "");
  const lang = String(formData.get("lang") ?? "");
  const back = (result: string) => `/p/${slug}/status?token=${encodeURIComponent(token)}&lang=${encodeURIComponent(lang)}&answer=${result}`;
  const request = requestForStatusToken(getDb(), { token, portalId: portal.id, now: new Date() });
  if (!request || request.status !== "awaiting_requester") redirect(back("not-allowed"));
  const answer = answerSchema.safeParse(formData.get("answer") ?? "");
  if (!answer.success) redirect(back(answer.error.issues[0]!.message));
  try {
    answerQuestion(getDb(), { request, answer: answer.data, now: new Date() });
  } catch (e) {
    if (e instanceof CaseError || e instanceof TransitionError) redirect(back("not-allowed"));
    throw e;
  }
  redirect(back("sent"));
}

/** The requester appeals a decision from its status page; the status link is the proof of identity. */
export async function appealAction(formData: FormData) {
  const slug = String(formData.get("portal") ?? "");
  const portal = portalOr404(slug);
  const token = String(formData.get("token") ?? "");
  const lang = String(formData.get("lang") ?? "");
  const now = new Date();
  const original = requestForStatusToken(getDb(), { token, portalId: portal.id, now });
  const outcome = original
    ? lodgeAppeal(getDb(), { portal, original, grounds: String(formData.get("grounds") ?? ""), channel: "web", now, appUrl: env().APP_URL })
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
  const portal = portalOr404(slug);
  const lang = String(formData.get("lang") ?? "");
  revokeStatusLinks(getDb(), { token: formData.get("token"), portal, now: new Date() });
  redirect(`/p/${slug}/status?lang=${encodeURIComponent(lang)}&revoked=1`);
}
