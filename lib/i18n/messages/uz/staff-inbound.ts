import type { Messages } from "../../catalogue";

export const staffInbound = {
  email: {
    heading: "Elektron pochta orqali olingan",
    from: "Kimdan",
    subject: "Mavzu",
    arrived: "Kelgan vaqti",
    outcome: { request: "Shu soʻrovni boshlagan xat", answer: "Subyektning javobi", ignored: "Eʼtiborsiz qoldirilgan" },
    proved: (domain: string) => `Yuboruvchi xatning oʻz autentifikatsiyasi bilan tasdiqlangan (${domain} bilan mos).`,
    notProved: "Xat autentifikatsiyasi yuboruvchini tasdiqlamadi: subyekt manzilni elektron pochtaga yuborilgan havola orqali tasdiqlaydi.",
    checks: (spf: string, dkim: string, dmarc: string) => `SPF ${spf}, DKIM ${dkim}, DMARC ${dmarc}`,
    attachments: "Ilovalar",
    download: "Yuklab olish",
    size: (kb: string) => `${kb} KB`,
  },
  triage: {
    heading: "Saralash kerak",
    intro: "Bu soʻrov elektron pochta orqali kelgan. Muddat bu yerda qanday qaror qabul qilinishidan qatʼi nazar, xat kelgan paytdan hisoblanadi.",
    suggested: (label: string) => `Klassifikator taklifi: ${label}.`,
    noSuggestion: "Kalit soʻz topilmadi: koʻrsatilgan tur portalning birinchi turi, taxmin emas.",
    type: "Soʻrov turi",
    confirm: "Turni tasdiqlash",
    dismiss: "Soʻrov emas",
    dismissHelp: "Yuboruvchiga xat yubormasdan yopadi; jurnal buni kim qilganini qayd etadi. Tasdiqlanmagan soʻrov yoʻq qilinadi.",
  },
  queue: { badge: "saralash kerak", filter: "Faqat saralash kerak boʻlganlar" },
  done: { triaged: "Bajarildi: tur tasdiqlandi.", dismissed: "Bajarildi: soʻrov emas deb yopildi." },
} satisfies Messages["staffInbound"];
