import { describe, expect, it } from "vitest";
import { fill } from "./fill";
import { messages } from "./catalogue";
import { LANGUAGES } from "./languages";

describe("fill", () => {
  it("puts each value in its slot, wherever the language puts the slot", () => {
    expect(fill("Promised days for {type}", { type: "Access" })).toBe("Promised days for Access");
    expect(fill("{n}-istisno sanasi", { n: 2 })).toBe("2-istisno sanasi");
  });

  it("leaves a slot with no value as it is, and does not read inherited names", () => {
    expect(fill("Label ({language})", {})).toBe("Label ({language})");
    expect(fill("{constructor}", {})).toBe("{constructor}");
  });

  it("every language's template names the same slots as the English one", () => {
    const slots = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    /** Every string a client form fills, named by its path, so no two share a name. */
    const templates = (language: (typeof LANGUAGES)[number]) => {
      const { form, invite, createKey, webhookForms } = messages(language).staffSettings;
      const sections = { form, promises: form.promises, overrides: form.overrides, retention: form.retention, categories: form.categories, invite, createKey, webhookForms };
      return Object.entries(sections).flatMap(([section, texts]) =>
        Object.entries(texts)
          .filter((entry): entry is [string, string] => typeof entry[1] === "string")
          .map(([key, text]): [string, string] => [`${section}.${key}`, text]),
      );
    };
    const english = Object.fromEntries(templates("en"));
    for (const language of LANGUAGES) {
      for (const [key, text] of templates(language)) expect([language, key, slots(text)]).toEqual([language, key, slots(english[key]!)]);
    }
  });
});
