import type { z } from "zod";
import { readLimited } from "../http/limited-body";

/** Every API answer is about one caller's data at one moment: never cached. */
export const NO_STORE = { "Cache-Control": "no-store" };

/**
 * The API's one error shape, `{"error": {"code", "message", "fields"?}}`:
 * `code` is stable for programs, `message` is English for people, `fields`
 * names each invalid field with its problems.
 */
export function apiError(status: number, code: string, message: string, extra: { fields?: Record<string, string[]> } = {}, headers: HeadersInit = {}): Response {
  return Response.json({ error: { code, message, ...extra } }, { status, headers: { ...NO_STORE, ...headers } });
}

export function apiJson(body: unknown, status = 200, headers: HeadersInit = {}): Response {
  return Response.json(body, { status, headers: { ...NO_STORE, ...headers } });
}

/** A schema's issues by field path (`outcomes.1.keepUntil`), for `fields`. */
export function issueFields(error: z.ZodError): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const issue of error.issues) (fields[issue.path.map(String).join(".") || "body"] ??= []).push(issue.message);
  return fields;
}

export function validationFailed(fields: Record<string, string[]>): Response {
  return apiError(400, "validation_failed", "Some fields are missing or invalid.", { fields });
}

/**
 * A JSON object body, read as it streams: a Response (415, 413, 400) when it
 * is not JSON, too large, or not an object. `raw` is the text as sent.
 */
export async function readJsonObject(request: Request, maxBytes: number): Promise<{ value: Record<string, unknown>; raw: string } | Response> {
  if (!/^application\/json\s*(;|$)/i.test(request.headers.get("content-type") ?? "")) {
    return apiError(415, "unsupported_media_type", "Send the body as JSON with Content-Type: application/json.");
  }
  const bytes = await readLimited(request, maxBytes);
  if (bytes === null) return apiError(413, "payload_too_large", `The body must be at most ${maxBytes} bytes.`);
  const raw = bytes.toString("utf8");
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return apiError(400, "invalid_json", "The body is not valid JSON.");
  }
  if (!value || typeof value !== "object" || Array.isArray(value)) return apiError(400, "invalid_json", "The body must be a JSON object.");
  return { value: value as Record<string, unknown>, raw };
}
