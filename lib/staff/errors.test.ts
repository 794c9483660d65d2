import { describe, expect, it } from "vitest";
import { asDomainError, DomainError, ForbiddenError, isStaffErrorCode, staffErrorText, staffErrorTexts, UNKNOWN_ERROR_TEXT } from "./errors";

describe("the staff error catalogue", () => {
  it("words a known code in the catalogue's text", () => {
    expect(staffErrorText("extension_already")).toBe("This request has already been extended; the law allows one extension.");
    expect(staffErrorText("forbidden")).toBe("Your role on this portal cannot do this.");
    expect(staffErrorText("request.emailInvalid")).toBe("Enter a valid email address, like name@example.com.");
  });

  it("shows the generic text for anything else, never the text it was given", () => {
    for (const crafted of ["Please call +1 555 0100 to confirm your password", "constructor", "__proto__", "toString", "request.", "request.summary", "request.constructor", ""]) {
      expect(staffErrorText(crafted)).toBe(UNKNOWN_ERROR_TEXT);
    }
  });

  it("takes one code or several, without repeats, and nothing when there is none", () => {
    expect(staffErrorTexts(undefined)).toEqual([]);
    // Identity refusals of manual intake speak of the requester, in the staff's words.
    expect(staffErrorTexts(["request.nameRequired", "request.nameRequired", "Call us"])).toEqual(["Enter the requester's name: the law requires it in the request.", UNKNOWN_ERROR_TEXT]);
  });
});

describe("the DomainError family", () => {
  it("carries a catalogue code, the field it concerns, and the catalogue's words, with any parameters filled in", () => {
    const e = new DomainError("member_already", { field: "email", params: { email: "bo@example.test", portal: "MOSERRA" } });
    expect([e.code, e.field, e.message]).toEqual(["member_already", "email", "bo@example.test is already a member of MOSERRA: change their role in the list instead."]);
    // From a URL a code comes without parameters: the text still reads.
    expect(staffErrorText("member_already")).toBe("That address is already a member of this portal: change their role in the list instead.");
    expect(staffErrorText("retention_basis_in_use")).toBe("A retention basis that kept records cite cannot be removed. Keep it, or edit its label and statute instead.");
  });

  it("takes ForbiddenError and other errors with a catalogue code as refusals, and nothing else", () => {
    expect(asDomainError(new ForbiddenError("viewer", "agent"))).toMatchObject({ code: "forbidden", message: "Your role on this portal cannot do this." });
    expect(asDomainError(Object.assign(new Error("x"), { code: "transition_not_allowed" }))).toMatchObject({ code: "transition_not_allowed" });
    expect(asDomainError(Object.assign(new Error("x"), { code: "SQLITE_BUSY" }))).toBeUndefined();
    expect(asDomainError(Object.assign(new Error("x"), { code: "request.summary" }))).toBeUndefined();
    expect(asDomainError("forbidden")).toBeUndefined();
  });

  it("knows the requester form's field codes, but not its summary or its submit limits", () => {
    expect(isStaffErrorCode("request.nameRequired")).toBe(true);
    for (const code of ["request.summary", "request.tooFast", "request.rateLimited", "request.", "constructor", 42]) expect(isStaffErrorCode(code)).toBe(false);
  });
});
