import { describe, expect, it } from "vitest";
import { actorLabel, CaseError, staffMember, staffText } from "./shared";

describe("staffText", () => {
  it("trims and keeps newlines and tabs in multi-line text", () => {
    expect(staffText("  Called back.\r\n\tNo answer.  ", { max: 100, tooLong: "note_too_long" })).toBe("Called back.\r\n\tNo answer.");
  });

  it.each([
    ["right-to-left override", "pay \u202Etxt.exe"],
    ["NUL", "a\u0000b"],
    ["escape", "a\u001B[31mb"],
    ["zero-width space", "ad\u200Bmin"],
  ])("refuses a %s with its code", (_, value) => {
    expect(() => staffText(value, { max: 100, tooLong: "note_too_long" })).toThrow(new CaseError("text_bad_character"));
  });

  it("refuses line breaks and tabs in one-line text", () => {
    expect(() => staffText("sent from\nthe registered address", { max: 100, tooLong: "intake_evidence_too_long", multiline: false })).toThrow(new CaseError("text_bad_character"));
    expect(() => staffText("sent\tfrom", { max: 100, tooLong: "intake_evidence_too_long", multiline: false })).toThrow(new CaseError("text_bad_character"));
  });

  it("counts the length after trimming, refusing with the caller's code", () => {
    expect(staffText(` ${"x".repeat(10)} `, { max: 10, tooLong: "extension_reason_too_long" })).toBe("x".repeat(10));
    expect(() => staffText("x".repeat(10_001), { max: 10_000, tooLong: "note_too_long" })).toThrow(new CaseError("note_too_long"));
  });
});

describe("actors", () => {
  it("records a staff member and an API key apart, and only a staff member as the person behind an action", () => {
    expect(actorLabel({ staff: "u-1" })).toBe("staff:u-1");
    expect(actorLabel({ apiKey: { id: 7, name: "billing backend" } })).toBe("api-key:7:billing backend");
    expect(staffMember({ staff: "u-1" })).toBe("u-1");
    expect(staffMember({ apiKey: { id: 7, name: "billing backend" } })).toBeNull();
  });
});
