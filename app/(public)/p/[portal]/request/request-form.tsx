"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState } from "react";
import { useForm } from "react-hook-form";
import type { Messages } from "@/lib/i18n/catalogue";
import type { Language } from "@/lib/i18n/languages";
import { requestFormSchema, type RequestErrorKey, type RequestFormInput } from "@/lib/validation/request";
import { submitRequestAction, type RequestFormState } from "../actions";

type Labels = Omit<Messages["portal"]["form"], "lead">;
type Field = "type" | "email" | "name" | "accountId" | "details" | "language";

/**
 * The request form: validated in the browser by the same schema the server
 * uses, and a plain HTML form posting to the server action when JavaScript is
 * off. Server errors and typed values come back through the action state.
 */
export function RequestForm({
  slug,
  language,
  labels,
  stamp,
  types,
  languages,
  initialType,
}: {
  slug: string;
  language: Language;
  labels: Labels;
  stamp: string;
  types: { value: string; label: string; description: string }[];
  languages: { value: Language; label: string }[];
  initialType?: string;
}) {
  const [state, formAction, pending] = useActionState<RequestFormState, FormData>(submitRequestAction, {});
  const values = state.values ?? {};
  const form = useForm<RequestFormInput>({
    resolver: zodResolver(requestFormSchema),
    mode: "onTouched",
    defaultValues: {
      type: (values.type ?? initialType ?? "") as RequestFormInput["type"],
      email: values.email ?? "",
      name: values.name ?? "",
      accountId: values.accountId ?? "",
      details: values.details ?? "",
      language: (values.language ?? language) as Language,
    },
  });
  const errorOf = (field: Field): string | undefined => {
    const key = (form.formState.errors[field]?.message ?? state.fieldErrors?.[field]?.[0]) as RequestErrorKey | undefined;
    return key && (labels.errors[key] ?? key);
  };
  const submit = form.handleSubmit((_data, event) => {
    const element = event?.target as HTMLFormElement;
    startTransition(() => formAction(new FormData(element)));
  });
  const hasErrors = Object.keys(form.formState.errors).length > 0 || Object.keys(state.fieldErrors ?? {}).length > 0;

  const describedBy = (field: Field, hint = false) =>
    [hint ? `${field}-hint` : "", errorOf(field) ? `${field}-error` : ""].filter(Boolean).join(" ") || undefined;
  const error = (field: Field) =>
    errorOf(field) && (
      <p id={`${field}-error`} className="field-error">
        {errorOf(field)}
      </p>
    );

  return (
    <form action={formAction} onSubmit={submit} noValidate className="request-form">
      {(state.formError || hasErrors) && (
        <p role="alert" className="form-error">
          {state.formError ? labels.errors[state.formError] : labels.errors.summary}
        </p>
      )}
      <fieldset aria-describedby={describedBy("type")} aria-invalid={!!errorOf("type")}>
        <legend>{labels.type}</legend>
        {types.map((type) => (
          <label key={type.value} className="choice">
            <input type="radio" value={type.value} defaultChecked={(values.type ?? initialType) === type.value} {...form.register("type")} />
            <span>
              <strong>{type.label}</strong>
              <span className="muted">{type.description}</span>
            </span>
          </label>
        ))}
        {error("type")}
      </fieldset>

      <label htmlFor="email">{labels.email}</label>
      <p id="email-hint" className="hint">{labels.emailHint}</p>
      <input id="email" type="email" autoComplete="email" defaultValue={values.email} aria-invalid={!!errorOf("email")} aria-describedby={describedBy("email", true)} {...form.register("email")} />
      {error("email")}

      <label htmlFor="name">{labels.name}</label>
      <input id="name" type="text" autoComplete="name" defaultValue={values.name} aria-invalid={!!errorOf("name")} aria-describedby={describedBy("name")} {...form.register("name")} />
      {error("name")}

      <label htmlFor="accountId">{labels.accountId}</label>
      <p id="accountId-hint" className="hint">{labels.accountIdHint}</p>
      <input id="accountId" type="text" defaultValue={values.accountId} aria-invalid={!!errorOf("accountId")} aria-describedby={describedBy("accountId", true)} {...form.register("accountId")} />
      {error("accountId")}

      <label htmlFor="details">{labels.details}</label>
      <p id="details-hint" className="hint">{labels.detailsHint}</p>
      <textarea id="details" rows={5} defaultValue={values.details} aria-invalid={!!errorOf("details")} aria-describedby={describedBy("details", true)} {...form.register("details")} />
      {error("details")}

      {languages.length > 1 && (
        <>
          <label htmlFor="language">{labels.language}</label>
          <select id="language" defaultValue={values.language ?? language} aria-invalid={!!errorOf("language")} aria-describedby={describedBy("language")} {...form.register("language")}>
            {languages.map((l) => (
              <option key={l.value} value={l.value} lang={l.value}>
                {l.label}
              </option>
            ))}
          </select>
        </>
      )}
      {languages.length === 1 && <input type="hidden" value={language} {...form.register("language")} />}
      {error("language")}

      <div className="hp" aria-hidden="true">
        <label>
          Website
          <input type="text" name="website" tabIndex={-1} autoComplete="off" />
        </label>
      </div>
      <input type="hidden" name="stamp" value={state.stamp ?? stamp} />
      <input type="hidden" name="portal" value={slug} />

      <p className="muted">{labels.privacy}</p>
      <button type="submit" disabled={pending}>
        {pending ? labels.sending : labels.submit}
      </button>
    </form>
  );
}
