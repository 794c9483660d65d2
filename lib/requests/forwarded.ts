import { BlockList, isIP, SocketAddress } from "node:net";

/**
 * Which hops in front of the server may be believed about the client's address:
 * none (the socket's peer is the client), a fixed number of proxies, or the
 * proxies whose addresses fall in a list of ranges.
 */
export type TrustProxy =
  | { kind: "none" }
  | { kind: "hops"; hops: number }
  | { kind: "ranges"; ranges: BlockList };

/** TRUST_PROXY's value, or a message saying what is wrong with it. */
export function parseTrustProxy(value: string | undefined): { ok: true; trust: TrustProxy } | { ok: false; message: string } {
  const text = value?.trim() ?? "";
  if (text === "" || text === "0") return { ok: true, trust: { kind: "none" } };
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 20) return { ok: false, message: `${text} proxies is not a plausible chain; give the number of proxies in front of the app (usually 1)` };
    return { ok: true, trust: { kind: "hops", hops } };
  }
  const ranges = new BlockList();
  for (const entry of text.split(",").map((e) => e.trim())) {
    const [address, prefix, extra] = entry.split("/");
    const normal = address === undefined ? undefined : normalizeAddress(address);
    const family = normal ? (isIP(normal) === 4 ? "ipv4" : "ipv6") : undefined;
    const max = family === "ipv4" ? 32 : 128;
    const bits = prefix === undefined ? max : /^\d{1,3}$/.test(prefix) ? Number(prefix) : NaN;
    if (!normal || !family || extra !== undefined || !(bits >= 0 && bits <= max)) {
      return {
        ok: false,
        message: `"${entry}" is not a proxy count or an address range; use a number of proxies (1) or a comma-separated list such as 10.0.0.0/8, 192.168.1.10, fd00::/8`,
      };
    }
    ranges.addSubnet(normal, bits, family);
  }
  return { ok: true, trust: { kind: "ranges", ranges } };
}

/**
 * The address in canonical form (lower-case, zeros compressed), IPv4-mapped IPv6
 * as plain IPv4, so one client is one key however it is written; undefined when
 * the text is not an IP address (ports, brackets, names, "unknown").
 */
export function normalizeAddress(text: string): string | undefined {
  const trimmed = text.trim();
  const family = isIP(trimmed);
  if (family === 4) return trimmed;
  if (family !== 6 || trimmed.includes("%")) return undefined;
  const canonical = new SocketAddress({ address: trimmed, family: "ipv6" }).address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(canonical);
  return mapped ? mapped[1] : canonical;
}

function isTrusted(address: string, ranges: BlockList): boolean {
  return ranges.check(address, isIP(address) === 4 ? "ipv4" : "ipv6");
}

/**
 * The standard right-to-left reading of X-Forwarded-For: each proxy appends the
 * address it was connected from, so only the entries on the right were written by
 * hops we trust; everything left of the client's entry is the client's own text.
 * The socket's peer is the rightmost hop. Where the entry that should name the
 * client is malformed, the trusted hop that wrote it stands in, so a client can
 * never pick its key. Undefined when even the peer is unknown.
 */
export function resolveClientAddress(input: { peer: string | undefined; forwardedFor: string | null; trust: TrustProxy }): string | undefined {
  const peer = input.peer === undefined ? undefined : normalizeAddress(input.peer);
  if (input.trust.kind === "none" || peer === undefined) return peer;
  // The hops before the peer, nearest first.
  const hops = (input.forwardedFor ?? "").split(",").map((e) => e.trim()).filter((e) => e !== "").reverse();
  let current = peer;
  for (const [i, hop] of hops.entries()) {
    const trusted = input.trust.kind === "hops" ? i < input.trust.hops : isTrusted(current, input.trust.ranges);
    if (!trusted) return current;
    const next = normalizeAddress(hop);
    if (next === undefined) return current;
    current = next;
  }
  return current;
}

/** The rate-limit key for an address: IPv6 clients get a /64 each, as one host holds a whole /64. */
export function addressKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const [head, tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::") ? [...left, ...Array(8 - left.length - right.length).fill("0"), ...right] : left;
  return `${groups.slice(0, 4).map((g) => g.replace(/^0+(?=.)/, "")).join(":")}::/64`;
}
