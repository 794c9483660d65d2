import type { Messages } from "../../catalogue";

export const staffOutbox = {
  title: "Chiquvchi xatlar",
  heading: "Chiquvchi xatlar: yetkazilmaganlari",
  intro: "Yuboruvchi tobora uzoqroq tanaffuslar bilan qayta urinadi va belgilangan urinishlar sonidan keyin toʻxtaydi. Sababini bartaraf eting (manzil, SMTP server), soʻng qayta yuboring.",
  resent: (id: string) => `${id} raqamli xat yana navbatga qoʻyildi.`,
  queued: "Navbatga qoʻyilgan",
  to: "Kimga",
  subject: "Mavzu",
  request: "Soʻrov",
  attempts: "Urinishlar",
  lastError: "Oxirgi xato",
  resend: "Qayta yuborish",
  staffEmail: "xodimga xat",
  none: "Yetkazilmagan xatlar yoʻq.",
  utc: (when: string) => `${when} UTC`,
} satisfies Messages["staffOutbox"];
