import type { Messages } from "../../catalogue";

/** Forma sahifaga yetib bormasdan proksi rad etganda (lib/http/request-refusal.ts). */
export const refusals = {
  formTooLarge: (maxMb: number, permissionKb: number) =>
    `Yuborilgan forma juda katta: hammasi birga koʻpi bilan ${maxMb} MB, imzolangan ishonchnoma esa koʻpi bilan ${permissionKb} KB boʻlishi mumkin. Orqaga qayting, kichikroq fayl tanlang va formani qayta yuboring.`,
} satisfies Messages["refusals"];
