/**
 * The client's address for rate limits: the first X-Forwarded-For hop (set by
 * Next's server, or the proxy in front of it), else one shared bucket.
 */
export function clientAddress(headers: Headers): string {
  return headers.get("x-forwarded-for")?.split(",")[0]?.trim() || headers.get("x-real-ip") || "unknown";
}
