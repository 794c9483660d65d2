"use client";

import { useWatch } from "react-hook-form";
import type { RequestType } from "@/lib/deadlines";
import { fill } from "@/lib/i18n/fill";
import { ErrorText, useSettingsField } from "./fields";
import type { SettingsLabels } from "./settings-form";

/**
 * The operator's own deadline per request type. Blank days mean no promise:
 * the regime's statute times the request alone. Where both apply, the earlier
 * date wins, so a promise can only tighten the law.
 */
export function PromisesTable({ types, labels }: { types: { value: RequestType; label: string }[]; labels: SettingsLabels["promises"] }) {
  const { field, form } = useSettingsField();
  const offered = useWatch({ control: form.control, name: "requestTypes" });
  return (
    <table className="data">
      <caption className="hint">{labels.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{labels.type}</th>
          <th scope="col">{labels.days}</th>
          <th scope="col">{labels.unit}</th>
          <th scope="col">{labels.extension}</th>
          <th scope="col">{labels.kind}</th>
        </tr>
      </thead>
      <tbody>
        {types.map(({ value, label }) => (
          <tr key={value} className={offered.includes(value) ? undefined : "muted"}>
            <th scope="row">{label}</th>
            <td>
              <input type="text" inputMode="numeric" aria-label={fill(labels.daysFor, { type: label })} {...field(`promises.${value}.days`)} />
              <ErrorText path={`promises.${value}.days`} />
            </td>
            <td>
              <select aria-label={fill(labels.unitFor, { type: label })} {...field(`promises.${value}.unit`)}>
                <option value="calendar">{labels.calendar}</option>
                <option value="working">{labels.working}</option>
              </select>
              <ErrorText path={`promises.${value}.unit`} />
            </td>
            <td>
              <input type="text" inputMode="numeric" aria-label={fill(labels.extensionFor, { type: label })} {...field(`promises.${value}.extensionDays`)} />
              <ErrorText path={`promises.${value}.extensionDays`} />
            </td>
            <td>
              <select aria-label={fill(labels.kindFor, { type: label })} {...field(`promises.${value}.kind`)}>
                <option value="published">{labels.published}</option>
                <option value="configured">{labels.configured}</option>
              </select>
              <ErrorText path={`promises.${value}.kind`} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
