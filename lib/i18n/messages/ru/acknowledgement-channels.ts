import type { Messages } from "../../catalogue";
import { quoteName } from "../../quote";

export const acknowledgementChannels = {
  vouched: (portal: string) => `Оператор ${quoteName(portal)} получил ваш запрос, поданный через его сервис, и зарегистрировал его под указанным ниже номером.`,
} satisfies Messages["acknowledgementChannels"];
