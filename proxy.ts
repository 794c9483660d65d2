import { auth } from "./auth";

/**
 * A thin gate for /staff: no live session, off to the sign-in page. It uses
 * the full Auth.js setup (Next 16 runs the proxy on Node), so a signed-out or
 * revoked session is refused here already. The real checks (session row,
 * membership, role on the request's portal) are in every staff page, action
 * and route. (Next 16 needs a plain `proxy` export.)
 */
export const proxy = auth;

export const config = { matcher: ["/staff/:path*"] };
