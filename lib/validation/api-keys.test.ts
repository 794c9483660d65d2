import { describe, expect, it } from "vitest";
import { staffErrorText } from "../staff/errors";
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

  it("refuses each field with a staff error code of its own, on that field", () => {
    expect(messages({ name: " ", scopes: [], expiresInDays: "0" })).toEqual([
      ["name", "api_key_name_required"],
      ["scopes", "api_key_scopes_required"],
      ["expiresInDays", "api_key_expiry_invalid"],
    ]);
    expect(messages({ name: "a\u202Eb", scopes: ["requests:read"] })).toEqual([["name", "text_bad_character"]]);
    expect(messages({ name: "x".repeat(101), scopes: ["requests:read", "requests:delete"], expiresInDays: "1.5" })).toEqual([
      ["name", "api_key_name_too_long"],
      ["scopes.1", "api_key_scope_unknown"],
      ["expiresInDays", "api_key_expiry_invalid"],
    ]);
    expect(messages({})).toEqual([
      ["name", "api_key_name_required"],
      ["scopes", "api_key_scopes_required"],
    ]);
  });

  it("words its codes in English for the CLI", () => {
    expect(staffErrorText("api_key_expiry_invalid")).toBe("The expiry must be a whole number of days from 1 to 3,650, or none.");
    expect(staffErrorText("api_key_scope_unknown")).toBe("Unknown scope: choose from requests:create, requests:read, requests:write.");
  });
});
