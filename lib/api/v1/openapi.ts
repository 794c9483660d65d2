import { z } from "zod";
import { requestSchema } from "../../validation/request";
import {
  assignmentBodySchema,
  completionBodySchema,
  errorSchema,
  extensionBodySchema,
  listQuerySchema,
  noteBodySchema,
  questionBodySchema,
  rejectionBodySchema,
  startBodySchema,
  requestDetailSchema,
  requestListSchema,
} from "./schemas";

type JsonSchema = Record<string, unknown>;

/**
 * The OpenAPI 3.1 document of /api/v1, built from the zod schemas the
 * handlers parse with (OpenAPI 3.1 takes JSON Schema 2020-12 as it is). Named
 * schemas (`.meta({ id })`) become components, referenced from each operation.
 */
export function openApiDocument(serverUrl: string) {
  const components: Record<string, JsonSchema> = {};
  const schema = (zod: z.ZodType, io: "input" | "output"): JsonSchema => {
    const json = z.toJSONSchema(zod, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
    const { $defs } = json;
    // The document names the dialect once (OpenAPI 3.1's default), and keeps named schemas as components.
    delete json.$schema;
    delete json.$defs;
    const relink = (value: JsonSchema) => JSON.parse(JSON.stringify(value).replaceAll('"#/$defs/', '"#/components/schemas/')) as JsonSchema;
    for (const [id, def] of Object.entries($defs ?? {})) components[id] = relink(def);
    return relink(json);
  };
  const json = (zod: z.ZodType, io: "input" | "output" = "output") => ({ "application/json": { schema: schema(zod, io) } });
  const error = (description: string) => ({ description, content: json(errorSchema) });
  const errors = {
    "401": error("No API key, or one that is unknown, revoked or expired (`unauthorized`)."),
    "403": error("The key lacks the operation's scope (`insufficient_scope`)."),
  };
  const caseErrors = {
    ...errors,
    "400": error("The body is not what the operation takes (`validation_failed`, `invalid_json`)."),
    "404": error("The key's portal has no request with that reference (`request_not_found`); another portal's request is the same 404."),
    "409": error("The request's status does not allow it now (`transition_not_allowed`, `changed_meanwhile`, `extension_already`)."),
    "413": error("The body is too large (`payload_too_large`)."),
    "415": error("The body is not JSON (`unsupported_media_type`)."),
    "422": error("The use case refused what was sent, with its code (such as `extension_too_late`, `checklist_incomplete`)."),
  };
  const reference = { name: "reference", in: "path", required: true, schema: { type: "string" }, description: "The request's reference, such as MVS-7K4Q-9XWD." };
  const caseAction = (summary: string, body: z.ZodType, description?: string) => ({
    post: {
      summary,
      description,
      security: [{ apiKey: ["requests:write"] }],
      parameters: [reference],
      requestBody: { required: true, content: json(body, "input") },
      responses: { "200": { description: "The request as it now is.", content: json(requestDetailSchema) }, ...caseErrors },
    },
  });
  const listParameters = Object.entries((schema(listQuerySchema, "input").properties ?? {}) as Record<string, JsonSchema>).map(([name, s]) => ({ name, in: "query", required: false, schema: s, description: s.description }));

  const paths = {
    "/api/v1/portals/{slug}/requests": {
      post: {
        summary: "Submit a request",
        description:
          "The web form's request as JSON. Without a key, the requester confirms it by email (202, status `submitted`). With a key holding `requests:create` and `identity.verifiedBy: operator`, the operator vouches for the requester: the request is open at once (201).",
        security: [{}, { apiKey: ["requests:create"] }],
        parameters: [{ name: "slug", in: "path", required: true, schema: { type: "string" }, description: "The portal, such as `mvsep`." }],
        requestBody: { required: true, content: json(requestSchema, "input") },
        responses: {
          "202": { description: "Submitted; waiting for the requester to confirm by email." },
          "400": error("Invalid fields (`validation_failed`) or body (`invalid_json`)."),
          "404": error("No portal at this address (`portal_not_found`)."),
          "413": error("The body is too large."),
          "415": error("The body is not JSON."),
          "429": error("Too many requests (`rate_limited`); see Retry-After."),
        },
      },
    },
    "/api/v1/requests": {
      get: {
        summary: "List requests",
        description: "The key's portal's requests, most urgent first, with the staff queue's filters. Pass `nextCursor` as `cursor` for the next page.",
        security: [{ apiKey: ["requests:read"] }],
        parameters: listParameters,
        responses: { "200": { description: "A page of requests.", content: json(requestListSchema) }, "400": error("A filter is invalid (`validation_failed`)."), ...errors },
      },
    },
    "/api/v1/requests/{reference}": {
      get: {
        summary: "Get a request",
        security: [{ apiKey: ["requests:read"] }],
        parameters: [reference],
        responses: { "200": { description: "The request, its deadline with the engine's steps, its trail and retention outcomes.", content: json(requestDetailSchema) }, "404": caseErrors["404"], ...errors },
      },
    },
    "/api/v1/requests/{reference}/start": caseAction("Start work", startBodySchema, "An open request moves to in progress; a request is completed from there. Send `{}`."),
    "/api/v1/requests/{reference}/notes": caseAction("Add an internal note", noteBodySchema),
    "/api/v1/requests/{reference}/assignment": caseAction("Assign or unassign", assignmentBodySchema),
    "/api/v1/requests/{reference}/questions": caseAction("Ask the requester a question", questionBodySchema, "The requester is emailed; the clock pauses where the request's law allows until they answer on their status page."),
    "/api/v1/requests/{reference}/extension": caseAction("Extend the deadline", extensionBodySchema, "Once, before the extension notice date; the requester is told the reason."),
    "/api/v1/requests/{reference}/rejection": caseAction("Reject the request", rejectionBodySchema),
    "/api/v1/requests/{reference}/completion": {
      post: {
        ...caseAction("Complete the request", completionBodySchema).post,
        requestBody: {
          required: true,
          content: {
            ...json(completionBodySchema, "input"),
            "multipart/form-data": { schema: { type: "object", properties: { file: { type: "string", contentMediaType: "application/octet-stream", description: "The access export: .json, .csv or .zip, at most 10 MB." } }, required: ["file"] } },
          },
        },
      },
    },
  };

  return {
    openapi: "3.1.0",
    info: { title: "Rightsdesk API", version: "1", description: "Data-subject-rights requests: intake from your app, case work from your systems. Errors are always `{\"error\": {\"code\", \"message\", \"fields\"?}}`." },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { apiKey: { type: "http", scheme: "bearer", description: "A portal's API key (`rdk_…`), created by an admin in the portal's settings or with `npm run api-key`." } },
      schemas: components,
    },
    paths,
  };
}
