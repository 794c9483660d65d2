"use client";

import { useFieldArray, useWatch } from "react-hook-form";
import { fill } from "@/lib/i18n/fill";
import type { Language } from "@/lib/i18n/languages";
import { ErrorText, Hint, useSettingsField } from "./fields";
import type { SettingsLabels } from "./settings-form";
import { useTranslationLanguages } from "./translation-fields";

/**
 * The data categories the operator holds, for deletion checklists: each with
 * its English name (what staff read), its words in the portal's other
 * languages (what deletion emails say), and the retention bases that may keep
 * it. A category no basis may keep is always deleted.
 */
export function CategoryFields({ languageNames, labels }: { languageNames: Record<Language, string>; labels: SettingsLabels["categories"] }) {
  const { form } = useSettingsField();
  const rows = useFieldArray({ control: form.control, name: "dataCategories" });
  return (
    <fieldset>
      <legend>{labels.legend}</legend>
      <p className="hint">{labels.hint}</p>
      <ErrorText path="dataCategories" />
      {rows.fields.map((row, i) => (
        <CategoryRow key={row.id} index={i} languageNames={languageNames} labels={labels} onRemove={() => rows.remove(i)} />
      ))}
      <p>
        <button type="button" className="link-button" onClick={() => rows.append({ name: "", translations: { ru: "", uz: "", tr: "" }, keptUnder: [] })}>
          {labels.add}
        </button>
      </p>
    </fieldset>
  );
}

function CategoryRow({ index: i, languageNames, labels, onRemove }: { index: number; languageNames: Record<Language, string>; labels: SettingsLabels["categories"]; onRemove: () => void }) {
  const { field, form, group } = useSettingsField();
  const bases = useWatch({ control: form.control, name: "retentionBases" });
  const languages = useTranslationLanguages(languageNames, (l) => Boolean(form.getValues(`dataCategories.${i}.translations.${l}`)));
  const keys = bases.map((b) => b.key.trim().toLowerCase()).filter(Boolean);
  const kept = form.getValues(`dataCategories.${i}.keptUnder`);
  return (
    <div className="panel" role="group" aria-label={fill(labels.category, { n: i + 1 })}>
      <label htmlFor={`dataCategories.${i}.name`}>{labels.name}</label>
      <input type="text" {...field(`dataCategories.${i}.name`)} />
      <ErrorText path={`dataCategories.${i}.name`} />
      {languages.map(({ value, name }) => (
        <div key={value}>
          <label htmlFor={`dataCategories.${i}.translations.${value}`}>{fill(labels.nameIn, { language: name })}</label>
          <input type="text" lang={value} {...field(`dataCategories.${i}.translations.${value}`)} />
          <ErrorText path={`dataCategories.${i}.translations.${value}`} />
        </div>
      ))}
      <fieldset {...group(`dataCategories.${i}.keptUnder`, { hint: true })}>
        <legend>{labels.keptUnder}</legend>
        <Hint path={`dataCategories.${i}.keptUnder`}>{labels.keptUnderHint}</Hint>
        {keys.map((key) => (
          <label key={key} className="choice">
            <input type="checkbox" value={key} defaultChecked={kept.includes(key)} {...form.register(`dataCategories.${i}.keptUnder`)} />
            <span>{key}</span>
          </label>
        ))}
        <ErrorText path={`dataCategories.${i}.keptUnder`} />
      </fieldset>
      <p>
        <button type="button" className="link-button" onClick={onRemove}>
          {labels.remove}
        </button>
      </p>
    </div>
  );
}
