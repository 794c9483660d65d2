import type { z } from "zod";

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
