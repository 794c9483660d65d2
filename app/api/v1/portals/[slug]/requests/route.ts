import { getDb } from "@/db/client";
import { getPortalBySlug } from "@/db/queries/portals";
import type { Portal } from "@/db/schema";
import { env } from "@/lib/env";
import { messages } from "@/lib/i18n/catalogue";
import { kickMailWorker } from "@/lib/mail/worker";
import { readLimited } from "@/lib/http/limited-body";
import { hit } from "@/lib/rate-limit";
import { clientAddress } from "@/lib/requests/client-address";
import { newReference } from "@/lib/reference";
import { parseSubmission } from "@/lib/requests/parse";
import { submitRequest } from "@/lib/requests/submit";
import { appealThroughApi } from "@/lib/appeals/api";

export const dynamic = "force-dynamic";

/** Bodies larger than this are refused before parsing: a request is a few fields. */
const MAX_BODY_BYTES = 16 * 1024;
const HOUR = 60 * 60 * 1000;
const PER_ADDRESS = { limit: 5, windowMs: HOUR };

function error(status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers: HeadersInit = {}) {
  return Response.json({ error: { code, message, ...extra } }, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/**
 * Intake for operators' own apps: the same request and verification email as
 * the web form. 202 means "submitted, waiting for the requester to confirm".
 */
export async function POST(request: Request, { params }: RouteContext<"/api/v1/portals/[slug]/requests">) {
  const { slug } = await params;
  const portal = getPortalBySlug(getDb(), { slug });
  // The slug is not repeated back: an answer never echoes what a client sent.
  if (!portal) return error(404, "portal_not_found", "There is no portal at this address.");

  const contentType = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(contentType)) {
    return error(415, "unsupported_media_type", "Send the request as JSON with Content-Type: application/json.");
  }
  const bytes = await readLimited(request, MAX_BODY_BYTES);
  if (bytes === null) return error(413, "payload_too_large", `The body must be at most ${MAX_BODY_BYTES} bytes.`);
  const body = bytes.toString("utf8");

  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return error(400, "invalid_json", "The body is not valid JSON.");
  }
  if (!json || typeof json !== "object" || Array.isArray(json)) return error(400, "invalid_json", "The body must be a JSON object.");
  if ((json as { type?: unknown }).type === "appeal") return appeal(portal, json, request.headers);

  const parsed = parseSubmission(portal, json, { form: false, acceptLanguage: request.headers.get("accept-language") });
  if (!parsed.ok) {
    const english = messages("en").portal.form.errors;
    const fields = Object.fromEntries(Object.entries(parsed.fieldErrors).map(([field, keys]) => [field, (keys ?? []).map((k) => english[k] ?? k)]));
    return error(400, "validation_failed", "Some fields are missing or invalid.", { fields });
  }
  // Counted once valid, as the web form does: a refused body stores and sends nothing, and a
  // client's mistakes (or a test of bad input) do not spend the allowance of its real requests.
  const config = env();
  const now = new Date();
  const limited = rateLimit(request.headers, now);
  if (limited) return limited;
  const { data } = parsed;
  // A flooded address gets an answer of the same shape but no more email, so the API cannot be used to spam someone.
  let reference = newReference(portal.referencePrefix);
  if (hit(`submit-email:${portal.id}:${data.email}`, PER_ADDRESS, now.getTime()).ok) {
    reference = submitRequest(getDb(), { portal, input: data, channel: "api", now, appUrl: config.APP_URL }).reference;
    kickMailWorker();
  }
  return Response.json({ id: reference, status: "submitted" }, { status: 202, headers: { "Cache-Control": "no-store" } });
}

/**
 * An appeal of a decided request: 201 with the appeal's reference and due date;
 * one 403 for every refusal, so the API never tells whether a reference exists.
 */
function appeal(portal: Portal, body: unknown, headers: Headers) {
  const now = new Date();
  const limited = rateLimit(headers, now);
  if (limited) return limited;
  const result = appealThroughApi(getDb(), { portal, body, now, appUrl: env().APP_URL });
  if (result.kind === "invalid") return error(400, "validation_failed", "Some fields are missing or invalid.", { fields: result.fields });
  if (result.kind === "refused") {
    return error(403, "appeal_not_allowed", "The reference and status token do not identify a decision that can be appealed now.");
  }
  kickMailWorker();
  const { reference, dueDate } = result.appeal;
  return Response.json({ id: reference, type: "appeal", status: "open", dueDate }, { status: 201, headers: { "Cache-Control": "no-store" } });
}

/** The per-client allowance of the API's submissions, requests and appeals alike; a 429 once spent. */
function rateLimit(headers: Headers, now: Date): Response | undefined {
  const limited = hit(`submit:api:${clientAddress(headers)}`, { limit: env().RATE_LIMIT_PER_HOUR, windowMs: HOUR }, now.getTime());
  if (limited.ok) return undefined;
  return error(429, "rate_limited", "Too many requests; try again later.", {}, { "Retry-After": String(limited.retryAfterSeconds) });
}
