import type { Language } from "./languages";
import { en } from "./messages/en";
import { ru } from "./messages/ru";
import { tr } from "./messages/tr";
import { uz } from "./messages/uz";

/**
 * The one message catalogue for pages and emails. English defines the shape;
 * every other language must fill all of it (`satisfies Messages`), so a missing
 * translation fails the type check instead of reaching a requester.
 */
export type Messages = typeof en;

const catalogue: Record<Language, Messages> = { en, ru, uz, tr };

export function messages(language: Language): Messages {
  return catalogue[language];
}
