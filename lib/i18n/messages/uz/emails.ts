import type { Messages } from "../../catalogue";

// Names take no suffix ("Acmega"): "… operatori" carries the case ending instead.
// Oʻ and gʻ use U+02BB, the tutuq belgisi U+02BC, as in common.ts.
export const emails = {
  layout: {
    linkFallback: "Tugma ishlamasa, ushbu havolani nusxalab brauzeringiz manzil satriga joylashtiring:",
    footer: (portal: string) => `Siz bu xatni oldingiz, chunki ushbu manzil ${portal} operatoriga yuborilgan shaxsiy maʼlumotlar boʻyicha soʻrovda koʻrsatilgan.`,
  },
  verification: {
    subject: (portal: string) => `${portal}: elektron pochta manzilingizni tasdiqlang`,
    heading: "Elektron pochta manzilingizni tasdiqlang",
    intro: (portal: string) => `Soʻrovingizni ${portal} operatoriga yuborish uchun elektron pochta manzilingizni tasdiqlang.`,
    howTo: "Havola tasdiqlash tugmasi bor sahifani ochadi. Tugmani bosganingizdan soʻng soʻrovingiz yuboriladi.",
    button: "Manzilni tasdiqlash",
    expires: (hours: number) => `Havola ${hours} soat davomida amal qiladi.`,
    ignore: "Agar bu soʻrovni siz yubormagan boʻlsangiz, ushbu xatga eʼtibor bermang: hech narsa sodir boʻlmaydi.",
  },
  verificationReminder: {
    subject: (portal: string) => `Eslatma: ${portal} operatoriga soʻrovingiz tasdiqlashni kutmoqda`,
    heading: "Soʻrovingiz tasdiqlashni kutmoqda",
    intro: (portal: string) => `${portal} operatoriga soʻrovingiz hali yuborilmadi: elektron pochta manzilingizni tasdiqlashingiz kerak.`,
    deletion: (days: number) => `Agar manzilni tasdiqlamasangiz, soʻrov yuborilganidan ${days} kun oʻtgach oʻchirib tashlanadi.`,
    freshLink: "Mana yangi havola. U tasdiqlash tugmasi bor sahifani ochadi.",
  },
  acknowledgement: {
    subject: (portal: string, reference: string) => `${reference} raqamli soʻrovingiz qabul qilindi — ${portal}`,
    heading: "Soʻrovingiz qabul qilindi",
    intro: (portal: string) => `Manzilingizni tasdiqlaganingiz uchun rahmat. Soʻrovingiz ${portal} operatoriga yuborildi.`,
    reference: "Soʻrov raqami",
    type: "Soʻrov",
    deadline: (portal: string, date: string) => `${portal} operatori sizga ${date} sanasiga qadar javob berishi shart.`,
    nextHeading: "Keyin nima boʻladi",
    next: [
      "Shaxsiy maʼlumotlar uchun masʼul xodimlar soʻrovingizni koʻrib chiqadi.",
      "Qoʻshimcha maʼlumot kerak boʻlsa, sizga elektron pochta orqali yozishadi.",
      "Holat sahifasida soʻrovingiz qaysi bosqichda ekanini koʻrishingiz va uni qaytarib olishingiz mumkin.",
    ],
    button: "Soʻrov holatini koʻrish",
    keepLink: "Ushbu xatni saqlab qoʻying: havola orqali holat sahifasiga qaytishingiz mumkin.",
  },
  withdrawal: {
    subject: (reference: string) => `${reference} raqamli soʻrov qaytarib olindi`,
    heading: "Soʻrovingiz qaytarib olindi",
    body: (portal: string, reference: string) => `${portal} operatoriga yuborilgan ${reference} raqamli soʻrovingiz qaytarib olindi. U boʻyicha boshqa hech qanday amal bajarilmaydi.`,
    newRequest: "Fikringizni oʻzgartirsangiz, istalgan vaqtda yangi soʻrov yuborishingiz mumkin.",
  },
} satisfies Messages["emails"];
