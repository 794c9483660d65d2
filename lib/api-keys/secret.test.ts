import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { bearerApiKey, displayApiKey, hashApiKey, newApiKey, parseApiKey } from "./secret";

const headers = (authorization?: string) => new Headers(authorization === undefined ? {} : { authorization });

describe("API key secrets", () => {
  it("are rdk_ and 32 random bytes in base64url, with their SHA-256 and the 8 characters after rdk_ to show", () => {
    const a = newApiKey();
    expect(a.key).toMatch(/^rdk_[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a.key.slice(4), "base64url")).toHaveLength(32);
    expect(a.hash).toBe(createHash("sha256").update(a.key).digest("hex"));
    expect(a.hash).toBe(hashApiKey(a.key));
    expect(a.prefix).toBe(a.key.slice(4, 12));
    expect(displayApiKey(a.prefix)).toBe(`rdk_${a.prefix}…`);
    expect(newApiKey().key).not.toBe(a.key);
  });

  it("parse only the exact shape: anything else is not looked up", () => {
    const { key } = newApiKey();
    expect(parseApiKey(key)).toBe(key);
    for (const bad of [undefined, 42, "", key.slice(4), `${key}x`, key.slice(0, -1), `RDK_${key.slice(4)}`, `${key.slice(0, -1)}=`, ` ${key}`]) {
      expect(parseApiKey(bad)).toBeUndefined();
    }
  });

  it("are read from Authorization: Bearer (the scheme in any case), and from nothing else", () => {
    const { key } = newApiKey();
    expect(bearerApiKey(headers(`Bearer ${key}`))).toBe(key);
    expect(bearerApiKey(headers(`bearer ${key}`))).toBe(key);
    for (const bad of [undefined, key, `Basic ${key}`, `Bearer`, `Bearer ${key} extra`, `Bearer ${key.slice(4)}`, `Token ${key}`]) {
      expect(bearerApiKey(headers(bad))).toBeUndefined();
    }
  });
});
