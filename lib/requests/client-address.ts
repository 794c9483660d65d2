import { env } from "../env";
import { addressKey, resolveClientAddress } from "./forwarded";
import { peerAddress } from "./peer-address";

/**
 * The client's key for rate limits: the socket's peer, or with TRUST_PROXY the
 * address the trusted proxies report (lib/requests/forwarded.ts). Requests whose
 * peer is unknown (served before start-up finished) share one bucket.
 */
export function clientAddress(headers: Headers): string {
  const address = resolveClientAddress({ peer: peerAddress(), forwardedFor: headers.get("x-forwarded-for"), trust: env().TRUST_PROXY });
  return address === undefined ? "unknown" : addressKey(address);
}
