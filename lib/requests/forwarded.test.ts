import { describe, expect, it } from "vitest";
import { addressKey, normalizeAddress, parseTrustProxy, resolveClientAddress, type TrustProxy } from "./forwarded";

function trust(value: string): TrustProxy {
  const parsed = parseTrustProxy(value);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.trust;
}

const resolve = (peer: string | undefined, forwardedFor: string | null, setting = "") =>
  resolveClientAddress({ peer, forwardedFor, trust: trust(setting) });

describe("parseTrustProxy", () => {
  it("reads unset, empty and 0 as no proxy", () => {
    for (const value of [undefined, "", "  ", "0"]) expect(parseTrustProxy(value)).toEqual({ ok: true, trust: { kind: "none" } });
  });

  it("reads a number as a count of proxies", () => {
    expect(parseTrustProxy("1")).toEqual({ ok: true, trust: { kind: "hops", hops: 1 } });
    expect(parseTrustProxy(" 3 ")).toEqual({ ok: true, trust: { kind: "hops", hops: 3 } });
  });

  it("refuses an implausible count", () => {
    const parsed = parseTrustProxy("500");
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toContain("500 proxies");
  });

  it("accepts IPv4 and IPv6 ranges and single addresses", () => {
    expect(parseTrustProxy("10.0.0.0/8, 192.168.1.10,fd00::/8, ::1, 172.16.0.0/12").ok).toBe(true);
  });

  it.each(["10.0.0.0/33", "fd00::/129", "10.0.0.0/8/1", "10.0.0.0/x", "nginx", "10.0.0", "1.2.3.4:80", "10.0.0.0/8,,", "-1", "1.5", "[::1]"])(
    "refuses %j and names the entry",
    (value) => {
      const parsed = parseTrustProxy(value);
      expect(parsed.ok).toBe(false);
      expect(!parsed.ok && parsed.message).toMatch(/not a proxy count or an address range/);
    },
  );
});

describe("normalizeAddress", () => {
  it("keeps IPv4 and writes IPv6 canonically", () => {
    expect(normalizeAddress(" 203.0.113.7 ")).toBe("203.0.113.7");
    expect(normalizeAddress("2001:0DB8:0000:0000:0000:0000:0000:0001")).toBe("2001:db8::1");
  });

  it("turns IPv4-mapped IPv6, in any spelling, into IPv4", () => {
    expect(normalizeAddress("::ffff:198.51.100.4")).toBe("198.51.100.4");
    expect(normalizeAddress("0:0:0:0:0:FFFF:198.51.100.4")).toBe("198.51.100.4");
    expect(normalizeAddress("::ffff:c633:6404")).toBe("198.51.100.4");
  });

  it.each(["unknown", "", "1.2.3.4:80", "[2001:db8::1]", "2001:db8::1%eth0", "01.2.3.4", "256.1.1.1", "<script>", "_hidden"])("rejects %j", (text) => {
    expect(normalizeAddress(text)).toBeUndefined();
  });
});

describe("resolveClientAddress without a proxy", () => {
  it("uses the socket's peer whatever X-Forwarded-For says", () => {
    expect(resolve("198.51.100.4", null)).toBe("198.51.100.4");
    expect(resolve("198.51.100.4", "1.1.1.1")).toBe("198.51.100.4");
    expect(resolve("198.51.100.4", "1.1.1.1, 2.2.2.2, 198.51.100.4")).toBe("198.51.100.4");
  });

  it("maps an IPv4-mapped peer to IPv4", () => {
    expect(resolve("::ffff:127.0.0.1", "9.9.9.9")).toBe("127.0.0.1");
  });

  it("has no address when the peer is unknown, never the header's", () => {
    expect(resolve(undefined, "1.1.1.1")).toBeUndefined();
    expect(resolve(undefined, "1.1.1.1", "1")).toBeUndefined();
  });
});

