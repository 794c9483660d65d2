import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { lookup } from "node:dns/promises";
import type { LookupFunction } from "node:net";
import { BlockList, isIP } from "node:net";

/**
 * The SSRF guard for webhook URLs: an admin types the URL, the server calls it,
 * so it must not reach what only the server can (its own ports, the cloud's
 * metadata service at 169.254.169.254, the office network). Only http(s); the
 * host's addresses must all be public. `allowPrivate` (WEBHOOK_ALLOW_PRIVATE=1)
 * lifts the address rule, for tests and for receivers on the same network.
 */

const V4: [string, number, string][] = [
  ["0.0.0.0", 8, "unspecified"],
  ["10.0.0.0", 8, "private"],
  ["100.64.0.0", 10, "shared (carrier-grade NAT)"],
  ["127.0.0.0", 8, "loopback"],
  ["169.254.0.0", 16, "link-local"],
  ["172.16.0.0", 12, "private"],
  ["192.0.0.0", 24, "reserved (IETF protocol assignments)"],
  ["192.0.2.0", 24, "documentation"],
  ["192.168.0.0", 16, "private"],
  ["198.18.0.0", 15, "benchmarking"],
  ["198.51.100.0", 24, "documentation"],
  ["203.0.113.0", 24, "documentation"],
  ["224.0.0.0", 4, "multicast"],
  ["240.0.0.0", 4, "reserved"],
];

const V6: [string, number, string][] = [
  ["::", 128, "unspecified"],
  ["::1", 128, "loopback"],
  ["100::", 64, "discard-only"],
  ["2001:db8::", 32, "documentation"],
  ["fc00::", 7, "unique-local"],
  ["fe80::", 10, "link-local"],
  ["fec0::", 10, "site-local"],
  ["ff00::", 8, "multicast"],
];

const rules = [
  ...V4.map(([net, prefix, label]) => ({ label, family: "ipv4" as const, list: blockOf(net, prefix, "ipv4") })),
  ...V6.map(([net, prefix, label]) => ({ label, family: "ipv6" as const, list: blockOf(net, prefix, "ipv6") })),
];

function blockOf(net: string, prefix: number, family: "ipv4" | "ipv6"): BlockList {
  const list = new BlockList();
  list.addSubnet(net, prefix, family);
  return list;
}

/** An IPv6 address as its eight 16-bit groups (with an embedded dotted IPv4 tail). */
function groupsOf(address: string): number[] {
  let text = address.split("%")[0]!;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted[1]!.split(".").map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const parse = (part: string | undefined) => (part ? part.split(":").map((g) => parseInt(g, 16)) : []);
  const front = parse(head);
  const back = parse(tail);
  return tail === undefined ? front : [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
}

const v4Of = (high: number, low: number) => `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;

/**
 * The IPv4 address an IPv6 one carries, where the network would deliver it to
 * that IPv4 host: IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d),
 * NAT64 (64:ff9b::/96) and 6to4 (2002::/16). Without this, ::ffff:127.0.0.1
 * would pass for a public IPv6 address and reach the loopback.
 */
function embeddedV4(g: number[]): string | undefined {
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  if (zeros(0, 5) && g[5] === 0xffff) return v4Of(g[6]!, g[7]!);
  if (zeros(0, 6) && (g[6]! !== 0 || g[7]! > 1)) return v4Of(g[6]!, g[7]!);
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) return v4Of(g[6]!, g[7]!);
  if (g[0] === 0x2002) return v4Of(g[1]!, g[2]!);
  return undefined;
}

/** Why a webhook may not be sent to `ip` ("loopback", "private" …), or undefined for a public address. */
export function nonPublicKind(ip: string): string | undefined {
  const family = isIP(ip);
  if (family === 0) return "not an IP address";
  if (family === 6) {
    const v4 = embeddedV4(groupsOf(ip));
    if (v4) return nonPublicKind(v4);
  }
  const type = family === 4 ? "ipv4" : "ipv6";
  return rules.find((r) => r.family === type && r.list.check(ip, type))?.label;
}

// "a unique-local", "an unspecified": the sound decides, not the letter.
const withArticle = (kind: string) => `${kind === "unspecified" ? "an" : "a"} ${kind}`;

export type TargetCheck = { ok: true; url: URL } | { ok: false; reason: string };

type Resolve = (host: string) => Promise<string[]>;
const resolveAll: Resolve = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

/**
 * Whether a webhook may be sent to `raw`: an http(s) URL whose host resolves,
 * every address public (unless `allowPrivate`). Checked when an endpoint is
 * added and again before each delivery, as DNS can change in between.
 */
export async function checkWebhookTarget(raw: string, { allowPrivate, resolve = resolveAll }: { allowPrivate: boolean; resolve?: Resolve }): Promise<TargetCheck> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: "is not a URL: give the full address, such as https://example.com/webhooks" };
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") return { ok: false, reason: `must be an http(s) URL, not ${url.protocol.slice(0, -1)}` };
  if (url.username || url.password) return { ok: false, reason: "must not carry a user name or password: the signature authenticates each delivery" };
  if (allowPrivate) return { ok: true, url };
  const host = url.hostname.replace(/^\[(.*)\]$/, "$1");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : await resolve(host);
  } catch {
    return { ok: false, reason: `names a host that does not resolve: ${host}` };
  }
  for (const address of addresses) {
    const kind = nonPublicKind(address);
    if (kind) return { ok: false, reason: `points to ${address === host ? "" : `${host}, which resolves to `}${address}, ${withArticle(kind)} address; webhooks go to public addresses only (WEBHOOK_ALLOW_PRIVATE=1 lifts this)` };
  }
  return { ok: true, url };
}

/**
 * A `lookup` for http.request that refuses non-public addresses: the address
 * checked is the address connected to, so a name that changes its answer
 * between the check and the connection (DNS rebinding) cannot slip through.
 */
export function publicOnlyLookup(): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, found: LookupAddress[]) => {
      if (error) return callback(error, "", 0);
      const refused = found.find((a) => nonPublicKind(a.address));
      if (refused) return callback(Object.assign(new Error(`${hostname} resolves to ${refused.address}, ${withArticle(nonPublicKind(refused.address)!)} address`), { code: "EWEBHOOKTARGET" }), "", 0);
      if (options.all) return (callback as unknown as (e: null, all: LookupAddress[]) => void)(null, found);
      callback(null, found[0]!.address, found[0]!.family);
    });
  };
}
