import { createCipheriv, hkdfSync, randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { openSecret, sealSecret } from "./sealed-secret";

const KEY = "an-auth-secret-of-at-least-32-characters!";

describe("sealed secrets", () => {
  it("are kept sealed, and open only under the same AUTH_SECRET and purpose", () => {
    const secret = "whsec_c2VjcmV0LWJ5dGVzLWZvci10aGUtdGVzdA==";
    const sealed = sealSecret(secret, KEY, "webhook signing secrets");
    expect(sealed).not.toContain(secret.slice(6, 20));
    expect(sealSecret(secret, KEY, "webhook signing secrets")).not.toBe(sealed);
    expect(openSecret(sealed, KEY, "webhook signing secrets")).toBe(secret);
    expect(() => openSecret(sealed, `${KEY}-changed`, "webhook signing secrets")).toThrow();
    expect(() => openSecret(sealed, KEY, "mailbox passwords")).toThrow();
    const [v, iv, tag, data] = sealed.split(".");
    expect(() => openSecret([v, iv, tag, `A${data!.slice(1)}`].join("."), KEY, "webhook signing secrets")).toThrow();
    expect(() => openSecret("plain", KEY, "mailbox passwords")).toThrow("not a sealed secret");
  });

  it("still opens webhook secrets sealed before the helper was shared (same key derivation)", () => {
    // The former lib/webhooks/secret.ts sealed with this key; stored endpoints depend on it.
    const key = Buffer.from(hkdfSync("sha256", KEY, "rightsdesk", "webhook signing secrets", 32));
    const iv = randomBytes(12);
    const cipher = createCipheriv("aes-256-gcm", key, iv);
    const data = Buffer.concat([cipher.update("whsec_old", "utf8"), cipher.final()]);
    const sealed = ["v1", iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), data.toString("base64url")].join(".");
    expect(openSecret(sealed, KEY, "webhook signing secrets")).toBe("whsec_old");
  });
});
