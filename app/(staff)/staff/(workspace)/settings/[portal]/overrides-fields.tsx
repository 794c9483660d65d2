"use client";

import { useFieldArray } from "react-hook-form";
import { fill } from "@/lib/i18n/fill";
import { ErrorText, useSettingsField } from "./fields";
import type { SettingsLabels } from "./settings-form";

/** The portal's own corrections to the country's calendar: a company holiday, or a weekend day the office works. */
export function OverridesFields({ labels }: { labels: SettingsLabels["overrides"] }) {
  const { field, form } = useSettingsField();
  const rows = useFieldArray({ control: form.control, name: "calendarOverrides" });
  return (
    <fieldset>
      <legend>{labels.legend}</legend>
      <p className="hint">{labels.hint}</p>
      {rows.fields.length > 0 && (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">{labels.date}</th>
              <th scope="col">{labels.office}</th>
              <th scope="col">{labels.reason}</th>
              <th scope="col">
                <span className="visually-hidden">{labels.remove}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.fields.map((row, i) => (
              <tr key={row.id}>
                <td>
                  <input type="date" aria-label={fill(labels.dateOf, { n: i + 1 })} {...field(`calendarOverrides.${i}.date`)} />
                  <ErrorText path={`calendarOverrides.${i}.date`} />
                </td>
                <td>
                  <select aria-label={fill(labels.workingOf, { n: i + 1 })} {...field(`calendarOverrides.${i}.working`)}>
                    <option value="false">{labels.closed}</option>
                    <option value="true">{labels.working}</option>
                  </select>
                  <ErrorText path={`calendarOverrides.${i}.working`} />
                </td>
                <td>
                  <input type="text" aria-label={fill(labels.reasonOf, { n: i + 1 })} {...field(`calendarOverrides.${i}.reason`)} />
                  <ErrorText path={`calendarOverrides.${i}.reason`} />
                </td>
                <td>
                  <button type="button" className="link-button" onClick={() => rows.remove(i)}>
                    {labels.remove}
                    <span className="visually-hidden"> {fill(labels.which, { n: i + 1 })}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <button type="button" className="link-button" onClick={() => rows.append({ date: "", working: "false", reason: "" })}>
          {labels.add}
        </button>
      </p>
    </fieldset>
  );
}
