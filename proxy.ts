import { type NextFetchEvent, type NextRequest, NextResponse } from "next/server";
import { auth } from "./auth";
import { env } from "./lib/env";
import { PAGE_URL_HEADER } from "./lib/http/page-url";
import { refusalResponse, requestRefusal, type Refusal } from "./lib/http/request-refusal";
import { contentSecurityPolicy, securityHeaders } from "./lib/security/headers";

// The full Auth.js setup (Next 16 runs the proxy on Node), so a signed-out or revoked
// session is refused here already. Auth.js's middleware form: a redirect to sign-in when
// `authorized` says no, else "next" with any refreshed session cookie.
const staffGate = auth as unknown as (request: NextRequest, event: NextFetchEvent) => Promise<Response>;

/**
 * Runs on every request. Each gets a fresh script nonce: Next reads it from the
 * Content-Security-Policy request header and puts it on the scripts it renders,
 * and the browser gets the same policy with the other security headers. The root
 * layout gets the page's URL, to speak the page's language (lib/http/page-url.ts). /staff
 * keeps its thin gate (no session, off to the sign-in page); the real checks
 * (session row, membership, role) are in every staff page, action and route.
 * (Next 16 needs a plain `proxy` export.)
 */
export async function proxy(request: NextRequest, event: NextFetchEvent): Promise<Response> {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(18))).toString("base64");
  const https = env().APP_URL.startsWith("https:");
  // Every body that passes here is at most a form's, on a path Next can decode. The one large
  // upload has its own route, which this proxy skips (see `config`).
  const refusal = requestRefusal({ method: request.method, pathname: request.nextUrl.pathname, headers: request.headers });
  if (refusal) return refused(refusal, request.nextUrl.pathname, https);
  const forwarded = new Headers(request.headers);
  forwarded.set("Content-Security-Policy", contentSecurityPolicy({ nonce, https }));
  forwarded.set(PAGE_URL_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  let response: Response = NextResponse.next({ request: { headers: forwarded } });
  if (request.nextUrl.pathname.startsWith("/staff")) {
    const gate = await staffGate(request, event);
    if (gate.headers.has("location")) response = gate;
    else for (const cookie of gate.headers.getSetCookie()) response.headers.append("Set-Cookie", cookie);
  }
  for (const [name, value] of Object.entries(securityHeaders({ nonce, https }))) response.headers.set(name, value);
  return response;
}

function refused(refusal: Refusal, pathname: string, https: boolean): Response {
  const response = refusalResponse(refusal, pathname);
  for (const [name, value] of Object.entries(securityHeaders({ https }))) response.headers.set(name, value);
  return response;
}

// Everything but the two access export uploads (staff's form and the API's completion), which
// stream their bodies under their own 10 MB limit: the proxy would buffer them, and cut them at
// 10 MB (app/(staff)/staff/(workspace)/requests/[id]/export/route.ts,
// app/api/v1/requests/[reference]/completion/route.ts).
// (Next reads the matcher at build time: it must be a literal.)
export const config = { matcher: ["/((?!staff/requests/[^/%]+/export$|api/v1/requests/[^/%]+/completion$).*)"] };
