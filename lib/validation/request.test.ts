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
    expect(errors(requestSchema, { type: "access", email: "ann@example.com" })).toEqual({});
  });
});
