import type { Messages } from "../../catalogue";

export const common = {
  languageName: "Türkçe",
  locale: "tr-TR",
  dir: "ltr",
  skipLink: "İçeriğe geç",
  siteName: "Rightsdesk",
  siteTitle: "Rightsdesk — ilgili kişi başvuruları",
  siteDescription: "İlgili kişi başvuruları için bir portal: kanuni yanıt sürelerini hesaplar ve her sürenin nasıl hesaplandığını açıklar.",
} satisfies Messages["common"];
