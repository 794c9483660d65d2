import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, securityHeaders } from "./headers";

function directives(policy: string): Map<string, string> {
  return new Map(policy.split("; ").map((d) => [d.slice(0, d.indexOf(" ")), d.slice(d.indexOf(" ") + 1)]));
}

describe("contentSecurityPolicy", () => {
  const policy = directives(contentSecurityPolicy({ nonce: "bm9uY2U=", https: false }));

  it("runs scripts only with the request's nonce, never eval", () => {
    expect(policy.get("script-src")).toBe("'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(contentSecurityPolicy({ nonce: "bm9uY2U=", https: false })).not.toContain("unsafe-eval");
  });

  it("runs no script at all without a nonce", () => {
    expect(directives(contentSecurityPolicy({ https: false })).get("script-src")).toBe("'none'");
  });

  it("forbids framing, foreign form targets, plugins and base rewrites", () => {
    expect(policy.get("frame-ancestors")).toBe("'none'");
    expect(policy.get("form-action")).toBe("'self'");
    expect(policy.get("object-src")).toBe("'none'");
    expect(policy.get("base-uri")).toBe("'none'");
  });

  it("upgrades insecure requests only over https", () => {
    expect(policy.has("upgrade-insecure-requests")).toBe(false);
    expect(contentSecurityPolicy({ nonce: "n", https: true }).split("; ")).toContain("upgrade-insecure-requests");
  });
});

describe("securityHeaders", () => {
  it("sends nosniff, same-origin referrers and denies unused features", () => {
    const headers = securityHeaders({ nonce: "n", https: false });
    expect(headers["X-Content-Type-Options"]).toBe("nosniff");
    expect(headers["Referrer-Policy"]).toBe("same-origin");
    expect(headers["X-Frame-Options"]).toBe("DENY");
    for (const feature of ["camera", "microphone", "geolocation", "payment", "usb"]) expect(headers["Permissions-Policy"]).toContain(`${feature}=()`);
  });

  it("sends HSTS only when the app is served over https", () => {
    expect(securityHeaders({ nonce: "n", https: false })).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders({ nonce: "n", https: true })["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
  });
});
