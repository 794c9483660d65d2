"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import type { RequestType } from "@/lib/deadlines";
import type { Language } from "@/lib/i18n/languages";
import { portalSettingsSchema, type PortalSettings, type PortalSettingsFormValues } from "@/lib/validation/portal-settings";
import { saveSettingsAction, type SettingsFormState } from "../actions";
import { CategoryFields } from "./category-fields";
import { ErrorText, Hint, ServerErrors, useSettingsField } from "./fields";
import { OverridesFields } from "./overrides-fields";
import { PromisesTable } from "./promises-table";
import { RetentionFields } from "./retention-fields";

export interface SettingsOptions {
  /** Languages and types: the portal's own first, in its order, so an unchanged form keeps it. */
  languages: { value: Language; label: string }[];
  requestTypes: { value: RequestType; label: string }[];
  regimes: { value: string; label: string }[];
}

/**
 * A portal's settings, validated in the browser by the schema the server
 * parses, and posted as a plain form when JavaScript is off. After a save the
 * form shows the values as stored (trimmed, sorted).
 */
export function SettingsForm({ slug, initial, options }: { slug: string; initial: PortalSettingsFormValues; options: SettingsOptions }) {
  const [state, formAction, pending] = useActionState<SettingsFormState, FormData>(saveSettingsAction, {});
  const form = useForm<PortalSettingsFormValues, unknown, PortalSettings>({
    resolver: zodResolver(portalSettingsSchema),
    mode: "onTouched",
    values: state.done?.values ?? state.values ?? initial,
  });
  const submit = form.handleSubmit((_settings, event) => {
    const element = event?.target as HTMLFormElement;
    startTransition(() => formAction(new FormData(element)));
  });
  const saved = state.done?.saved;
  const hasErrors = Object.keys(form.formState.errors).length > 0 || Object.keys(state.fieldErrors ?? {}).length > 0;
  const languageNames = Object.fromEntries(options.languages.map(({ value, label }) => [value, label])) as Record<Language, string>;

  return (
    <FormProvider {...form}>
      <ServerErrors value={state.fieldErrors ?? {}}>
        <form action={formAction} onSubmit={submit} noValidate className="inline-form">
          {hasErrors && (
            <p role="alert" className="form-error">
              Some settings need attention: see the messages next to them.
            </p>
          )}
          {state.formError && (
            <p role="alert" className="form-error">
              {state.formError}
            </p>
          )}
          {saved && !hasErrors && (
            <p role="status" className="notice">
              {saved.length > 0 ? `Settings saved. Changed: ${saved.join(", ")}.` : "No changes to save."}
            </p>
          )}
          <input type="hidden" name="portal" value={slug} />
          <GeneralFields options={options} />
          <DeadlineFields options={options} />
          <PromisesTable types={options.requestTypes} />
          <OverridesFields />
          <RetentionFields languageNames={languageNames} />
          <CategoryFields languageNames={languageNames} />
          <p className="muted">Requests already open keep the deadline they were given; new settings apply to requests confirmed from now on.</p>
          <p>
            <button type="submit" disabled={pending}>
              {pending ? "Saving…" : "Save settings"}
            </button>
          </p>
        </form>
      </ServerErrors>
    </FormProvider>
  );
}

function Checkboxes({ path, legend, choices }: { path: "languages" | "requestTypes"; legend: string; choices: { value: string; label: string }[] }) {
  const { checkbox, group } = useSettingsField();
  return (
    <fieldset {...group(path)}>
      <legend>{legend}</legend>
      {choices.map(({ value, label }) => (
        <label key={value} className="choice">
          <input type="checkbox" {...checkbox(path, value)} />
          <span>{label}</span>
        </label>
      ))}
      <ErrorText path={path} />
    </fieldset>
  );
}

function GeneralFields({ options }: { options: SettingsOptions }) {
  const { field } = useSettingsField();
  return (
    <>
      <h2>Portal</h2>
      <label htmlFor="name">Name</label>
      <input type="text" {...field("name")} />
      <ErrorText path="name" />
      <Checkboxes path="languages" legend="Languages" choices={options.languages} />
      <label htmlFor="defaultLanguage">Default language</label>
      <select {...field("defaultLanguage")}>
        {options.languages.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <ErrorText path="defaultLanguage" />
      <Checkboxes path="requestTypes" legend="Request types offered" choices={options.requestTypes} />
    </>
  );
}

function DeadlineFields({ options }: { options: SettingsOptions }) {
  const { field } = useSettingsField();
  return (
    <>
      <h2>Deadlines</h2>
      <label htmlFor="regime">Legal regime</label>
      <select {...field("regime")}>
        {options.regimes.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <ErrorText path="regime" />
      <label htmlFor="clockStart">The deadline clock starts</label>
      <select {...field("clockStart")}>
        <option value="receipt">when the request arrives</option>
        <option value="verification">when the requester has confirmed their email address</option>
      </select>
      <ErrorText path="clockStart" />
      <label htmlFor="timeZone">Time zone</label>
      <Hint path="timeZone">An IANA name such as Europe/Istanbul: days are counted, and end at midnight, there.</Hint>
      <input type="text" {...field("timeZone", { hint: true })} />
      <ErrorText path="timeZone" />
      <label htmlFor="holidayCountry">Public holidays of</label>
      <Hint path="holidayCountry">An ISO 3166 country code such as TR, or a region such as DE-BY, for counting working days.</Hint>
      <input type="text" {...field("holidayCountry", { hint: true })} />
      <ErrorText path="holidayCountry" />
      <label htmlFor="reminderDays">Remind the assignee</label>
      <Hint path="reminderDays">Days before the due date, separated by commas, such as 7, 3, 1, 0 (0 is the due day itself).</Hint>
      <input type="text" {...field("reminderDays", { hint: true })} />
      <ErrorText path="reminderDays" />
      <label htmlFor="duplicateWindowDays">Possible-duplicate window (days)</label>
      <Hint path="duplicateWindowDays">A request of the same type from the same address or account within this many days of an earlier one is flagged for staff to merge or keep.</Hint>
      <input type="text" inputMode="numeric" {...field("duplicateWindowDays", { hint: true })} />
      <ErrorText path="duplicateWindowDays" />
      <label htmlFor="appealWindowDays">Appeal window (days)</label>
      <Hint path="appealWindowDays">
        Where the law gives an appeal but only &quot;a reasonable period&quot; to lodge it (Virginia), requesters may appeal this many days after the decision.
      </Hint>
      <input type="text" inputMode="numeric" {...field("appealWindowDays", { hint: true })} />
      <ErrorText path="appealWindowDays" />
    </>
  );
}
