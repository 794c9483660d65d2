import type { Messages } from "../../catalogue";

export const common = {
  languageName: "Türkçe",
  locale: "tr-TR",
} satisfies Messages["common"];
