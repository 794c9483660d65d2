"use client";

import { useFieldArray } from "react-hook-form";
import { fill } from "@/lib/i18n/fill";
import type { Language } from "@/lib/i18n/languages";
import { ErrorText, Hint, useSettingsField } from "./fields";
import type { SettingsLabels } from "./settings-form";
import { useTranslationLanguages } from "./translation-fields";

/**
 * The retention catalogue: the legal grounds agents may cite to keep data
 * after a deletion. An entry is known by its key; one that kept records cite
 * cannot be removed (the server refuses, naming it).
 */
export function RetentionFields({ languageNames, labels }: { languageNames: Record<Language, string>; labels: SettingsLabels["retention"] }) {
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
      <legend>{labels.legend}</legend>
      <p className="hint">{labels.hint}</p>
      <ErrorText path="retentionBases" />
      {rows.fields.map((row, i) => (
        <BasisRow key={row.id} index={i} languageNames={languageNames} labels={labels} onRemove={() => remove(i)} />
      ))}
      <p>
        <button type="button" className="link-button" onClick={() => rows.append({ key: "", label: "", statute: "", translations: { ru: { label: "", statute: "" }, uz: { label: "", statute: "" }, tr: { label: "", statute: "" } }, defaultPeriodDays: "", anchoredTo: "" })}>
          {labels.add}
        </button>
      </p>
    </fieldset>
  );
}

function BasisRow({ index: i, languageNames, labels, onRemove }: { index: number; languageNames: Record<Language, string>; labels: SettingsLabels["retention"]; onRemove: () => void }) {
  const { field, form } = useSettingsField();
  const languages = useTranslationLanguages(languageNames, (l) => {
    const t = form.getValues(`retentionBases.${i}.translations.${l}`);
    return Boolean(t?.label || t?.statute);
  });
  return (
    <div className="panel" role="group" aria-label={fill(labels.basis, { n: i + 1 })}>
      <label htmlFor={`retentionBases.${i}.key`}>{labels.key}</label>
      <input type="text" {...field(`retentionBases.${i}.key`)} />
      <ErrorText path={`retentionBases.${i}.key`} />
      <label htmlFor={`retentionBases.${i}.label`}>{labels.label}</label>
      <input type="text" {...field(`retentionBases.${i}.label`)} />
      <ErrorText path={`retentionBases.${i}.label`} />
      <label htmlFor={`retentionBases.${i}.statute`}>{labels.statute}</label>
      <textarea rows={2} {...field(`retentionBases.${i}.statute`)} />
      <ErrorText path={`retentionBases.${i}.statute`} />
      {languages.map(({ value, name }) => (
        <div key={value}>
          <label htmlFor={`retentionBases.${i}.translations.${value}.label`}>{fill(labels.labelIn, { language: name })}</label>
          <input type="text" lang={value} {...field(`retentionBases.${i}.translations.${value}.label`)} />
          <ErrorText path={`retentionBases.${i}.translations.${value}.label`} />
          <label htmlFor={`retentionBases.${i}.translations.${value}.statute`}>{fill(labels.statuteIn, { language: name })}</label>
          <textarea rows={2} lang={value} {...field(`retentionBases.${i}.translations.${value}.statute`)} />
          <ErrorText path={`retentionBases.${i}.translations.${value}.statute`} />
        </div>
      ))}
      <label htmlFor={`retentionBases.${i}.defaultPeriodDays`}>{labels.period}</label>
      <input type="text" inputMode="numeric" {...field(`retentionBases.${i}.defaultPeriodDays`)} />
      <ErrorText path={`retentionBases.${i}.defaultPeriodDays`} />
      <label htmlFor={`retentionBases.${i}.anchoredTo`}>{labels.anchoredTo}</label>
      <Hint path={`retentionBases.${i}.anchoredTo`}>{labels.anchoredToHint}</Hint>
      <input type="text" {...field(`retentionBases.${i}.anchoredTo`, { hint: true })} />
      <ErrorText path={`retentionBases.${i}.anchoredTo`} />
      <p>
        <button type="button" className="link-button" onClick={onRemove}>
          {labels.remove}
        </button>
      </p>
    </div>
  );
}
