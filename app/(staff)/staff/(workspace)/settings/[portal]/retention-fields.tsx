"use client";

import { useFieldArray } from "react-hook-form";
import type { Language } from "@/lib/i18n/languages";
import { ErrorText, Hint, useSettingsField } from "./fields";
import { useTranslationLanguages } from "./translation-fields";

/**
 * The retention catalogue: the legal grounds agents may cite to keep data
 * after a deletion. An entry is known by its key; one that kept records cite
 * cannot be removed (the server refuses, naming it).
 */
export function RetentionFields({ languageNames }: { languageNames: Record<Language, string> }) {
  const { form } = useSettingsField();
  const rows = useFieldArray({ control: form.control, name: "retentionBases" });
  /** A removed basis is no longer one a category may be kept under. */
  const remove = (i: number) => {
    const key = form.getValues(`retentionBases.${i}.key`);
    form.getValues("dataCategories").forEach((c, j) => {
      if (c.keptUnder.includes(key)) form.setValue(`dataCategories.${j}.keptUnder`, c.keptUnder.filter((k) => k !== key));
    });
    rows.remove(i);
  };
  return (
    <fieldset>
      <legend>Retention catalogue</legend>
      <p className="hint">Each basis needs a short key (lower-case letters, digits and hyphens), a label, the statute or clause (in English, and in the portal&apos;s other languages for deletion emails), and optionally its usual period in days.</p>
      <ErrorText path="retentionBases" />
      {rows.fields.map((row, i) => (
        <BasisRow key={row.id} index={i} languageNames={languageNames} onRemove={() => remove(i)} />
      ))}
      <p>
        <button type="button" className="link-button" onClick={() => rows.append({ key: "", label: "", statute: "", translations: { ru: { label: "", statute: "" }, uz: { label: "", statute: "" }, tr: { label: "", statute: "" } }, defaultPeriodDays: "", anchoredTo: "" })}>
          Add a basis
        </button>
      </p>
    </fieldset>
  );
}

function BasisRow({ index: i, languageNames, onRemove }: { index: number; languageNames: Record<Language, string>; onRemove: () => void }) {
  const { field, form } = useSettingsField();
  const languages = useTranslationLanguages(languageNames, (l) => {
    const t = form.getValues(`retentionBases.${i}.translations.${l}`);
    return Boolean(t?.label || t?.statute);
  });
  return (
    <div className="panel" role="group" aria-label={`Retention basis ${i + 1}`}>
      <label htmlFor={`retentionBases.${i}.key`}>Key</label>
      <input type="text" {...field(`retentionBases.${i}.key`)} />
      <ErrorText path={`retentionBases.${i}.key`} />
      <label htmlFor={`retentionBases.${i}.label`}>Label</label>
      <input type="text" {...field(`retentionBases.${i}.label`)} />
      <ErrorText path={`retentionBases.${i}.label`} />
      <label htmlFor={`retentionBases.${i}.statute`}>Statute</label>
      <textarea rows={2} {...field(`retentionBases.${i}.statute`)} />
      <ErrorText path={`retentionBases.${i}.statute`} />
      {languages.map(({ value, name }) => (
        <div key={value}>
          <label htmlFor={`retentionBases.${i}.translations.${value}.label`}>Label ({name})</label>
          <input type="text" lang={value} {...field(`retentionBases.${i}.translations.${value}.label`)} />
          <ErrorText path={`retentionBases.${i}.translations.${value}.label`} />
          <label htmlFor={`retentionBases.${i}.translations.${value}.statute`}>Statute ({name})</label>
          <textarea rows={2} lang={value} {...field(`retentionBases.${i}.translations.${value}.statute`)} />
          <ErrorText path={`retentionBases.${i}.translations.${value}.statute`} />
        </div>
      ))}
      <label htmlFor={`retentionBases.${i}.defaultPeriodDays`}>Default period in days (blank for none)</label>
      <input type="text" inputMode="numeric" {...field(`retentionBases.${i}.defaultPeriodDays`)} />
      <ErrorText path={`retentionBases.${i}.defaultPeriodDays`} />
      <label htmlFor={`retentionBases.${i}.anchoredTo`}>Period counted from (blank: from the deletion)</label>
      <Hint path={`retentionBases.${i}.anchoredTo`}>The date the period runs from, which agents enter when they keep data under this basis, such as: the user&apos;s last payment.</Hint>
      <input type="text" {...field(`retentionBases.${i}.anchoredTo`, { hint: true })} />
      <ErrorText path={`retentionBases.${i}.anchoredTo`} />
      <p>
        <button type="button" className="link-button" onClick={onRemove}>
          Remove this basis
        </button>
      </p>
    </div>
  );
}
