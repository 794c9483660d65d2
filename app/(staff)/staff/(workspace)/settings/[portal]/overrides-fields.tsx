"use client";

import { useFieldArray } from "react-hook-form";
import { ErrorText, useSettingsField } from "./fields";

/** The portal's own corrections to the country's calendar: a company holiday, or a weekend day the office works. */
export function OverridesFields() {
  const { field, form } = useSettingsField();
  const rows = useFieldArray({ control: form.control, name: "calendarOverrides" });
  return (
    <fieldset>
      <legend>Calendar overrides</legend>
      <p className="hint">Days that count differently from the holiday calendar when working days are counted.</p>
      {rows.fields.length > 0 && (
        <table className="data">
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">The office is</th>
              <th scope="col">Reason</th>
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.fields.map((row, i) => (
              <tr key={row.id}>
                <td>
                  <input type="date" aria-label={`Date of override ${i + 1}`} {...field(`calendarOverrides.${i}.date`)} />
                  <ErrorText path={`calendarOverrides.${i}.date`} />
                </td>
                <td>
                  <select aria-label={`Whether the office works on override ${i + 1}`} {...field(`calendarOverrides.${i}.working`)}>
                    <option value="false">closed</option>
                    <option value="true">working</option>
                  </select>
                  <ErrorText path={`calendarOverrides.${i}.working`} />
                </td>
                <td>
                  <input type="text" aria-label={`Reason for override ${i + 1}`} {...field(`calendarOverrides.${i}.reason`)} />
                  <ErrorText path={`calendarOverrides.${i}.reason`} />
                </td>
                <td>
                  <button type="button" className="link-button" onClick={() => rows.remove(i)}>
                    Remove<span className="visually-hidden"> override {i + 1}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <button type="button" className="link-button" onClick={() => rows.append({ date: "", working: "false", reason: "" })}>
          Add a day
        </button>
      </p>
    </fieldset>
  );
}
