import { describe, expect, it } from "vitest";
import { answerSchema } from "./answer";

const outcome = (value: unknown) => {
  const parsed = answerSchema.safeParse(value);
  return parsed.success ? parsed.data : parsed.error.issues.map((i) => i.message);
};

describe("the requester's answer on the status page", () => {
  it("keeps the lines of an answer, trimmed", () => {
    expect(outcome("  The account is ann-77.\r\n\tThanks  ")).toBe("The account is ann-77.\r\n\tThanks");
  });

  it.each([
    ["blank", " \n ", ["empty"]],
    ["not text (a file)", new Blob(["x"]), ["empty"]],
    ["over 5,000 characters", "x".repeat(5001), ["too-long"]],
    ["a bidi override", "ann\u202Emoc", ["bad-character"]],
    ["NUL", "ann\u0000", ["bad-character"]],
    ["a zero-width space", "ann\u200Bx", ["bad-character"]],
  ])("refuses an answer that is %s, with a code the page words", (_what, value, expected) => {
    expect(outcome(value)).toEqual(expected);
  });
});
