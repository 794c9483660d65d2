import type { Messages } from "../../catalogue";

export const staffAgentForm = {
  title: "Yetkili temsilci",
  lead: "Bu başvuruyu ilgili kişi adına hareket eden biri yaptı. Başvuru üzerinde çalışmadan önce imzalı yetki belgesini inceleyin.",
  agent: "Temsilci",
  organisation: "Kurum",
  email: "Temsilcinin e-postası",
  consumerConfirmed: "İlgili kişi e-postayla onayladı",
  yes: "Evet",
  notYet: "Henüz değil",
  permission: "İmzalı yetki belgesi",
  download: (filename: string, kb: number) => `${filename} dosyasını indir (${kb} KB)`,
  review: "Yetki",
  reviews: { pending: "Henüz incelenmedi", accepted: "Kabul edildi", declined: "Reddedildi" },
  reviewedBy: (who: string, when: string) => `${who}, ${when}`,
  accept: "Yetkiyi kabul et",
  decline: "Yetkiyi reddet",
  declineHint: "Reddettikten sonra başvuruyu uygun gerekçeyle reddedin (örneğin kimlik veya yetki gösterilmedi).",
  done: { accepted: "Yetki kabul edildi.", declined: "Yetki reddedildi." },
  errors: {
    pending: "Temsilcinin yetki belgesi henüz incelenmedi: başvuru üzerinde çalışmadan önce «Yetkili temsilci» bölümünde kabul edin.",
    declined: "Temsilcinin yetkisi reddedildi: bu başvuru yalnızca reddedilebilir.",
    notConfirmed: "Temsilcinin adına hareket ettiği ilgili kişi henüz e-postayla onaylamadı.",
    alreadyReviewed: "Yetki zaten incelendi.",
    notAgentRequest: "Bu başvuruyu bir yetkili temsilci yapmadı.",
  },
} satisfies Messages["staffAgentForm"];
