/**
 * Whether a browser sent this POST from one of the app's own pages. Route
 * handlers lack the Origin check Next gives server actions, and a same-site
 * page (another port on the same host) posts with the staff cookie, so the
 * browser's Sec-Fetch-Site, else its Origin, must name this origin. A client
 * that sends neither is not a browser and carries no one's ambient cookies.
 */
export function fromOwnOrigin(headers: Headers): boolean {
  const site = headers.get("sec-fetch-site");
  if (site !== null) return site === "same-origin";
  const origin = headers.get("origin");
  if (origin === null) return true;
  const host = headers.get("x-forwarded-host") ?? headers.get("host");
  return URL.canParse(origin) && new URL(origin).host === host;
}

/** The answer to a POST from elsewhere. */
export function crossOriginRefused(): Response {
  return new Response("This form must be sent from Rightsdesk's own page.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
