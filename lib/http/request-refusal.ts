import { apiError, NO_STORE } from "../api/respond";
import { drpError, drpResponse } from "../drp/respond";
import { messages } from "../i18n/catalogue";
import { LANGUAGES, pickLanguage } from "../i18n/languages";
import { PERMISSION_MAX_KB } from "../web-agents/permission-limit";

/** What a form or a server action may post: Next's own limit for actions (which it enforces with a 500). */
export const MAX_FORM_BYTES = 1024 * 1024;

export interface Refusal {
  status: 400 | 411 | 413;
  text: string;
}

/**
 * Whether a request must be refused before it reaches a page or a server
 * action, where Next itself would fail with a 500:
 * - a path whose %-escapes are not UTF-8 (Next cannot decode it into route parameters);
 * - a declared length over the limit;
 * - a post streamed in chunks with no declared length (browsers always declare
 *   a form's; Next would read it up to its limit, then fail). Route handlers
 *   under /api/ and /drp/ read bodies under limits of their own.
 */
export function requestRefusal({ method, pathname, headers }: { method: string; pathname: string; headers: Headers }): Refusal | undefined {
  if (!decodes(pathname)) return { status: 400, text: "The address is malformed." };
  const api = /^\/(api|drp)\//.test(pathname);
  if (Number(headers.get("content-length") ?? 0) > MAX_FORM_BYTES) return { status: 413, text: api ? `The body must be at most ${MAX_FORM_BYTES} bytes.` : tooLarge(headers) };
  if (method === "POST" && !api && !headers.has("content-length") && headers.has("transfer-encoding")) {
    return { status: 411, text: "A form must be sent with its length." };
  }
  return undefined;
}

/**
 * The one refusal a person meets: a requester who chose too large a file without JavaScript
 * (with it, the form checks the file first). Said in the browser's language, with the limits,
 * since no page of the portal is reached to say it.
 */
function tooLarge(headers: Headers): string {
  const language = pickLanguage(LANGUAGES, "en", { acceptLanguage: headers.get("accept-language") });
  return messages(language).refusals.formTooLarge(MAX_FORM_BYTES / 1024 / 1024, PERMISSION_MAX_KB);
}

/**
 * The refusal as its path's clients read errors: the REST API's error shape
 * (lib/api/respond.ts), DRP's (DRP §3.06, lib/drp/respond.ts), plain text for a
 * person anywhere else. Never cached.
 */
export function refusalResponse({ status, text }: Refusal, pathname: string): Response {
  if (pathname.startsWith("/api/")) return apiError(status, API_CODES[status], text);
  if (pathname.startsWith("/drp/")) return drpResponse(drpError(status, text));
  return new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", ...NO_STORE } });
}

const API_CODES: Record<Refusal["status"], string> = { 400: "bad_request", 411: "length_required", 413: "payload_too_large" };

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
