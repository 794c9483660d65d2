import type { Messages } from "../../catalogue";

export const staffInbound = {
  email: {
    heading: "E-postayla alındı",
    from: "Gönderen",
    subject: "Konu",
    arrived: "Geliş zamanı",
    outcome: { request: "Bu başvuruyu açtı", answer: "İlgili kişinin yanıtı", ignored: "Yok sayıldı" },
    proved: (domain: string) => `Gönderen, iletinin kendi kimlik doğrulamasıyla kanıtlandı (${domain} ile uyumlu).`,
    notProved: "İletinin kimlik doğrulaması göndereni kanıtlamadı: ilgili kişi adresini e-postadaki bağlantıyla doğrular.",
    checks: (spf: string, dkim: string, dmarc: string) => `SPF ${spf}, DKIM ${dkim}, DMARC ${dmarc}`,
    attachments: "Ekler",
    download: "İndir",
    size: (kb: string) => `${kb} KB`,
  },
  triage: {
    heading: "Ön inceleme gerekiyor",
    intro: "Bu başvuru e-postayla geldi. Süre, burada ne karar verilirse verilsin iletinin geldiği andan işler.",
    suggested: (label: string) => `Sınıflandırıcının önerisi: ${label}.`,
    noSuggestion: "Hiçbir anahtar sözcük eşleşmedi: gösterilen tür bir tahmin değil, portalın ilk türüdür.",
    type: "Başvuru türü",
    confirm: "Türü onayla",
    dismiss: "Başvuru değil",
    dismissHelp: "Gönderene e-posta göndermeden kapatır; kimin kapattığı geçmişe kaydedilir. Doğrulanmamış bir başvuru silinir.",
  },
  queue: { badge: "ön inceleme gerekiyor", filter: "Yalnızca ön inceleme gerekenler" },
  done: { triaged: "Tamam: tür onaylandı.", dismissed: "Tamam: başvuru değil olarak kapatıldı." },
} satisfies Messages["staffInbound"];
