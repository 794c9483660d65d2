import { describe, expect, it } from "vitest";
import { requestFormSchema, requestSchema } from "./request";

const errors = (schema: typeof requestSchema | typeof requestFormSchema, input: unknown) =>
  schema.safeParse(input).error?.flatten().fieldErrors ?? {};

describe("the request schema shared by the form, the server action and the API", () => {
  it("normalises: trims, lower-cases the email, drops empty optionals", () => {
    expect(requestSchema.parse({ type: "access", email: "  Ann@Example.COM ", name: " ", accountId: "", details: "" })).toEqual({
      type: "access",
      email: "ann@example.com",
    });
  });

  it.each([
    [{}, { type: ["typeRequired"], email: ["emailInvalid"] }],
    [{ type: "erase", email: "ann@example.com" }, { type: ["typeRequired"] }],
    [{ type: "access", email: "ann@" }, { email: ["emailInvalid"] }],
    [{ type: "access", email: `${"a".repeat(250)}@example.com` }, { email: ["emailTooLong"] }],
    [{ type: "correction", email: "ann@example.com" }, { details: ["detailsRequiredForCorrection"] }],
    [{ type: "correction", email: "ann@example.com", details: "   " }, { details: ["detailsRequiredForCorrection"] }],
    [{ type: "access", email: "ann@example.com", details: "x".repeat(5001) }, { details: ["detailsTooLong"] }],
    [{ type: "access", email: "ann@example.com", language: "de" }, { language: ["languageInvalid"] }],
  ])("%j → %j", (input, expected) => {
    expect(errors(requestSchema, input)).toEqual(expected);
  });

  it("the form also needs a name; the API does not", () => {
    expect(errors(requestFormSchema, { type: "access", email: "ann@example.com", name: "" })).toEqual({ name: ["nameRequired"] });
    expect(errors(requestFormSchema, { type: "access", email: "ann@example.com" })).toEqual({ name: ["nameRequired"] });
    expect(errors(requestFormSchema, { type: "access", email: "ann@example.com", name: 7 })).toEqual({ name: ["notText"] });
    expect(errors(requestSchema, { type: "access", email: "ann@example.com" })).toEqual({});
  });

  it.each([
    ["a bidi override in the name", { name: "Ann \u202E" }, { name: ["nameBadCharacter"] }],
    ["a line break in the name (header injection)", { name: "Ann\r\nBcc: x@example.com" }, { name: ["nameBadCharacter"] }],
    ["NUL in the account", { accountId: "acc\u0000" }, { accountId: ["accountIdBadCharacter"] }],
    ["a zero-width space in the account", { accountId: "acc\u200B1" }, { accountId: ["accountIdBadCharacter"] }],
    ["an isolate in the details", { details: "see\u2067below" }, { details: ["detailsBadCharacter"] }],
    ["escape in the details", { details: "line\n\u001b[2J" }, { details: ["detailsBadCharacter"] }],
    ["a line break in the email", { email: "ann@example.com\r\nBcc: x@example.com" }, { email: ["emailInvalid"] }],
    ["a bidi override in the email", { email: "ann\u202E@example.com" }, { email: ["emailInvalid"] }],
  ])("refuses %s, on the field, in both schemas", (_what, change, expected) => {
    const input = { type: "access", email: "ann@example.com", name: "Ann", ...change };
    expect(errors(requestSchema, input)).toEqual(expected);
    expect(errors(requestFormSchema, input)).toEqual(expected);
  });

  it("keeps line breaks and tabs in the details, and every script in names", () => {
    const input = { type: "access", email: "ann@example.com", name: "Oʻgʻiloy محمد İlkay", details: "First\r\n\tSecond" };
    expect(requestFormSchema.parse(input)).toMatchObject({ name: "Oʻgʻiloy محمد İlkay", details: "First\r\n\tSecond" });
  });

  it("a name too long and with a control character gets both errors", () => {
    expect(errors(requestSchema, { type: "access", email: "ann@example.com", name: `${"a".repeat(201)}\u0007` })).toEqual({
      name: ["nameTooLong", "nameBadCharacter"],
    });
  });

  it.each([
    ["a number for the email", { type: "access", email: 12 }, { email: ["emailInvalid"] }],
    ["an array for the type", { type: ["access"], email: "ann@example.com" }, { type: ["typeRequired"] }],
    ["an object for the name", { type: "access", email: "ann@example.com", name: { toString: "x" } }, { name: ["notText"] }],
    [
      "a number, null and a boolean for the text fields",
      { type: "access", email: "ann@example.com", name: 5, accountId: null, details: true, language: 3 },
      { name: ["notText"], accountId: ["notText"], details: ["notText"], language: ["languageInvalid"] },
    ],
  ])("wrong types get a field error: %s", (_what, input, expected) => {
    expect(errors(requestSchema, input)).toEqual(expected);
  });
});
