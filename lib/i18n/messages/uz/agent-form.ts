import type { Messages } from "../../catalogue";
import { quoteName } from "../../quote";

/** Shaxsga doir maʼlumotlar subyekti vakilining soʻrovi (ZRU-547 «Shaxsga doir maʼlumotlar toʻgʻrisida»; Kaliforniya uchun 11 CCR §7063). */
export const agentForm = {
  form: {
    toggle: "Men bu soʻrovni boshqa shaxs nomidan yuboryapman",
    intro:
      "Subyektning vakili sifatida yuqorida oʻz ismingiz va elektron pochta manzilingizni, quyida esa nomidan ish koʻrayotgan shaxsning ismi va manzilini yozing hamda u imzolagan ishonchnomani (vakolatni tasdiqlovchi hujjatni) ilova qiling. Biz unga sizga vakolat berganini bevosita tasdiqlashini soʻrab xat yuboramiz; u tasdiqlamaguncha va biz hujjatni tekshirmagunimizcha soʻrov koʻrib chiqilmaydi.",
    organisation: "Tashkilotingiz (ixtiyoriy)",
    consumerName: "Uning ismi",
    consumerEmail: "Uning elektron pochta manzili",
    consumerEmailHint: "Biz undan tasdiqlashni soʻraymiz. Soʻrov boʻyicha xabarlar unga boradi; siz qabul qilinganligi haqida xat olasiz.",
    permission: "Imzolangan ishonchnoma",
    permissionHint: (maxKb: number) => `U sizga imzolab bergan ishonchnomaning PDF, JPEG yoki PNG fayli, koʻpi bilan ${maxKb} KB.`,
  },
  errors: {
    organisationTooLong: "Tashkilot nomi koʻpi bilan 200 belgidan iborat boʻlishi mumkin.",
    organisationBadCharacter: "Tashkilot nomida qabul qilib boʻlmaydigan belgi bor.",
    consumerNameRequired: "Nomidan ish koʻrayotgan shaxsning ismini yozing.",
    consumerNameTooLong: "Ism koʻpi bilan 200 belgidan iborat boʻlishi mumkin.",
    consumerNameBadCharacter: "Uning ismida qabul qilib boʻlmaydigan belgi bor.",
    consumerEmailRequired: "Nomidan ish koʻrayotgan shaxsning elektron pochta manzilini yozing.",
    consumerEmailInvalid: "Uning elektron pochta manzilini yozing, masalan, name@example.com.",
    consumerEmailIsYours: "Sizning emas, uning oʻz manzilini yozing: biz undan bevosita tasdiqlashni soʻraymiz.",
    permissionRequired: "U sizga imzolab bergan ishonchnomani ilova qiling.",
    permissionType: "Ishonchnoma PDF, JPEG yoki PNG fayl boʻlishi kerak.",
    permissionTooLarge: (maxKb: number) => `Ishonchnoma fayli koʻpi bilan ${maxKb} KB boʻlishi mumkin.`,
  },
  confirm: {
    title: "Bu soʻrovni yuborishni kimgadir topshirganmisiz?",
    body: (agent: string, portal: string, type: string) => `${agent} sizning nomingizdan ${quoteName(portal)} operatoriga soʻrov yubordi: «${type}». U siz imzolagan deb koʻrsatilgan ishonchnomani ham ilova qildi.`,
    confirm: "Ha, men vakolat berganman: soʻrovni yuborish",
    ignore: "Agar siz hech kimga vakolat bermagan boʻlsangiz, tugmani bosmang: soʻrov yuborilmaydi va 7 kun ichida yoʻq qilinadi.",
  },
  emails: {
    confirmation: {
      subject: (portal: string) => `${quoteName(portal)} operatoriga soʻrov yuborishni topshirganmisiz?`,
      heading: "Vakolat berganingizni tasdiqlang",
      intro: (agent: string, portal: string, type: string) => `${agent} vakilingiz sifatida ${quoteName(portal)} operatoriga soʻrov yubordi: «${type}». Qonunga koʻra, biz sizdan unga vakolat berganingizni bevosita tasdiqlashingizni soʻrashimiz mumkin.`,
      howTo: "Havola tasdiqlash tugmasi bor sahifani ochadi. Tugmani bosganingizdan va biz ishonchnomani tekshirganimizdan soʻng soʻrov koʻrib chiqiladi.",
      button: "Koʻrib chiqish va tasdiqlash",
      expires: (hours: number) => `Havola ${hours} soat davomida amal qiladi.`,
      ignore: "Agar siz hech kimga vakolat bermagan boʻlsangiz, ushbu xatga eʼtibor bermang: hech narsa sodir boʻlmaydi, soʻrov esa 7 kun ichida yoʻq qilinadi.",
    },
    acknowledged: (portal: string) => `Vakilga ruxsat berganingizni tasdiqlaganingiz uchun rahmat. U sizning nomingizdan bergan soʻrov ${quoteName(portal)} operatoriga yuborildi.`,
    receipt: {
      subject: (portal: string) => `${quoteName(portal)} operatoriga boshqa shaxs nomidan yuborgan soʻrovingiz qabul qilindi`,
      heading: "Soʻrov qabul qilindi",
      intro: (consumer: string, portal: string) => `${consumer} nomidan ${quoteName(portal)} operatoriga yuborgan soʻrovingizni qabul qildik.`,
      next: "Biz undan sizga vakolat berganini tasdiqlashni soʻradik va yuborgan ishonchnomangizni tekshiramiz. Soʻrov boʻyicha xabarlar unga boradi.",
      reference: (reference: string) => `Soʻrov raqami: ${reference}`,
    },
  },
} satisfies Messages["agentForm"];
