/** A count's word forms by the language's plural category (CLDR): "one" and "other" in English, "one", "few" and "many" in Russian. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** `forms` for `count` in `locale`, with `#` replaced by the count written the locale's way. */
export function plural(locale: string, count: number, forms: PluralForms): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
  return form.replaceAll("#", new Intl.NumberFormat(locale).format(count));
}
