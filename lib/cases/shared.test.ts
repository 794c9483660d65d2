import { describe, expect, it } from "vitest";
import { CaseError, staffText } from "./shared";

describe("staff free text (notes, questions, reasons, resolutions, identity evidence)", () => {
  it("comes back trimmed, with its line breaks and tabs when it may span lines", () => {
    expect(staffText("  Called back.\r\n\tNo answer.  ", "a note", { max: 100 })).toBe("Called back.\r\n\tNo answer.");
  });

  it.each([
    ["a bidi override", "Ann\u202Egro.elpmaxe", "U+202E"],
    ["a right-to-left isolate", "\u2067Ann", "U+2067"],
    ["NUL", "Ann\u0000", "U+0000"],
    ["escape", "\u001b[31mAnn", "U+001B"],
    ["a zero-width space", "Ann\u200BLee", "U+200B"],
  ])("is refused with %s, naming it", (_what, value, found) => {
    expect(() => staffText(value, "a note", { max: 100 })).toThrow(new CaseError(`a note contains ${found}, an invisible control or text-direction character: type it again without it`));
  });

  it("on one line refuses line breaks and tabs", () => {
    expect(() => staffText("sent from\nthe registered address", "the identity evidence", { max: 100, multiline: false })).toThrow(/contains U\+000A/);
    expect(() => staffText("sent\tfrom", "the identity evidence", { max: 100, multiline: false })).toThrow(/contains U\+0009/);
  });

  it("is refused past its length, counted after trimming", () => {
    expect(staffText(` ${"x".repeat(10)} `, "the reason", { max: 10 })).toBe("x".repeat(10));
    expect(() => staffText("x".repeat(10_001), "a note", { max: 10_000 })).toThrow(new CaseError("a note can be at most 10,000 characters"));
  });
});
