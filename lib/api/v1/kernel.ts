import "server-only";
import type { z } from "zod";
import { getDb, type Db } from "../../../db/client";
import { getPortalById } from "../../../db/queries/portals";
import { getRequestByReference } from "../../../db/queries/requests";
import type { DsrRequest, Portal } from "../../../db/schema";
import { type Actor } from "../../cases/shared";
import { now as clockNow } from "../../clock";
import { env } from "../../env";
import { kickMailWorker } from "../../mail/worker";
import { asDomainError } from "../../staff/errors";
import { authenticateApiKey, type ApiKeyPrincipal } from "../../api-keys/authenticate";
import type { ApiKeyScope } from "../../api-keys/scopes";
import { apiError, issueFields, readJsonObject, validationFailed } from "../respond";

/** JSON bodies of case actions: a few fields, a deletion's outcome per category. */
const MAX_JSON_BYTES = 64 * 1024;

export interface ApiContext<P> {
  key: ApiKeyPrincipal;
  /** The key as the audit trail and the use cases name who acted. */
  by: Actor;
  db: Db;
  now: Date;
  appUrl: string;
  params: P;
  request: Request;
}

export interface ApiCase {
  request: DsrRequest;
  portal: Portal;
}

/** Refusals of the use cases that say "not now" rather than "not this": the client can reload and decide again. */
const CONFLICTS = new Set(["transition_not_allowed", "changed_meanwhile", "extension_already", "duplicate_not_flagged"]);

/**
 * The API's kernel, as lib/staff/action.ts is the staff pages': a live key
 * with the scope (401 without one, the same for every reason; 403 for a key
 * that lacks the scope), then the handler; a use case's refusal becomes 409
 * (the request's state does not allow it now) or 422 (what was sent cannot be
 * done), with the staff catalogue's code and words. Queued mail is sent at once.
 */
export function apiRoute<P>(scope: ApiKeyScope, fn: (ctx: ApiContext<P>) => Promise<Response>) {
  const run = async (request: Request, params: P, { db, now }: { db: Db; now: Date }): Promise<Response> => {
    const auth = await authenticateApiKey(request.headers, { scope, db, now });
    if (!auth.ok) return apiError(auth.status, auth.code, auth.message, {}, auth.headers);
    try {
      const response = await fn({ key: auth.key, by: { apiKey: auth.key }, db, now, appUrl: env().APP_URL, params, request });
      kickMailWorker();
      return response;
    } catch (e) {
      const refused = asDomainError(e);
      if (!refused) throw e;
      const fields = refused.field ? { fields: { [refused.field]: [refused.message] } } : {};
      return apiError(CONFLICTS.has(refused.code) ? 409 : 422, refused.code, refused.message, fields);
    }
  };
  // `run` is the handler without Next: tests call it with their own database and clock.
  return Object.assign(async (request: Request, { params }: { params: Promise<P> }) => run(request, await params, { db: getDb(), now: clockNow() }), { run });
}

/** The key's portal's request by its reference; any other reference, another portal's included, is one and the same 404. */
export async function apiCase(ctx: Pick<ApiContext<unknown>, "db" | "key">, reference: string): Promise<ApiCase | Response> {
  const request = await getRequestByReference(ctx.db, { portalId: ctx.key.portalId, reference: reference.trim().toUpperCase() });
  const portal = request && (await getPortalById(ctx.db, { id: request.portalId }));
  if (!request || !portal) return apiError(404, "request_not_found", "This portal has no request with that reference.");
  return { request, portal };
}

/** The JSON body, parsed by `schema`: a Response (413, 415, 400) when it is not what the call takes. */
export async function jsonBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S> | Response> {
  const body = await readJsonObject(request, MAX_JSON_BYTES);
  if (body instanceof Response) return body;
  const parsed = schema.safeParse(body.value);
  return parsed.success ? parsed.data : validationFailed(issueFields(parsed.error));
}
