import type { Messages } from "../../catalogue";

export const rejectionGrounds = {
  "identity-not-verified": "Shaxsga doir maʼlumotlar subyektining shaxsini tasdiqlab boʻlmadi",
  "no-data-held": "Operator murojaat qiluvchiga oid shaxsga doir maʼlumotlarga ishlov bermaydi",
  "outside-jurisdiction": "Murojaat ushbu portal qoʻllaydigan qonun doirasiga kirmaydi",
  duplicate: "Xuddi shunday murojaat allaqachon koʻrib chiqilmoqda",
  "manifestly-unfounded-or-excessive": "Murojaat aniq asossiz yoki haddan tashqari",
  "unfounded-excessive-or-repetitive": "Murojaat aniq asossiz, haddan tashqari yoki takroriy",
  "erasure-exception": "Qonun maʼlumotlarni saqlashni talab qiladi yoki unga ruxsat beradi",
  "restricted-by-law": "Huquq qonun bilan cheklangan",
  "repeated-request": "Takroriy murojaat qonunda belgilangan muddatdan oldin yuborilgan",
  "processing-without-consent-allowed": "Qonun subyektning roziligisiz ishlov berishga ruxsat beradi",
  "outside-kvkk-scope": "Ishlov berish KVKK qonuni doirasiga kirmaydi",
  "kvkk-rights-excluded": "KVKK qonuni ushbu ishlov berish uchun bu huquqlarni istisno qiladi",
  other: "Quyida koʻrsatilgan boshqa asos",
} satisfies Messages["rejectionGrounds"];
