import type { Messages } from "../../catalogue";

export const inbound = {
  verification: {
    subject: (portal: string) => `${portal} xatingizni oldi: uni siz yuborganingizni tasdiqlang`,
    heading: "Soʻrovni siz yuborganingizni tasdiqlang",
    intro: (portal: string) =>
      `${portal} sizning xatingizni oldi va bu manzil sizniki ekanini tasdiqlaganingizdan soʻng uni shaxsga doir maʼlumotlar subyektining soʻrovi sifatida koʻrib chiqadi.`,
    howTo: "Havola tasdiqlash tugmasi bor sahifani ochadi. Tugmani bosganingizdan soʻng soʻrov maxfiylik boʻyicha masʼul xodimlarga yuboriladi.",
    ignore: "Agar siz bizga yozmagan boʻlsangiz, ushbu xatga eʼtibor bermang: hech narsa sodir boʻlmaydi va soʻrov oʻchiriladi.",
  },
} satisfies Messages["inbound"];
