"use client";

import { useWatch } from "react-hook-form";
import type { RequestType } from "@/lib/deadlines";
import { ErrorText, useSettingsField } from "./fields";

/**
 * The operator's own deadline per request type. Blank days mean no promise:
 * the regime's statute times the request alone. Where both apply, the earlier
 * date wins, so a promise can only tighten the law.
 */
export function PromisesTable({ types }: { types: { value: RequestType; label: string }[] }) {
  const { field, form } = useSettingsField();
  const offered = useWatch({ control: form.control, name: "requestTypes" });
  return (
    <table className="data">
      <caption className="hint">
        The operator&apos;s own deadline per request type. Leave the days blank where the law alone sets the deadline; where both do, the
        earlier date applies. Rows for types the portal does not offer are not saved. Where the policy names no period (&quot;within a
        reasonable period&quot;), mark the days as the portal&apos;s configured period: the deadline&apos;s explanation then does not call
        them the operator&apos;s promise.
      </caption>
      <thead>
        <tr>
          <th scope="col">Request type</th>
          <th scope="col">Promised days</th>
          <th scope="col">Counted in</th>
          <th scope="col">Extension days</th>
          <th scope="col">Whose period</th>
        </tr>
      </thead>
      <tbody>
        {types.map(({ value, label }) => (
          <tr key={value} className={offered.includes(value) ? undefined : "muted"}>
            <th scope="row">{label}</th>
            <td>
              <input type="text" inputMode="numeric" aria-label={`Promised days for ${label}`} {...field(`promises.${value}.days`)} />
              <ErrorText path={`promises.${value}.days`} />
            </td>
            <td>
              <select aria-label={`Days counted for ${label}`} {...field(`promises.${value}.unit`)}>
                <option value="calendar">calendar days</option>
                <option value="working">working days</option>
              </select>
              <ErrorText path={`promises.${value}.unit`} />
            </td>
            <td>
              <input type="text" inputMode="numeric" aria-label={`Extension days for ${label}`} {...field(`promises.${value}.extensionDays`)} />
              <ErrorText path={`promises.${value}.extensionDays`} />
            </td>
            <td>
              <select aria-label={`Whose period for ${label}`} {...field(`promises.${value}.kind`)}>
                <option value="published">the operator&apos;s published promise</option>
                <option value="configured">the portal&apos;s configured period</option>
              </select>
              <ErrorText path={`promises.${value}.kind`} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
