import type { Messages } from "../../catalogue";

export const common = {
  languageName: "Oʻzbekcha",
  locale: "uz-Latn-UZ",
} satisfies Messages["common"];
