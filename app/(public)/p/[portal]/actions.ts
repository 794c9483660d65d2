"use server";

import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { actionForm } from "@/lib/http/action-form";
import { kickMailWorker } from "@/lib/mail/worker";
import type { FormFieldErrors } from "@/lib/requests/parse";
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
import { requesterContext, type RequesterContext } from "@/lib/requests/context";
import { lodgeAppeal } from "@/lib/appeals/lodge";
import { readUpload } from "@/lib/web-agents/permission";

export interface RequestFormState {
  fieldErrors?: FormFieldErrors;
  formError?: "tooFast" | "rateLimited";
  values?: Record<string, string>;
  stamp?: string;
}

/**
 * The requester context of the portal in the form's `portal` field, or 404.
 * Every action takes the portal from a form field rather than a bound argument:
 * bound actions break without JavaScript (a client-bound one loops forever,
 * vercel/next.js#98045; a server-bound one is refused as invalid).
 */
async function requesterOr404(formData: FormData): Promise<RequesterContext> {
  return (await requesterContext(String(formData.get("portal") ?? ""))) ?? notFound();
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
  const { db, portal, now } = await requesterOr404(formData);
  const { slug } = portal;
  const values = fields(formData);
  const head = await headers();
  // An authorized agent's signed permission is the form's one file; the typed values alone come back on an error.
  const body = { ...values, permission: await readUpload(formData.get("permission")) };
  const received = await receiveSubmission(db, { channel: "web", portal, body, client: clientAddress(head), acceptLanguage: head.get("accept-language"), now });
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
  const c = await requesterOr404(formData);
  const { portal } = c;
  const { slug } = portal;
  const email = emailSchema.safeParse(formData.get("email"));
  const lang = String(formData.get("lang") ?? portal.defaultLanguage);
  const back = (resent: string) => redirect(`/p/${slug}/request/sent?lang=${encodeURIComponent(lang)}&resent=${resent}`);
  if (!email.success) back("invalid");
  const client = clientAddress(await headers());
  if (email.success && (await resendForEmail(c.db, { ...c, email: email.data, client }))) kickMailWorker();
  back("1");
}

/** The confirmation button's POST: only this verifies, never the link's GET (mail scanners follow links). */
export async function verifyAction(formData: FormData) {
  const c = await requesterOr404(formData);
  const { slug } = c.portal;
  const token = formData.get("token");
  const lang = String(formData.get("lang") ?? "");
  const outcome = await verifyRequest(c.db, { ...c, token });
  if (outcome.state === "verified") {
    kickMailWorker();
    redirect(`/p/${slug}/status?token=${outcome.statusToken}&lang=${outcome.request.language}&confirmed=1`);
  }
  const failed = outcome.state === "not-computable" ? "&failed=1" : "";
  redirect(`/p/${slug}/verify?token=${encodeURIComponent(String(token ?? ""))}&lang=${encodeURIComponent(lang)}${failed}`);
}

/** A new link for an expired one: the old link identifies the request, the address is never asked for. */
export async function newLinkAction(formData: FormData) {
  const c = await requesterOr404(formData);
  const { slug } = c.portal;
  const token = formData.get("token");
  const lang = String(formData.get("lang") ?? "");
  const inspected = await inspectVerifyToken(c.db, { token, portalId: c.portal.id, now: c.now });
  const sentNew = inspected.state === "expired" && (await sendNewVerificationLink(c.db, { ...c, request: inspected.request }));
  if (sentNew) kickMailWorker();
  redirect(`/p/${slug}/verify?token=${encodeURIComponent(String(token ?? ""))}&lang=${encodeURIComponent(lang)}&new=${sentNew ? "sent" : "refused"}`);
}

export async function withdrawAction(formData: FormData) {
  const c = await requesterOr404(formData);
  const { slug } = c.portal;
  const token = String(formData.get("token") ?? "");
  const lang = String(formData.get("lang") ?? "");
  const outcome = await withdrawRequest(c.db, { ...c, token });
  if (outcome.state === "withdrawn") kickMailWorker();
  redirect(`/p/${slug}/status?token=${encodeURIComponent(token)}&lang=${encodeURIComponent(lang)}&withdraw=${outcome.state}`);
}

/** The requester answers the privacy team's question on the status page. */
export async function answerAction(formData: FormData) {
  const c = await requesterOr404(formData);
  const { slug } = c.portal;
  const token = String(formData.get("token") ?? "");
  const lang = String(formData.get("lang") ?? "");
  const back = (result: string) => `/p/${slug}/status?token=${encodeURIComponent(token)}&lang=${encodeURIComponent(lang)}&answer=${result}`;
  const request = await requestForStatusToken(c.db, { token, portalId: c.portal.id, now: c.now });
  if (!request || request.status !== "awaiting_requester") redirect(back("not-allowed"));
  const answer = answerSchema.safeParse(formData.get("answer") ?? "");
  if (!answer.success) redirect(back(answer.error.issues[0]!.message));
  try {
    await answerQuestion(c.db, { request, answer: answer.data, now: c.now });
  } catch (e) {
    if (e instanceof CaseError || e instanceof TransitionError) redirect(back("not-allowed"));
    throw e;
  }
  redirect(back("sent"));
}

/** The requester appeals a decision from its status page; the status link is the proof of identity. */
export async function appealAction(formData: FormData) {
  const c = await requesterOr404(formData);
  const { slug } = c.portal;
  const token = String(formData.get("token") ?? "");
  const lang = String(formData.get("lang") ?? "");
  const original = await requestForStatusToken(c.db, { token, portalId: c.portal.id, now: c.now });
  const outcome = original
    ? await lodgeAppeal(c.db, { ...c, original, grounds: String(formData.get("grounds") ?? ""), channel: "web" })
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
  const c = await requesterOr404(formData);
  const { slug } = c.portal;
  const lang = String(formData.get("lang") ?? "");
  await revokeStatusLinks(c.db, { ...c, token: formData.get("token") });
  redirect(`/p/${slug}/status?lang=${encodeURIComponent(lang)}&revoked=1`);
}
