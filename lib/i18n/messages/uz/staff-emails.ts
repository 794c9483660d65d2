import { formatDay } from "../../format";
import type { Messages } from "../../catalogue";
import { quoteName } from "../../quote";

export const staffEmails = {
  /** "2026-yil 2-mart": the written form, which the suffixes below attach to ("2-martgacha"). */
  day: (date: string) => formatDay(date, "uz"),
  footer: "Siz bu xatni Rightsdesk tizimida operator xodimi sifatida olyapsiz.",
  openRequest: "Soʻrovni ochish",
  facts: { reference: "Raqam", portal: "Portal", type: "Turi", due: "Muddat", refuseBy: "Yozma rad javobi muddati", extendBy: "Uzaytirish muddati" },
  deadlineReminder: {
    subject: (heading: string, portal: string) => `${heading} — ${portal}`,
    overdue: (due: string) => `Bu soʻrovga ${due}gacha javob berilishi kerak edi, lekin javob berilmagan. Imkon qadar tezroq javob bering yoki kechikish sababini qayd eting.`,
    due: (due: string) => `Bu soʻrovga ${due} kuni oxirigacha javob berilishi kerak.`,
    why: {
      assignee: () => "Siz bu xatni soʻrov sizga tayinlangani uchun olyapsiz.",
      unassigned: (portal: string) => `Siz bu xatni soʻrovga hech kim tayinlanmagani va siz ${quoteName(portal)} operatorining ijrochisi yoki administratori boʻlganingiz uchun olyapsiz.`,
      escalation: (portal: string) => `Siz bu xat nusxasini soʻrov muddati oʻtgani va siz ${quoteName(portal)} operatorining administratori boʻlganingiz uchun olyapsiz.`,
    },
  },
  extensionDecision: {
    subject: (by: string, reference: string, portal: string) => `${by}gacha uzaytirish haqida qaror qabul qiling: ${reference} — ${portal}`,
    heading: (by: string) => `${by}gacha uzaytirish haqida qaror qabul qiling`,
    intro: (reference: string, by: string) =>
      `${reference} soʻroviga javob berish uchun vaqtning uchdan biridan kami qoldi. Koʻproq vaqt kerak boʻlsa, muddatni uzaytiring va sababini koʻrsating: subyektga ${by}gacha xabar berilishi kerak.`,
    after: (by: string, due: string) => `${by}dan keyin muddatni uzaytirib boʻlmaydi va soʻrovga ${due}gacha javob berilishi kerak.`,
  },
  digest: {
    subject: (overdue: string, dueThisWeek: string) => `Rightsdesk xulosasi: muddati oʻtgan — ${overdue} ta, sizda shu hafta muddati tugaydigan — ${dueThisWeek} ta`,
    heading: "Bugungi soʻrovlaringiz",
    overdue: "Portallaringizda muddati oʻtganlar",
    dueThisWeek: "Sizga tayinlangan, 7 kun ichida muddati tugaydi",
    more: "Roʻyxatlar qisqartirilgan; qolgani navbatda.",
    openQueue: "Navbatni ochish",
  },
  signIn: {
    subject: "Rightsdesk tizimiga kirish",
    intro: "Operator xodimlarining ish joyiga kirish uchun havolani oching va tugmani bosing.",
    button: "Kirish",
    expires: (minutes: number) => `Havola bir marta, ${minutes} daqiqa davomida ishlaydi.`,
    ignore: "Agar kirishni soʻramagan boʻlsangiz, bu xatga eʼtibor bermang: havolasiz hech kim kira olmaydi.",
  },
  lockout: {
    subject: "Muvaffaqiyatsiz urinishlardan keyin parol bilan kirish vaqtincha toʻxtatildi",
    heading: "Kimdir hisobingiz uchun notoʻgʻri parol kiritdi",
    what: (failures: number, email: string, until: string) =>
      `Qisqa vaqt ichida ${email} uchun notoʻgʻri parol bilan ${failures} marta kirishga urinildi, shuning uchun bu manzil uchun parol bilan kirish ${until}gacha vaqtincha toʻxtatildi. Har bir keyingi toʻxtatish uzoqroq boʻladi.`,
    ifYou: "Agar bu siz boʻlsangiz, shu vaqtgacha kuting yoki shu manzilga yuborilgan havola orqali kiring: bu usul ishlayveradi.",
    button: "Xatdagi havola orqali kirish",
    ifNotYou: "Agar bu siz boʻlmasangiz, kimdir parolingizni topishga urinayotgan boʻlishi mumkin: Rightsdesk administratoringizga xabar bering va bu parolni boshqa joyda ishlatmang.",
  },
  invitation: {
    subject: (portal: string) => `Siz Rightsdesk tizimida ${quoteName(portal)} operatori xodimlari qatoriga qoʻshildingiz`,
    heading: (portal: string) => `${quoteName(portal)} operatori xodimlari qatoriga xush kelibsiz`,
    added: {
      viewer: (by: string, portal: string) => `${by} sizni ${quoteName(portal)} operatorining subyektlar soʻrovlari bilan ishlash joyiga kuzatuvchi sifatida qoʻshdi.`,
      agent: (by: string, portal: string) => `${by} sizni ${quoteName(portal)} operatorining subyektlar soʻrovlari bilan ishlash joyiga ijrochi sifatida qoʻshdi.`,
      admin: (by: string, portal: string) => `${by} sizni ${quoteName(portal)} operatorining subyektlar soʻrovlari bilan ishlash joyiga administrator sifatida qoʻshdi.`,
    },
    work: {
      viewer: "Kuzatuvchi sifatida barcha soʻrovlarni, saqlash reyestri va audit jurnalini oʻqiy va yuklab ola olasiz; hech narsani oʻzgartira olmaysiz.",
      agent: "Ijrochi sifatida soʻrovlar navbati bilan ishlaysiz: tekshirasiz, javob berasiz, muddatni uzaytirasiz, bajarasiz yoki rad etasiz, nima yoʻq qilingani va nima saqlanganini qayd etasiz.",
      admin: "Administrator sifatida portalni ham sozlaysiz: soʻrov turlari, muddatlar, saqlash asoslari katalogi va xodimlar.",
    },
    button: "Kirish",
    how: "Shu elektron pochta bilan kiring: sizga kirish havolasini yuboramiz.",
    unexpected: (by: string) => `Agar buni kutmagan boʻlsangiz, bu haqda ${by} bilan bogʻlaning yoki bu xatga eʼtibor bermang: bu pochta qutisiga kirmasdan hech kim siz nomingizdan kira olmaydi.`,
    anAdmin: "Administrator",
  },
  webhookDisabled: {
    subject: (portal: string) => `${quoteName(portal)} operatorining veb-xuk manzili oʻchirib qoʻyildi`,
    heading: "Veb-xuk manzili hodisalarni qabul qilishni toʻxtatdi",
    intro: (portal: string) => `Rightsdesk ${quoteName(portal)} operatorining veb-xuk manziliga hodisalarni yetkaza olmadi, shuning uchun unga yuborishni toʻxtatdi.`,
    endpoint: "Manzil",
    reason: "Sabab",
    missed: "Uni kutayotgan hodisalar yetkazilmadi. Qabul qiluvchi yana ishlay boshlagach, manzilni yoqing va oʻtkazib yuborilgan hodisalarni yetkazish jurnalidan qayta yuboring.",
    button: "Veb-xuklar sahifasini ochish",
  },
  retention: {
    subject: (reference: string, category: string) => `Yoʻq qilish vaqti keldi: ${reference}, ${category}`,
    heading: "Saqlash muddati tugadi",
    ended: (category: string, reference: string, basis: string, date: string) => `${reference} soʻrovi boʻyicha «${category}» toifasini «${basis}» asosida saqlash muddati ${date} kuni tugadi.`,
    purge: "Maʼlumotlarni yoʻq qiling va reyestrda tasdiqlang. Yoʻq qilish tasdiqlanmaguncha bu eslatma har hafta keladi.",
    facts: { portal: "Portal", request: "Soʻrov", category: "Maʼlumotlar toifasi", keptUnder: "Saqlash asosi", keptUntil: "Saqlash muddati" },
    button: "Saqlash reyestrini ochish",
  },
} satisfies Messages["staffEmails"];
