import type { Messages } from "../../catalogue";

export const staffAgentForm = {
  title: "Vakolatli vakil",
  lead: "Bu soʻrovni shaxsga doir maʼlumotlar subyekti nomidan ish koʻruvchi vakil yubordi. Soʻrov ustida ishlashdan oldin imzolangan ishonchnomani tekshiring.",
  agent: "Vakil",
  organisation: "Tashkilot",
  email: "Vakilning manzili",
  consumerConfirmed: "Subyekt elektron pochta orqali tasdiqladi",
  yes: "Ha",
  notYet: "Hali yoʻq",
  permission: "Imzolangan ishonchnoma",
  download: (filename: string, kb: number) => `${filename} faylini yuklab olish (${kb} KB)`,
  review: "Vakolat",
  reviews: { pending: "Hali tekshirilmagan", accepted: "Qabul qilingan", declined: "Rad etilgan" },
  reviewedBy: (who: string, when: string) => `${who}, ${when}`,
  accept: "Vakolatni qabul qilish",
  decline: "Vakolatni rad etish",
  declineHint: "Rad etganingizdan soʻng soʻrovni mos asos bilan rad eting (masalan, shaxs yoki vakolat tasdiqlanmagan).",
  done: { accepted: "Vakolat qabul qilindi.", declined: "Vakolat rad etildi." },
  errors: {
    pending: "Vakilning ishonchnomasi hali tekshirilmagan: soʻrov ustida ishlashdan oldin uni «Vakolatli vakil» boʻlimida qabul qiling.",
    declined: "Vakilning vakolati rad etilgan: bu soʻrovni faqat rad etish mumkin.",
    notConfirmed: "Vakil nomidan ish koʻrayotgan subyekt hali buni elektron pochta orqali tasdiqlamagan.",
    alreadyReviewed: "Vakolat allaqachon tekshirilgan.",
    notAgentRequest: "Bu soʻrovni vakolatli vakil yubormagan.",
  },
} satisfies Messages["staffAgentForm"];
