/** What a form or a server action may post: Next's own limit for actions (which it enforces with a 500). */
export const MAX_FORM_BYTES = 1024 * 1024;

/**
 * Whether a request's body must be refused before it reaches a page or a
 * server action: 413 when its declared length is over the limit, 411 when it
 * declares none but is streamed in chunks (browsers always declare a form's
 * length; Next would read an undeclared one up to its limit and then fail with
 * a 500). Route handlers under /api/ read bodies under limits of their own.
 */
export function bodyRefusal({ method, pathname, headers }: { method: string; pathname: string; headers: Headers }): 411 | 413 | undefined {
  if (Number(headers.get("content-length") ?? 0) > MAX_FORM_BYTES) return 413;
  if (method === "POST" && !pathname.startsWith("/api/") && !headers.has("content-length") && headers.has("transfer-encoding")) return 411;
  return undefined;
}
