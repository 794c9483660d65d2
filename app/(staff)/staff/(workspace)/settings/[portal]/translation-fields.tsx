"use client";

import { useWatch } from "react-hook-form";
import type { Language } from "@/lib/i18n/languages";
import { TRANSLATED_LANGUAGES } from "@/lib/validation/portal-settings";
import { useSettingsField } from "./fields";

/**
 * The languages besides English to word a label in: those the portal speaks
 * (as ticked now), and any that already has a translation, so none is lost
 * from the posted form while its language is switched off.
 */
export function useTranslationLanguages(names: Record<Language, string>, hasText: (language: (typeof TRANSLATED_LANGUAGES)[number]) => boolean) {
  const { form } = useSettingsField();
  const spoken = useWatch({ control: form.control, name: "languages" });
  return TRANSLATED_LANGUAGES.filter((l) => spoken.includes(l) || hasText(l)).map((value) => ({ value, name: names[value] }));
}