describe("resolveClientAddress with a proxy count", () => {
  it("takes the entry the one proxy appended, not the client's own leftmost text", () => {
    expect(resolve("127.0.0.1", "203.0.113.9", "1")).toBe("203.0.113.9");
    expect(resolve("127.0.0.1", "6.6.6.6, 203.0.113.9", "1")).toBe("203.0.113.9");
    expect(resolve("127.0.0.1", "6.6.6.6,7.7.7.7 ,  203.0.113.9", "1")).toBe("203.0.113.9");
  });

  it("skips as many entries as there are proxies", () => {
    // client → CDN (adds client) → nginx (adds CDN edge) → app
    expect(resolve("127.0.0.1", "6.6.6.6, 203.0.113.9, 192.0.2.50", "2")).toBe("203.0.113.9");
    expect(resolve("10.0.0.2", "6.6.6.6, 203.0.113.9, 192.0.2.50, 10.0.0.1", "3")).toBe("203.0.113.9");
  });

  it("uses the leftmost hop when the chain is shorter than the count", () => {
    expect(resolve("127.0.0.1", null, "1")).toBe("127.0.0.1");
    expect(resolve("127.0.0.1", "", "1")).toBe("127.0.0.1");
    expect(resolve("127.0.0.1", "203.0.113.9", "2")).toBe("203.0.113.9");
  });

  it("lets the trusted hop stand in for a malformed client entry", () => {
    expect(resolve("127.0.0.1", "203.0.113.9, unknown", "1")).toBe("127.0.0.1");
    expect(resolve("127.0.0.1", "203.0.113.9, 1.2.3.4:5678", "1")).toBe("127.0.0.1");
    expect(resolve("127.0.0.1", "6.6.6.6, garbage, 192.0.2.50", "2")).toBe("192.0.2.50");
  });

  it("ignores empty list items a client pads the header with", () => {
    expect(resolve("127.0.0.1", "6.6.6.6,, ,203.0.113.9", "1")).toBe("203.0.113.9");
  });

  it("reads IPv6 and IPv4-mapped entries", () => {
    expect(resolve("::1", "2001:DB8::0042", "1")).toBe("2001:db8::42");
    expect(resolve("::1", "::ffff:203.0.113.9", "1")).toBe("203.0.113.9");
  });
});

describe("resolveClientAddress with trusted ranges", () => {
  const ranges = "127.0.0.1, 10.0.0.0/8, fd00::/8";

  it("treats a peer outside the ranges as the client, whatever it sends", () => {
    expect(resolve("198.51.100.4", "127.0.0.1", ranges)).toBe("198.51.100.4");
    expect(resolve("198.51.100.4", "1.1.1.1, 10.0.0.1", ranges)).toBe("198.51.100.4");
  });

  it("takes the rightmost entry outside the ranges", () => {
    expect(resolve("127.0.0.1", "203.0.113.9", ranges)).toBe("203.0.113.9");
    expect(resolve("10.0.0.3", "203.0.113.9, 10.0.0.7", ranges)).toBe("203.0.113.9");
    expect(resolve("fd00::3", "203.0.113.9, fd12::7", ranges)).toBe("203.0.113.9");
  });

  it("ignores a spoofed trusted address on the left", () => {
    // The client sent "1.1.1.1, 10.0.0.9"; nginx appended the real address.
    expect(resolve("127.0.0.1", "1.1.1.1, 10.0.0.9, 203.0.113.9", ranges)).toBe("203.0.113.9");
  });

  it("matches an IPv4-mapped peer against IPv4 ranges", () => {
    expect(resolve("::ffff:10.1.2.3", "203.0.113.9", ranges)).toBe("203.0.113.9");
    expect(resolve("::ffff:198.51.100.4", "203.0.113.9", ranges)).toBe("198.51.100.4");
  });

  it("uses the leftmost hop when every hop is trusted", () => {
    expect(resolve("127.0.0.1", "10.0.0.5, 10.0.0.6", ranges)).toBe("10.0.0.5");
  });

  it("lets the trusted hop stand in for a malformed entry", () => {
    expect(resolve("10.0.0.3", "6.6.6.6, not-an-ip", ranges)).toBe("10.0.0.3");
  });

  it("reads IPv6 clients behind an IPv6 proxy", () => {
    expect(resolve("fd00::1", "2001:db8:aa::1", ranges)).toBe("2001:db8:aa::1");
  });
});

describe("addressKey", () => {
  it("keeps IPv4 as it is", () => {
    expect(addressKey("203.0.113.9")).toBe("203.0.113.9");
  });

  it("gives every address of an IPv6 /64 one key", () => {
    expect(addressKey("2001:db8:1:2::1")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).toBe("2001:db8:1:2::/64");
    expect(addressKey("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("::1")).toBe("0:0:0:0::/64");
    expect(addressKey("fe80:0:0:1::")).toBe("fe80:0:0:1::/64");
  });
});
