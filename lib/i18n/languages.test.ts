import { describe, expect, it } from "vitest";
import { pickLanguage } from "./languages";

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
