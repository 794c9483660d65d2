import type { Messages } from "../../catalogue";

export const common = {
  languageName: "Oʻzbekcha",
  locale: "uz-Latn-UZ",
  dir: "ltr",
  skipLink: "Asosiy mazmunga oʻtish",
  siteName: "Rightsdesk",
  siteTitle: "Rightsdesk — shaxsga doir maʼlumotlar subyektlarining soʻrovlari",
  siteDescription: "Shaxsga doir maʼlumotlar subyektlarining soʻrovlari uchun portal: qonunda belgilangan javob muddatlarini hisoblaydi va har bir muddatni tushuntiradi.",
} satisfies Messages["common"];
