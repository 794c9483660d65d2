import { completeAccess } from "@/lib/cases/complete-access";
import { caseContext } from "@/lib/cases/context";
import { MAX_EXPORT_BYTES } from "@/lib/cases/limits";
import { env } from "@/lib/env";
import { readLimited } from "@/lib/http/limited-body";
import { kickMailWorker } from "@/lib/mail/worker";
import { securityHeaders } from "@/lib/security/headers";
import { crossOriginRefused, fromOwnOrigin } from "@/lib/security/same-origin";
import { asDomainError, type StaffErrorCode } from "@/lib/staff/errors";
import { requireStaff } from "@/lib/staff/session";

export const dynamic = "force-dynamic";

/** The export and the multipart framing around it (boundary lines, part headers, the id field). */
const MAX_BODY_BYTES = MAX_EXPORT_BYTES + 64 * 1024;

/**
 * The access export upload, a plain form POST that works without JavaScript. A
 * route handler, not a server action, so that actions keep Next's small body
 * limit: this body is read as it streams and refused with 413 once it passes
 * 10 MB, never held whole beyond that. proxy.ts leaves this path alone (it would
 * buffer the body), so the responses carry the security headers themselves.
 * The checks are every case action's: agent on the request's portal, another
 * portal's request a 404; the outcome shows on the request page.
 */
export async function POST(request: Request, { params }: RouteContext<"/staff/requests/[id]/export">) {
  if (!fromOwnOrigin(request.headers)) return crossOriginRefused();
  const id = Number((await params).id);
  const staff = await requireStaff();
  let error: StaffErrorCode | undefined;
  try {
    const c = await caseContext(staff, id, "agent");
    const body = await readLimited(request, MAX_BODY_BYTES);
    if (body === null) return tooLarge(id);
    const form = await new Response(new Uint8Array(body), { headers: { "Content-Type": request.headers.get("content-type") ?? "" } }).formData().catch(() => undefined);
    const file = form?.get("file");
    const bytes = file instanceof File ? Buffer.from(await file.arrayBuffer()) : Buffer.alloc(0);
    await completeAccess(c.db, { ...c, file: { name: file instanceof File ? file.name : "", bytes } });
    kickMailWorker();
  } catch (e) {
    const refusal = asDomainError(e);
    if (!refusal) throw e;
    error = refusal.code;
  }
  const location = `/staff/requests/${id}?${error ? `error=${error}` : "done=completed"}`;
  return new Response(null, { status: 303, headers: { Location: location, ...headers() } });
}

function headers() {
  return { ...securityHeaders({ https: env().APP_URL.startsWith("https:") }), "Cache-Control": "no-store" };
}

function tooLarge(id: number): Response {
  const page = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Export too large · Rightsdesk</title><p>The export is larger than ${MAX_EXPORT_BYTES / 1024 / 1024} MB, so it was not uploaded. Split or compress it (ZIP), then <a href="/staff/requests/${id}">try again</a>.</p></html>`;
  return new Response(page, { status: 413, headers: { "Content-Type": "text/html; charset=utf-8", ...headers() } });
}
