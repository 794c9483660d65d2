import type { Messages } from "../../catalogue";

export const staffOutbox = {
  title: "Giden kutusu",
  heading: "Giden kutusu: teslim edilemeyen iletiler",
  intro: "Gönderici giderek uzayan aralıklarla yeniden dener ve ayarlanan deneme sayısından sonra vazgeçer. Nedeni giderin (adres, SMTP sunucusu), sonra yeniden gönderin.",
  resent: (id: string) => `${id} numaralı ileti yeniden kuyruğa alındı.`,
  queued: "Kuyruğa alınma",
  to: "Alıcı",
  subject: "Konu",
  request: "Başvuru",
  attempts: "Deneme",
  lastError: "Son hata",
  resend: "Yeniden gönder",
  staffEmail: "personele e-posta",
  none: "Teslim edilemeyen ileti yok.",
  utc: (when: string) => `${when} UTC`,
} satisfies Messages["staffOutbox"];
