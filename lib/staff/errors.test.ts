import { describe, expect, it } from "vitest";
import { staffErrorText, staffErrorTexts, UNKNOWN_ERROR_TEXT } from "./errors";

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
    expect(staffErrorTexts(["request.nameRequired", "request.nameRequired", "Call us"])).toEqual(["Enter your name.", UNKNOWN_ERROR_TEXT]);
  });
});
