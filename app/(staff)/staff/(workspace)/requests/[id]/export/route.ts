import { completeAccess } from "@/lib/cases/complete-access";
import { caseContext, caseFromParams } from "@/lib/cases/context";
import { MAX_EXPORT_BYTES } from "@/lib/cases/limits";
import { env } from "@/lib/env";
import { escapeHtml } from "@/emails/layout";
import { messages } from "@/lib/i18n/catalogue";
import type { Language } from "@/lib/i18n/languages";
import { readLimited } from "@/lib/http/limited-body";
import { kickMailWorker } from "@/lib/mail/worker";
import { securityHeaders } from "@/lib/security/headers";
import { staffRoute, type Refusal } from "@/lib/staff/action";
import { languageOf } from "@/lib/staff/language";

export const dynamic = "force-dynamic";

/** The export and the multipart framing around it (boundary lines, part headers, the id field). */
const MAX_BODY_BYTES = MAX_EXPORT_BYTES + 64 * 1024;

/**
 * The access export upload, a plain form POST that works without JavaScript. A
 * route handler, not a server action, so that actions keep Next's small body
 * limit: this body is read as it streams and refused with 413 once it passes
 * 10 MB, never held whole beyond that. proxy.ts leaves this path alone (it would
 * buffer the body), so the responses carry the security headers themselves.
 * The checks are every case action's, through the staff-action kernel: agent
 * on the request's portal (a viewer is refused with `?error=forbidden`),
 * another portal's request a 404; the outcome shows on the request page.
 */
export const POST = staffRoute(
  { role: "agent", portalOf: caseFromParams, refused: (refusals, { target, params }) => backToRequest(target ? String(target.request.id) : params.id, refusals) },
  async (ctx) => {
    const { request } = ctx;
    const id = ctx.target.request.id;
    const body = await readLimited(request, MAX_BODY_BYTES);
    if (body === null) return tooLarge(id, await languageOf(ctx.staff));
    const form = await new Response(new Uint8Array(body), { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData().catch(() => undefined);
    const file = form?.get("file");
    const bytes = file instanceof File ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
    await completeAccess(ctx.db, { ...caseContext(ctx), file: { name: file instanceof File ? file.name : "", bytes } });
    kickMailWorker();
    return backToRequest(String(id));
  },
);

/** Back to the request's page (303, so the browser follows with a GET), with `?done=completed` or each refusal's code. */
function backToRequest(id: string, refusals: Refusal[] = []): Response {
  const query = refusals.length > 0 ? new URLSearchParams([...new Set(refusals.map((r) => r.code))].map((code) => ["error", code])) : new URLSearchParams({ done: "completed" });
  return new Response(null, { status: 303, headers: { Location: `/staff/requests/${encodeURIComponent(id)}?${query}`, ...headers() } });
}

function headers() {
  return { ...securityHeaders({ https: env().APP_URL.startsWith("https:") }), "Cache-Control": "no-store" };
}

function tooLarge(id: number, language: Language): Response {
  const t = messages(language).staffCase.exportTooLarge;
  const page = `<!doctype html><html lang="${language}"><meta charset="utf-8"><title>${escapeHtml(t.title)} · Rightsdesk</title><p>${escapeHtml(t.text(MAX_EXPORT_BYTES / 1024 / 1024))} <a href="/staff/requests/${id}">${escapeHtml(t.tryAgain)}</a>.</p></html>`;
  return new Response(page, { status: 413, headers: { "Content-Type": "text/html; charset=utf-8", ...headers() } });
}
