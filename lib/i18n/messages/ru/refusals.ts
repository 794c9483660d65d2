import type { Messages } from "../../catalogue";

/** Отказ прокси до того, как форма дошла до страницы (lib/http/request-refusal.ts). */
export const refusals = {
  formTooLarge: (maxMb: number, permissionKb: number) =>
    `Отправленная форма слишком велика: вместе не более ${maxMb} МБ, а документ, подтверждающий полномочия представителя, — не более ${permissionKb} КБ. Вернитесь назад, выберите файл меньшего размера и отправьте форму ещё раз.`,
} satisfies Messages["refusals"];
