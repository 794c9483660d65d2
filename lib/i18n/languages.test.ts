import { describe, expect, it } from "vitest";
import { pickLanguage, requesterLanguage } from "./languages";

describe("the language a page speaks: the requester's choice, then Accept-Language, then the portal default", () => {
  const offered = ["uz", "ru", "en"] as const;
  it.each([
    [{ chosen: "ru" }, "ru"],
    [{ chosen: "tr" }, "uz"],
    [{ chosen: "xx", acceptLanguage: "en-GB,en;q=0.9" }, "en"],
    [{ acceptLanguage: "de-DE,de;q=0.9,ru;q=0.8,en;q=0.7" }, "ru"],
    [{ acceptLanguage: "en;q=0.2,ru;q=0.9" }, "ru"],
    [{ acceptLanguage: "ru;q=0,en" }, "en"],
    [{ acceptLanguage: "fr" }, "uz"],
    [{ acceptLanguage: "" }, "uz"],
    [{}, "uz"],
  ] as const)("%o → %s", (input, expected) => {
    expect(pickLanguage([...offered], "uz", input)).toBe(expected);
  });
});

describe("the language of a requester page", () => {
  it("is the portal's pick where there is a portal", () => {
    expect(requesterLanguage({ languages: ["uz", "ru"], defaultLanguage: "uz" }, { chosen: "tr", acceptLanguage: "ru" })).toBe("ru");
  });

  it("is any language the site speaks on the page of no portal, else English", () => {
    expect(requesterLanguage(undefined, { chosen: "tr" })).toBe("tr");
    expect(requesterLanguage(undefined, { acceptLanguage: "uz-Latn-UZ,uz;q=0.9" })).toBe("uz");
    expect(requesterLanguage(undefined, { acceptLanguage: "fr" })).toBe("en");
  });
});
