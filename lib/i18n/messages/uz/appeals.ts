import type { Messages } from "../../catalogue";

export const appeals = {
  status: {
    heading: "Ushbu qaror ustidan shikoyat qilish",
    body: (until: string) => `Agar so‘rovingiz bo‘yicha qabul qilingan qarorga rozi bo‘lmasangiz, uni qayta ko‘rib chiqishni so‘rashingiz mumkin. Shikoyatni ${until} gacha yuborishingiz mumkin.`,
    groundsLabel: "Nimaga rozi emassiz va nima uchun?",
    submit: "Shikoyatimni yuborish",
    lodged: "Shikoyatingiz yuborildi. Sizga yuborgan xatimizda uning raqami va holatini kuzatish havolasi bor.",
    notAllowed: "Bu qaror ustidan endi shikoyat qilib bo‘lmaydi.",
    empty: "Shikoyatni yuborishdan oldin nimaga rozi emasligingizni yozing.",
    tooLong: "Sabablar ko‘pi bilan 5000 belgidan iborat bo‘lishi mumkin.",
    badCharacter: "Matnda koʻrinmas boshqaruv yoki matn yoʻnalishi belgisi bor. Uni nusxa koʻchirmasdan qaytadan yozing.",
    appealOf: "Shikoyat qilingan so‘rov",
    appealedAs: "Sizning shikoyatingiz",
    mergedInto: "Bu so‘rov quyidagi so‘rov bilan birlashtirildi",
  },
  complaint: {
    heading: "Agar rozi bo‘lmasangiz",
    supervisory: (authority: string) => `Siz shaxsga doir ma’lumotlar sohasidagi vakolatli davlat organiga (${authority}) yoki sudga shikoyat qilish huquqiga egasiz.`,
    attorneyGeneral: (authority: string) => `Shikoyat berish uchun quyidagi idoraga murojaat qilishingiz mumkin: ${authority}.`,
    link: "Qanday shikoyat qilish mumkin",
    phone: (phone: string) => `Telefon: ${phone}`,
  },
  events: {
    appeal_lodged: "Siz qaror ustidan shikoyat qildingiz",
    appealed: "Shikoyat qabul qilindi",
    appeal_decided: "Shikoyat bo‘yicha qaror qabul qilindi",
    duplicate_merged: "Avvalgi so‘rovingiz bilan birlashtirildi",
  } as Record<string, string>,
  emails: {
    appealReceived: {
      subject: (portal: string, reference: string) => `${portal} ${reference} raqamli shikoyatingizni qabul qildi`,
      heading: "Shikoyatingiz qabul qilindi",
      intro: (portal: string, original: string) => `${portal} ${original} so‘rovi bo‘yicha qarori ustidan shikoyatingizni qabul qildi.`,
      deadline: (portal: string, date: string) => `${portal} qabul qilingan qaror va uning sabablarini sizga ${date} dan kechiktirmay yozma ravishda ma’lum qilishi shart.`,
    },
    appealDecision: {
      subject: (portal: string, reference: string) => `${portal} ${reference} shikoyatingiz bo‘yicha qaror qabul qildi`,
      heading: "Shikoyatingiz bo‘yicha qaror qabul qilindi",
      granted: (portal: string, original: string) => `${portal} ${original} so‘rovi bo‘yicha qarorini qayta ko‘rib chiqdi va uni siz foydangizga o‘zgartirdi.`,
      denied: (portal: string, original: string) => `${portal} ${original} so‘rovi bo‘yicha qarorini qayta ko‘rib chiqdi va uni o‘zgarishsiz qoldirdi.`,
      reasonsHeading: "Nima qaror qilindi va nima uchun",
      complaintHeading: "Agar hali ham rozi bo‘lmasangiz",
    },
    duplicateMerged: {
      subject: (portal: string, reference: string) => `${reference} so‘rovi ${portal}ga yuborgan avvalgi so‘rovingiz bilan birlashtirildi`,
      heading: "So‘rovlaringiz birlashtirildi",
      body: (later: string, earlier: string) => `${later} so‘rovingiz avvalgi ${earlier} so‘rovingiz bilan bir xil narsani so‘raydi, shuning uchun ular birlashtirildi.`,
      stands: (earlier: string, later: string) => `${earlier} so‘rovi o‘z kuchida qoladi va unga javob beriladi: uni holat sahifasida kuzatib boring. ${later} so‘rovi yopildi va u bo‘yicha boshqa hech narsa qilinmaydi.`,
    },
  },
} satisfies Messages["appeals"];
