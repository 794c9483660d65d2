import type { Messages } from "../../catalogue";
import { quoteName } from "../../quote";

export const appeals = {
  status: {
    heading: "Ushbu qaror ustidan shikoyat qilish",
    body: (until: string) => `Agar soʻrovingiz boʻyicha qabul qilingan qarorga rozi boʻlmasangiz, uni qayta koʻrib chiqishni soʻrashingiz mumkin. Shikoyatni ${until}gacha yuborishingiz mumkin.`,
    groundsLabel: "Nimaga rozi emassiz va nima uchun?",
    submit: "Shikoyatimni yuborish",
    lodged: "Shikoyatingiz yuborildi. Sizga yuborgan xatimizda uning raqami va holatini kuzatish havolasi bor.",
    notAllowed: "Bu qaror ustidan endi shikoyat qilib boʻlmaydi.",
    empty: "Shikoyatni yuborishdan oldin nimaga rozi emasligingizni yozing.",
    tooLong: "Sabablar koʻpi bilan 5000 belgidan iborat boʻlishi mumkin.",
    badCharacter: "Matnda koʻrinmas boshqaruv yoki matn yoʻnalishi belgisi bor. Uni nusxa koʻchirmasdan qaytadan yozing.",
    appealOf: "Shikoyat qilingan soʻrov",
    appealedAs: "Sizning shikoyatingiz",
    mergedInto: "Bu soʻrov quyidagi soʻrov bilan birlashtirildi",
  },
  complaint: {
    heading: "Agar rozi boʻlmasangiz",
    supervisory: (authority: string) => `Siz shaxsga doir maʼlumotlar sohasidagi vakolatli davlat organiga (${authority}) yoki sudga shikoyat qilish huquqiga egasiz.`,
    attorneyGeneral: (authority: string) => `Shikoyat berish uchun quyidagi idoraga murojaat qilishingiz mumkin: ${authority}.`,
    link: "Qanday shikoyat qilish mumkin",
    phone: (phone: string) => `Telefon: ${phone}`,
  },
  events: {
    appeal_lodged: "Siz qaror ustidan shikoyat qildingiz",
    appealed: "Shikoyat qabul qilindi",
    appeal_decided: "Shikoyat boʻyicha qaror qabul qilindi",
    duplicate_merged: "Avvalgi soʻrovingiz bilan birlashtirildi",
  } as Record<string, string>,
  emails: {
    appealReceived: {
      subject: (portal: string, reference: string) => `${quoteName(portal)} operatori ${reference} raqamli shikoyatingizni qabul qildi`,
      heading: "Shikoyatingiz qabul qilindi",
      intro: (portal: string, original: string) => `${quoteName(portal)} operatori ${original} soʻrovi boʻyicha qarori ustidan shikoyatingizni qabul qildi.`,
      deadline: (portal: string, date: string) => `${quoteName(portal)} operatori qabul qilingan qaror va uning sabablarini sizga ${date}dan kechiktirmay yozma ravishda maʼlum qilishi shart.`,
    },
    appealDecision: {
      subject: (portal: string, reference: string) => `${quoteName(portal)} operatori ${reference} shikoyatingiz boʻyicha qaror qabul qildi`,
      heading: "Shikoyatingiz boʻyicha qaror qabul qilindi",
      granted: (portal: string, original: string) => `${quoteName(portal)} operatori ${original} soʻrovi boʻyicha qarorini qayta koʻrib chiqdi va uni siz foydangizga oʻzgartirdi.`,
      denied: (portal: string, original: string) => `${quoteName(portal)} operatori ${original} soʻrovi boʻyicha qarorini qayta koʻrib chiqdi va uni oʻzgarishsiz qoldirdi.`,
      reasonsHeading: "Nima qaror qilindi va nima uchun",
      complaintHeading: "Agar hali ham rozi boʻlmasangiz",
    },
    duplicateMerged: {
      subject: (portal: string, reference: string) => `${reference} soʻrovi ${quoteName(portal)} operatoriga yuborgan avvalgi soʻrovingiz bilan birlashtirildi`,
      heading: "Soʻrovlaringiz birlashtirildi",
      body: (later: string, earlier: string) => `${later} soʻrovingiz avvalgi ${earlier} soʻrovingiz bilan bir xil narsani soʻraydi, shuning uchun ular birlashtirildi.`,
      stands: (earlier: string, later: string) => `${earlier} soʻrovi oʻz kuchida qoladi va unga javob beriladi: uni holat sahifasida kuzatib boring. ${later} soʻrovi yopildi va u boʻyicha boshqa hech narsa qilinmaydi.`,
    },
  },
} satisfies Messages["appeals"];
