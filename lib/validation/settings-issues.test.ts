import { describe, expect, it } from "vitest";
import { messages } from "../i18n/catalogue";
import { LANGUAGES } from "../i18n/languages";
import { portalSettingsSchema } from "./portal-settings";
import { issue, issueText } from "./settings-issues";

const words = (language: (typeof LANGUAGES)[number]) => messages(language).staffSettings.form.errors;

describe("the settings form's refusals in the reader's language", () => {
  it("words a key and its values, translating the names of fields and what may be left blank", () => {
    const message = issue("wholeNumber", { what: "extension", min: 1, max: 366, blank: "none" });
    expect(issueText(message, words("en"))).toBe("The extension must be a whole number from 1 to 366, or blank for none");
    expect(issueText(message, words("ru"))).toBe("Продление: целое число от 1 до 366, или оставьте пустым");
    expect(issueText(issue("translationHalf", { missing: "statute" }), words("uz"))).toBe("Bu tilda normani ham kiriting yoki ikkalasini ham kiritmang");
    expect(issueText(issue("keyTwice", { key: "billing" }), words("tr"))).toBe("billing anahtarı iki kez kullanılmış");
  });

  it("passes through a text the server worded itself, or a key no catalogue knows", () => {
    expect(issueText("The deadline engine refused", words("ru"))).toBe("The deadline engine refused");
    const unknown = 'settings-issue:["nope",{}]';
    expect(issueText(unknown, words("ru"))).toBe(unknown);
  });

  it("a Russian admin reads the schema's refusal of a bad time zone in Russian", () => {
    const parsed = portalSettingsSchema.safeParse({ timeZone: "Mars/Olympus" });
    const timeZone = parsed.error!.issues.find((i) => i.path.join(".") === "timeZone")!;
    expect(issueText(timeZone.message, words("ru"))).toBe("Укажите часовой пояс по базе IANA, например Europe/Moscow");
  });

  it("every language's template names the same slots as the English one", () => {
    const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const english = words("en");
    for (const language of LANGUAGES) {
      for (const [key, text] of Object.entries(words(language))) {
        if (typeof text === "string") expect([language, key, slots(text)]).toEqual([language, key, slots(english[key as keyof typeof english] as string)]);
      }
    }
  });
});
