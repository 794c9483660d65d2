import type { Messages } from "../../catalogue";
import { quoteName } from "../../quote";

export const inbound = {
  verification: {
    subject: (portal: string) => `${quoteName(portal)} operatori xatingizni oldi: uni siz yuborganingizni tasdiqlang`,
    heading: "Soʻrovni siz yuborganingizni tasdiqlang",
    intro: (portal: string) =>
      `${quoteName(portal)} operatori sizning xatingizni oldi va bu manzil sizniki ekanini tasdiqlaganingizdan soʻng uni shaxsga doir maʼlumotlar subyektining soʻrovi sifatida koʻrib chiqadi.`,
    howTo: "Havola tasdiqlash tugmasi bor sahifani ochadi. Tugmani bosganingizdan soʻng soʻrov operator xodimlariga yuboriladi.",
    ignore: "Agar siz bizga yozmagan boʻlsangiz, ushbu xatga eʼtibor bermang: soʻrov koʻrib chiqilmaydi va yoʻq qilinadi.",
  },
} satisfies Messages["inbound"];
