import type { Messages } from "../../catalogue";

export const common = {
  languageName: "Русский",
  locale: "ru-RU",
} satisfies Messages["common"];
