import type { Messages } from "../../catalogue";

/** Form hiçbir sayfaya ulaşmadan proxy tarafından geri çevrildiğinde (lib/http/request-refusal.ts). */
export const refusals = {
  formTooLarge: (maxMb: number, permissionKb: number) =>
    `Gönderdiğiniz form çok büyük: tümü birlikte en fazla ${maxMb} MB, imzalı yetki belgesi ise en fazla ${permissionKb} KB olabilir. Geri dönün, daha küçük bir dosya seçin ve formu yeniden gönderin.`,
} satisfies Messages["refusals"];
