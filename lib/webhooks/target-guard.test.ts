import { describe, expect, it } from "vitest";
import { checkWebhookTarget, nonPublicKind, publicOnlyLookup } from "./target-guard";

describe("nonPublicKind", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "link-local"],
    ["100.64.0.1", "shared (carrier-grade NAT)"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "reserved"],
    ["192.0.2.10", "documentation"],
    ["198.18.0.1", "benchmarking"],
    ["::", "unspecified"],
    ["::1", "loopback"],
    ["0:0:0:0:0:0:0:1", "loopback"],
    ["fe80::1", "link-local"],
    ["fe80::1%eth0", "link-local"],
    ["febf:ffff::1", "link-local"],
    ["fc00::1", "unique-local"],
    ["fd12:3456:789a::1", "unique-local"],
    ["ff02::1", "multicast"],
    ["fec0::1", "site-local"],
    ["2001:db8::1", "documentation"],
    // IPv4 carried in IPv6: judged by the IPv4 address it reaches.
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::FFFF:10.0.0.1", "private"],
    ["::ffff:169.254.169.254", "link-local"],
    ["0:0:0:0:0:ffff:c0a8:0101", "private"],
    ["::127.0.0.1", "loopback"],
    ["64:ff9b::10.0.0.1", "private"],
    ["2002:7f00:1::", "loopback"],
    ["2002:a9fe:a9fe::1", "link-local"],
    ["not-an-ip", "not an IP address"],
  ])("%s is %s", (ip, kind) => {
    expect(nonPublicKind(ip)).toBe(kind);
  });

  it.each(["93.184.215.14", "8.8.8.8", "172.32.0.1", "172.15.255.255", "100.128.0.1", "192.169.0.1", "2606:4700:4700::1111", "2a00:1450:4001:80b::200e", "::ffff:8.8.8.8", "64:ff9b::8.8.8.8", "2002:0808:0808::1"])(
    "%s is public",
    (ip) => {
      expect(nonPublicKind(ip)).toBeUndefined();
    },
  );
});

describe("checkWebhookTarget", () => {
  const resolving = (answers: Record<string, string[]>) => async (host: string) => {
    const found = answers[host];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    return found;
  };
  const check = (url: string, answers: Record<string, string[]> = {}, allowPrivate = false) => checkWebhookTarget(url, { allowPrivate, resolve: resolving(answers) });

  it("accepts an http(s) URL whose host resolves to public addresses only", async () => {
    expect(await check("https://hooks.example.com/in?x=1", { "hooks.example.com": ["93.184.215.14", "2606:2800:21f:cb07:6820:80da:af6b:8b2c"] })).toMatchObject({ ok: true });
    expect(await check("http://93.184.215.14:8080/in")).toMatchObject({ ok: true });
  });

  it.each([
    ["ftp://example.com/x", "must be an http(s) URL, not ftp"],
    ["file:///etc/passwd", "must be an http(s) URL, not file"],
    ["javascript:alert(1)", "must be an http(s) URL, not javascript"],
    ["gopher://127.0.0.1:25/", "must be an http(s) URL, not gopher"],
    ["example.com/hooks", "is not a URL: give the full address, such as https://example.com/webhooks"],
    ["https://user:pass@example.com/", "must not carry a user name or password: the signature authenticates each delivery"],
  ])("refuses %s: %s", async (url, reason) => {
    expect(await check(url, { "example.com": ["93.184.215.14"] })).toEqual({ ok: false, reason });
  });

  it.each([
    ["http://127.0.0.1:3000/", "points to 127.0.0.1, a loopback address"],
    ["http://[::1]/", "points to ::1, a loopback address"],
    ["http://[::ffff:127.0.0.1]/", "points to ::ffff:7f00:1, a loopback address"],
    ["http://169.254.169.254/latest/meta-data/", "points to 169.254.169.254, a link-local address"],
    ["http://0.0.0.0/", "points to 0.0.0.0, an unspecified address"],
    ["http://2130706433/", "points to 127.0.0.1, a loopback address"],
    ["http://0x7f.1/", "points to 127.0.0.1, a loopback address"],
    ["http://[fd00::1]/", "points to fd00::1, a unique-local address"],
  ])("refuses the address in %s", async (url, start) => {
    const result = await check(url);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason).toContain(start);
  });

  it("refuses a name with any non-public address, and says which", async () => {
    expect(await check("https://internal.example.com/", { "internal.example.com": ["93.184.215.14", "10.0.0.5"] })).toEqual({
      ok: false,
      reason: "points to internal.example.com, which resolves to 10.0.0.5, a private address; webhooks go to public addresses only (WEBHOOK_ALLOW_PRIVATE=1 lifts this)",
    });
    expect(await check("http://localhost:3000/", { localhost: ["::1", "127.0.0.1"] })).toMatchObject({ ok: false, reason: expect.stringContaining("which resolves to ::1, a loopback address") });
  });

  it("refuses a host that does not resolve", async () => {
    expect(await check("https://nowhere.invalid/")).toEqual({ ok: false, reason: "names a host that does not resolve: nowhere.invalid" });
  });

  it("lets private addresses through with allowPrivate, but still only http(s)", async () => {
    expect(await check("http://127.0.0.1:3000/", {}, true)).toMatchObject({ ok: true });
    expect(await check("ftp://127.0.0.1/", {}, true)).toMatchObject({ ok: false });
  });
});

describe("publicOnlyLookup", () => {
  it("refuses, at connection time, a name that resolves to a non-public address", async () => {
    const lookup = publicOnlyLookup();
    const error = await new Promise<NodeJS.ErrnoException | null>((resolve) => lookup("localhost", { all: true }, (e) => resolve(e)));
    expect(error).toMatchObject({ code: "EWEBHOOKTARGET", message: expect.stringMatching(/^localhost resolves to (127\.0\.0\.1|::1), a loopback address$/) });
  });
});
