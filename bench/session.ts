/**
 * Signs the demo admin in as a browser would, over HTTP through Auth.js's
 * credentials route (the route the sign-in page's action calls): its CSRF
 * token and cookie first, then the password. Returns the session cookie.
 */
import type { Server } from "./server";

export const SESSION_COOKIE = "authjs.session-token";

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((header) => header.split(";")[0]!);
}

export async function signIn(server: Server, email: string, password: string): Promise<string> {
  const csrf = await fetch(`${server.origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${server.origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email, password, callbackUrl: `${server.origin}/staff` }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.startsWith(`${SESSION_COOKIE}=`));
  if (!session) throw new Error(`signing in as ${email} failed: ${response.status} ${response.headers.get("location") ?? ""}`);
  return session;
}
