import { readLimited } from "../http/limited-body";

/** What a DRP endpoint answers: a status and a JSON body, or no body at all (a failed pairwise setup, DRP §2.05.1). */
export interface DrpAnswer {
  status: number;
  body: unknown;
}

/** DRP §3.06's error state: `code` is the status as a string; `fatal` when the request will not be processed. */
export function drpError(status: number, message: string, { fatal = false }: { fatal?: boolean } = {}): DrpAnswer {
  return { status, body: { code: String(status), message, ...(fatal ? { fatal: true } : {}) } };
}

/** DRP §2.05.1: a failed pairwise setup is a 403 "with no response body". */
export const PAIRING_REFUSED: DrpAnswer = { status: 403, body: null };

/** JSON answers (DRP §2.0: application/json responses), never cached; a null body is sent empty. */
export function drpResponse(answer: DrpAnswer): Response {
  const headers = { "Cache-Control": "no-store" };
  return answer.body === null ? new Response(null, { status: answer.status, headers }) : Response.json(answer.body, { status: answer.status, headers });
}

/** A signed message is a few kilobytes of claims; anything larger is refused unread. */
const MAX_BODY_BYTES = 64 * 1024;

/** The body as text (DRP §2.0: signed bodies are text/plain, whatever Content-Type says), or the answer refusing it. */
export async function readSignedBody(request: Request): Promise<string | DrpAnswer> {
  const bytes = await readLimited(request, MAX_BODY_BYTES);
  return bytes === null ? drpError(413, `The body must be at most ${MAX_BODY_BYTES} bytes.`) : bytes.toString("utf8");
}

export const PORTAL_NOT_FOUND = drpError(404, "There is no business at this address.");
