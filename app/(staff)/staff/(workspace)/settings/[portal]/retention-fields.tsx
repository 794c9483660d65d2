"use client";

import { useFieldArray } from "react-hook-form";
import { ErrorText, useSettingsField } from "./fields";

/**
 * The retention catalogue: the legal grounds agents may cite to keep data
 * after a deletion. An entry is known by its key; one that kept records cite
 * cannot be removed (the server refuses, naming it).
 */
export function RetentionFields() {
  const { field, form } = useSettingsField();
  const rows = useFieldArray({ control: form.control, name: "retentionBases" });
  return (
    <fieldset>
      <legend>Retention catalogue</legend>
      <p className="hint">Each basis needs a short key (lower-case letters, digits and hyphens), a label, the statute or clause, and optionally its usual period in days.</p>
      <ErrorText path="retentionBases" />
      {rows.fields.map((row, i) => (
        <div key={row.id} className="panel" role="group" aria-label={`Retention basis ${i + 1}`}>
          <label htmlFor={`retentionBases.${i}.key`}>Key</label>
          <input type="text" {...field(`retentionBases.${i}.key`)} />
          <ErrorText path={`retentionBases.${i}.key`} />
          <label htmlFor={`retentionBases.${i}.label`}>Label</label>
          <input type="text" {...field(`retentionBases.${i}.label`)} />
          <ErrorText path={`retentionBases.${i}.label`} />
          <label htmlFor={`retentionBases.${i}.statute`}>Statute</label>
          <textarea rows={2} {...field(`retentionBases.${i}.statute`)} />
          <ErrorText path={`retentionBases.${i}.statute`} />
          <label htmlFor={`retentionBases.${i}.defaultPeriodDays`}>Default period in days (blank for none)</label>
          <input type="text" inputMode="numeric" {...field(`retentionBases.${i}.defaultPeriodDays`)} />
          <ErrorText path={`retentionBases.${i}.defaultPeriodDays`} />
          <p>
            <button type="button" className="link-button" onClick={() => rows.remove(i)}>
              Remove this basis
            </button>
          </p>
        </div>
      ))}
      <p>
        <button type="button" className="link-button" onClick={() => rows.append({ key: "", label: "", statute: "", defaultPeriodDays: "" })}>
          Add a basis
        </button>
      </p>
    </fieldset>
  );
}
