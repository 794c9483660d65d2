import { describe, expect, it } from "vitest";
import { newWebhookSecret, openSecret, sealSecret } from "./secret";

const KEY = "an-auth-secret-of-at-least-32-characters!";

describe("webhook secrets", () => {
  it("are whsec_ and 32 random bytes in base64", () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_/);
    expect(Buffer.from(secret.slice("whsec_".length), "base64")).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(secret);
  });

  it("are kept sealed, and open only under the same AUTH_SECRET", () => {
    const secret = newWebhookSecret();
    const sealed = sealSecret(secret, KEY);
    expect(sealed).not.toContain(secret.slice(6, 20));
    expect(sealSecret(secret, KEY)).not.toBe(sealed);
    expect(openSecret(sealed, KEY)).toBe(secret);
    expect(() => openSecret(sealed, `${KEY}-changed`)).toThrow();
    const [v, iv, tag, data] = sealed.split(".");
    expect(() => openSecret([v, iv, tag, `A${data!.slice(1)}`].join("."), KEY)).toThrow();
    expect(() => openSecret("plain", KEY)).toThrow("not a sealed webhook secret");
  });
});
