import { describe, expect, it } from "vitest";
import { LANGUAGES, type Language } from "../i18n/languages";
import { guessLanguage } from "./language";

const guess = (text: string, offered: readonly Language[] = LANGUAGES, fallback: Language = "en") => guessLanguage(text, { offered, fallback });

describe("the language guess", () => {
  it.each([
    ["Hello, please delete my account and all my data. Thank you.", "en"],
    ["Здравствуйте! Прошу удалить мой аккаунт и персональные данные.", "ru"],
    ["Assalomu alaykum! Iltimos, mening hisob qaydnomamni va ma'lumotlarimni o‘chiring. Rahmat.", "uz"],
    ["Ассалому алайкум! Илтимос, ҳисобимни ва маълумотларимни ўчиринг.", "uz"],
    ["Merhaba, lütfen hesabımı ve kişisel verilerimi silin. Teşekkürler.", "tr"],
  ])("%s → %s", (text, language) => {
    expect(guess(text)).toBe(language);
  });

  it("falls back to the portal's default when the guessed language is not offered, or nothing can be told", () => {
    expect(guess("Прошу удалить мой аккаунт", ["uz"], "uz")).toBe("uz");
    expect(guess("12345 !!!", ["ru", "en"], "ru")).toBe("ru");
    expect(guess("", ["tr", "en"], "tr")).toBe("tr");
  });
});
