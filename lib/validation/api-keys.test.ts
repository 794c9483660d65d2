import { describe, expect, it } from "vitest";
import { newApiKeySchema } from "./api-keys";

const messages = (input: unknown) => newApiKeySchema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]);

describe("a new API key's input", () => {
  it("trims the name, normalises the scopes and reads the expiry in days (empty or absent: none)", () => {
    expect(newApiKeySchema.parse({ name: "  billing backend ", scopes: ["requests:read", "requests:create"], expiresInDays: "90" })).toEqual({
      name: "billing backend",
      scopes: ["requests:create", "requests:read"],
      expiresInDays: 90,
    });
    expect(newApiKeySchema.parse({ name: "x", scopes: ["requests:read"], expiresInDays: "" }).expiresInDays).toBeNull();
    expect(newApiKeySchema.parse({ name: "x", scopes: ["requests:read"] }).expiresInDays).toBeNull();
  });

  it("says what is wrong with each field", () => {
    expect(messages({ name: " ", scopes: [], expiresInDays: "0" })).toEqual([
      ["name", "Give the key a name, such as the system that will use it"],
      ["scopes", "Choose at least one scope"],
      ["expiresInDays", "The expiry must be a whole number of days from 1 to 3650, or none"],
    ]);
    expect(messages({ name: "a\u202Eb", scopes: ["requests:read"] })).toEqual([["name", "The name contains an invisible control or text-direction character: type it again without it"]]);
    expect(messages({ name: "x".repeat(101), scopes: ["requests:read"], expiresInDays: "1.5" })).toEqual([
      ["name", "The name can be at most 100 characters"],
      ["expiresInDays", "The expiry must be a whole number of days from 1 to 3650, or none"],
    ]);
  });
});
