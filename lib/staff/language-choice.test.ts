import { describe, expect, it } from "vitest";
import { resolveStaffLanguage, staffEmailLanguage } from "./language-choice";

describe("the staff member's language", () => {
  it("is the one they picked, whatever their browser asks for", () => {
    expect(resolveStaffLanguage({ stored: "ru", acceptLanguage: "tr-TR,tr;q=0.9,en;q=0.8" })).toBe("ru");
    expect(resolveStaffLanguage({ stored: "en", acceptLanguage: "uz" })).toBe("en");
  });

  it("until they pick, is their browser's best match among the desk's languages, by quality", () => {
    expect(resolveStaffLanguage({ stored: null, acceptLanguage: "de-DE,de;q=0.9,uz;q=0.8,ru;q=0.7" })).toBe("uz");
    expect(resolveStaffLanguage({ stored: null, acceptLanguage: "en;q=0.5, tr-TR" })).toBe("tr");
    expect(resolveStaffLanguage({ stored: undefined, acceptLanguage: "ru-RU" })).toBe("ru");
  });

  it("ignores a stored value that is no language of the catalogue, and a language the browser refuses (q=0)", () => {
    expect(resolveStaffLanguage({ stored: "de", acceptLanguage: "ru" })).toBe("ru");
    expect(resolveStaffLanguage({ stored: null, acceptLanguage: "ru;q=0, tr;q=0.1" })).toBe("tr");
  });

  it("is English when neither the member nor the browser says otherwise", () => {
    expect(resolveStaffLanguage({ stored: null, acceptLanguage: null })).toBe("en");
    expect(resolveStaffLanguage({ stored: null, acceptLanguage: "de-DE,fr;q=0.8" })).toBe("en");
    expect(resolveStaffLanguage({})).toBe("en");
  });

  it("for an email, with no browser to ask, is their pick or English", () => {
    expect(staffEmailLanguage("uz")).toBe("uz");
    expect(staffEmailLanguage(null)).toBe("en");
  });
});
