import type { Messages } from "../../catalogue";

export const common = {
  languageName: "Русский",
  locale: "ru-RU",
  dir: "ltr",
  skipLink: "Перейти к содержанию",
  siteName: "Rightsdesk",
  siteTitle: "Rightsdesk — запросы субъектов персональных данных",
  siteDescription: "Портал для запросов субъектов персональных данных с расчётом установленных законом сроков ответа и объяснением каждого срока.",
} satisfies Messages["common"];
