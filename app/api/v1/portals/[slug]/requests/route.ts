import { messages } from "@/lib/i18n/catalogue";
import { apiError, NO_STORE, readJsonObject } from "@/lib/api/respond";
import { clientAddress } from "@/lib/requests/client-address";
import { apiRequesterContext, type RequesterContext } from "@/lib/requests/context";
import { authenticateApiKey } from "@/lib/api-keys/authenticate";
import { env } from "@/lib/env";
import type { FieldErrors } from "@/lib/requests/parse";
import { receiveSubmission } from "@/lib/requests/receive";
import { receiveVerifiedSubmission } from "@/lib/requests/verified-intake";
import { appealThroughApi } from "@/lib/appeals/api";

export const dynamic = "force-dynamic";

/** Bodies larger than this are refused before parsing: a request is a few fields. */
const MAX_BODY_BYTES = 16 * 1024;

/** Field errors in English: an API client reads the words, not the catalogue's keys. */
function englishFieldErrors(fieldErrors: FieldErrors): Record<string, string[]> {
  const english = messages("en").portal.form.errors;
  return Object.fromEntries(Object.entries(fieldErrors).map(([field, keys]) => [field, (keys ?? []).map((k) => english[k] ?? k)]));
}

function rateLimited(retryAfterSeconds: number) {
  return apiError(429, "rate_limited", "Too many requests; try again later.", {}, { "Retry-After": String(retryAfterSeconds) });
}

/**
 * Intake for operators' own apps: the same request and verification email as
 * the web form, through the same door (lib/requests/receive.ts). 202 means
 * "submitted, waiting for the requester to confirm"; it carries the reference
 * only of a request that was stored (README, "Intake API"). With an API key,
 * the operator vouches for its signed-in user instead (201, open at once).
 */
export async function POST(request: Request, { params }: RouteContext<"/api/v1/portals/[slug]/requests">) {
  const { slug } = await params;
  const c = await apiRequesterContext(slug);
  // The slug is not repeated back: an answer never echoes what a client sent.
  if (!c) return apiError(404, "portal_not_found", "There is no portal at this address.");

  const read = await readJsonObject(request, MAX_BODY_BYTES);
  if (read instanceof Response) return read;
  const body = read.value;
  if (request.headers.has("authorization") || body.identity !== undefined) return vouched(c, body, read.raw, request.headers);
  if (body.type === "appeal") return appeal(c, body, request.headers);

  const received = await receiveSubmission(c.db, {
    channel: "api",
    portal: c.portal,
    body,
    client: clientAddress(request.headers),
    acceptLanguage: request.headers.get("accept-language"),
    now: c.now,
  });
  switch (received.outcome) {
    case "invalid":
      return apiError(400, "validation_failed", "Some fields are missing or invalid.", { fields: englishFieldErrors(received.fieldErrors) });
    case "rate-limited":
      return rateLimited(received.retryAfterSeconds);
    case "submitted":
      // A flooded address (or a tripped honeypot) gets 202 without an id: no more email, and no reference that does not exist.
      return Response.json(received.reference ? { id: received.reference, status: "submitted" } : { status: "submitted" }, { status: 202, headers: NO_STORE });
  }
}

/**
 * A request the operator vouches for, with an API key holding `requests:create`
 * (lib/requests/verified-intake.ts): 201 with the open request's reference and
 * deadline. A key is needed to vouch, and a key is only ever used to vouch.
 */
async function vouched(c: RequesterContext, body: Record<string, unknown>, rawBody: string, headers: Headers) {
  const auth = await authenticateApiKey(headers, { scope: "requests:create", portalId: c.portal.id, db: c.db, now: c.now });
  if (!auth.ok) return apiError(auth.status, auth.code, auth.message, {}, auth.headers);
  if (body.identity === undefined) {
    return apiError(400, "validation_failed", "Some fields are missing or invalid.", { fields: { identity: ['With an API key, say who vouches: "identity": {"verifiedBy": "operator", "accountId": "…"}.'] } });
  }
  const idempotencyKey = headers.get("idempotency-key");
  if (idempotencyKey !== null && !/^[\x21-\x7e]{1,255}$/.test(idempotencyKey)) {
    return apiError(400, "invalid_idempotency_key", "An Idempotency-Key is 1 to 255 visible ASCII characters, such as a UUID.");
  }
  const received = await receiveVerifiedSubmission(c.db, { portal: c.portal, key: auth.key, body, rawBody, idempotencyKey, acceptLanguage: headers.get("accept-language"), now: c.now, appUrl: env().APP_URL });
  switch (received.outcome) {
    case "invalid":
      return apiError(400, "validation_failed", "Some fields are missing or invalid.", { fields: { ...englishFieldErrors(received.fieldErrors), ...(received.identity ? { identity: received.identity } : {}) } });
    case "rate-limited":
      return rateLimited(received.retryAfterSeconds);
    case "key-reused":
      return apiError(422, "idempotency_key_reused", "This Idempotency-Key was used in the last 24 hours for another request: use a new key for a new request.");
    case "answer":
      return Response.json(received.body, { status: received.status, headers: { ...NO_STORE, ...(received.replayed ? { "Idempotent-Replayed": "true" } : {}) } });
  }
}

/**
 * An appeal of a decided request: 201 with the appeal's reference and due date;
 * one 403 for every refusal, so the API never tells whether a reference exists.
 */
async function appeal(c: RequesterContext, body: unknown, headers: Headers) {
  const result = await appealThroughApi(c.db, { ...c, body, client: clientAddress(headers) });
  switch (result.kind) {
    case "rate-limited":
      return rateLimited(result.retryAfterSeconds);
    case "invalid":
      return apiError(400, "validation_failed", "Some fields are missing or invalid.", { fields: result.fields });
    case "refused":
      return apiError(403, "appeal_not_allowed", "The reference and status token do not identify a decision that can be appealed now.");
    case "lodged": {
      const { reference, dueDate } = result.appeal;
      return Response.json({ id: reference, type: "appeal", status: "open", dueDate }, { status: 201, headers: NO_STORE });
    }
  }
}
