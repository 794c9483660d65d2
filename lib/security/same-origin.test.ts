import { describe, expect, it } from "vitest";
import { fromOwnOrigin } from "./same-origin";

const from = (headers: Record<string, string>) => fromOwnOrigin(new Headers({ host: "privacy.example.com", ...headers }));

describe("fromOwnOrigin", () => {
  it("accepts the browser's word that the page is this origin", () => {
    expect(from({ "sec-fetch-site": "same-origin", origin: "https://privacy.example.com" })).toBe(true);
  });

  it("refuses a same-site page on another port or subdomain, and other sites", () => {
    expect(from({ "sec-fetch-site": "same-site", origin: "https://privacy.example.com:8443" })).toBe(false);
    expect(from({ "sec-fetch-site": "cross-site", origin: "https://evil.test" })).toBe(false);
    expect(from({ "sec-fetch-site": "none" })).toBe(false);
  });

  it("compares Origin with the host when the browser sends no Sec-Fetch-Site", () => {
    expect(from({ origin: "https://privacy.example.com" })).toBe(true);
    expect(from({ origin: "https://privacy.example.com:8443" })).toBe(false);
    expect(from({ origin: "null" })).toBe(false);
    expect(from({ origin: "https://evil.test", "x-forwarded-host": "privacy.example.com" })).toBe(false);
  });

  it("lets a client that is not a browser through (it carries no ambient cookies)", () => {
    expect(from({})).toBe(true);
  });
});
