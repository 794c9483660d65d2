import { describe, expect, it } from "vitest";
import { newWebhookSecret } from "./secret";

describe("webhook secrets", () => {
  it("are whsec_ and 32 random bytes in base64", () => {
    const secret = newWebhookSecret();
    expect(secret).toMatch(/^whsec_/);
    expect(Buffer.from(secret.slice("whsec_".length), "base64")).toHaveLength(32);
    expect(newWebhookSecret()).not.toBe(secret);
  });
});
