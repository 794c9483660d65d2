"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState } from "react";
import { FormProvider, useForm } from "react-hook-form";
import type { RequestType } from "@/lib/deadlines";
import type { Messages } from "@/lib/i18n/catalogue";
import { fill } from "@/lib/i18n/fill";
import type { Language } from "@/lib/i18n/languages";
import { portalSettingsSchema, type PortalSettings, type PortalSettingsFormValues } from "@/lib/validation/portal-settings";
import { saveSettingsAction, type SettingsFormState } from "../actions";
import { CategoryFields } from "./category-fields";
import { ErrorText, Hint, IssueWordsContext, ServerErrors, useSettingsField } from "./fields";
import { OverridesFields } from "./overrides-fields";
import { PromisesTable } from "./promises-table";
import { RetentionFields } from "./retention-fields";

export interface SettingsOptions {
  /** Languages and types: the portal's own first, in its order, so an unchanged form keeps it. */
  languages: { value: Language; label: string }[];
  requestTypes: { value: RequestType; label: string }[];
  regimes: { value: string; label: string }[];
}

/** The form's words in the staff member's language. */
export type SettingsLabels = Messages["staffSettings"]["form"];

/**
 * A portal's settings, validated in the browser by the schema the server
 * parses, and posted as a plain form when JavaScript is off. After a save the
 * form shows the values as stored (trimmed, sorted).
 */
export function SettingsForm({ slug, initial, options, labels }: { slug: string; initial: PortalSettingsFormValues; options: SettingsOptions; labels: SettingsLabels }) {
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
      <IssueWordsContext value={labels.errors}>
        <ServerErrors value={state.fieldErrors ?? {}}>
          <form action={formAction} onSubmit={submit} noValidate className="inline-form">
            {hasErrors && (
              <p role="alert" className="form-error">
                {labels.attention}
              </p>
            )}
            {state.formError && (
              <p role="alert" className="form-error">
                {state.formError}
              </p>
            )}
            {saved && !hasErrors && (
              <p role="status" className="notice">
                {saved.length > 0 ? fill(labels.saved, { fields: saved.map((field) => labels.fieldNames[field]).join(", ") }) : labels.noChanges}
              </p>
            )}
            <input type="hidden" name="portal" value={slug} />
            <GeneralFields options={options} labels={labels} />
            <DeadlineFields options={options} labels={labels} />
            <PromisesTable types={options.requestTypes} labels={labels.promises} />
            <OverridesFields labels={labels.overrides} />
            <RetentionFields languageNames={languageNames} labels={labels.retention} />
            <CategoryFields languageNames={languageNames} labels={labels.categories} />
            <p className="muted">{labels.openRequestsNote}</p>
            <p>
              <button type="submit" disabled={pending}>
                {pending ? labels.saving : labels.save}
              </button>
            </p>
          </form>
        </ServerErrors>
      </IssueWordsContext>
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

function GeneralFields({ options, labels }: { options: SettingsOptions; labels: SettingsLabels }) {
  const { field } = useSettingsField();
  return (
    <>
      <h2>{labels.portalHeading}</h2>
      <label htmlFor="name">{labels.name}</label>
      <input type="text" {...field("name")} />
      <ErrorText path="name" />
      <Checkboxes path="languages" legend={labels.languages} choices={options.languages} />
      <label htmlFor="defaultLanguage">{labels.defaultLanguage}</label>
      <select {...field("defaultLanguage")}>
        {options.languages.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <ErrorText path="defaultLanguage" />
      <Checkboxes path="requestTypes" legend={labels.requestTypes} choices={options.requestTypes} />
    </>
  );
}

function DeadlineFields({ options, labels }: { options: SettingsOptions; labels: SettingsLabels }) {
  const { field } = useSettingsField();
  return (
    <>
      <h2>{labels.deadlinesHeading}</h2>
      <label htmlFor="regime">{labels.regime}</label>
      <select {...field("regime")}>
        {options.regimes.map(({ value, label }) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
      <ErrorText path="regime" />
      <label htmlFor="clockStart">{labels.clockStart}</label>
      <select {...field("clockStart")}>
        <option value="receipt">{labels.clockReceipt}</option>
        <option value="verification">{labels.clockVerification}</option>
      </select>
      <ErrorText path="clockStart" />
      <label htmlFor="timeZone">{labels.timeZone}</label>
      <Hint path="timeZone">{labels.timeZoneHint}</Hint>
      <input type="text" {...field("timeZone", { hint: true })} />
      <ErrorText path="timeZone" />
      <label htmlFor="holidayCountry">{labels.holidayCountry}</label>
      <Hint path="holidayCountry">{labels.holidayCountryHint}</Hint>
      <input type="text" {...field("holidayCountry", { hint: true })} />
      <ErrorText path="holidayCountry" />
      <label htmlFor="reminderDays">{labels.reminderDays}</label>
      <Hint path="reminderDays">{labels.reminderDaysHint}</Hint>
      <input type="text" {...field("reminderDays", { hint: true })} />
      <ErrorText path="reminderDays" />
      <label htmlFor="duplicateWindowDays">{labels.duplicateWindowDays}</label>
      <Hint path="duplicateWindowDays">{labels.duplicateWindowDaysHint}</Hint>
      <input type="text" inputMode="numeric" {...field("duplicateWindowDays", { hint: true })} />
      <ErrorText path="duplicateWindowDays" />
      <label htmlFor="appealWindowDays">{labels.appealWindowDays}</label>
      <Hint path="appealWindowDays">{labels.appealWindowDaysHint}</Hint>
      <input type="text" inputMode="numeric" {...field("appealWindowDays", { hint: true })} />
      <ErrorText path="appealWindowDays" />
    </>
  );
}
