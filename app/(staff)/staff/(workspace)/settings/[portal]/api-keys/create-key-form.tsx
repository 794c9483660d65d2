"use client";

import { useActionState } from "react";
import type { Messages } from "@/lib/i18n/catalogue";
import { fill } from "@/lib/i18n/fill";
import { createApiKeyAction, type CreateApiKeyFormState } from "../../api-keys-actions";

type Labels = Messages["staffSettings"]["createKey"];

/** The expiries offered, in days (blank: none), with the words for each. */
const EXPIRIES = [
  { value: "", words: "never" },
  { value: "30", words: "in30" },
  { value: "90", words: "in90" },
  { value: "365", words: "in365" },
] as const satisfies readonly { value: string; words: keyof Labels }[];

/** Creates a key; the answer carries its secret, shown here this once. */
export function CreateKeyForm({ slug, scopes, labels }: { slug: string; scopes: readonly { value: string; label: string }[]; labels: Labels }) {
  const [state, formAction, pending] = useActionState<CreateApiKeyFormState, FormData>(createApiKeyAction, {});
  const created = state.done;
  const errors = state.fieldErrors ?? {};
  const nameError = errors.name?.[0];
  // An unknown scope (only a crafted post sends one) is refused under scopes.<index>.
  const scopesError = Object.entries(errors).find(([field]) => field === "scopes" || field.startsWith("scopes."))?.[1][0];
  const expiryError = errors.expiresInDays?.[0];
  const chosen = state.values?.scopes;
  return (
    <>
      {created && (
        <div role="status" className="notice">
          <p>
            {fill(labels.created, { name: `\u2068${created.name}\u2069`, shown: created.shown })}
          </p>
          <p>
            <label htmlFor="new-api-key">{labels.theKey}</label>
            <input id="new-api-key" readOnly value={created.key} size={created.key.length} onFocus={(e) => e.currentTarget.select()} spellCheck={false} autoComplete="off" />
          </p>
        </div>
      )}
      <form action={formAction} className="inline-form">
        {state.formError && (
          <p role="alert" className="form-error">
            {state.formError}
          </p>
        )}
        <input type="hidden" name="portal" value={slug} />
        <label htmlFor="api-key-name">{labels.name}</label>
        <input
          id="api-key-name"
          name="name"
          required
          maxLength={100}
          autoComplete="off"
          defaultValue={state.values?.name}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? "api-key-name-error" : "api-key-name-hint"}
        />
        <p id="api-key-name-hint" className="hint">
          {labels.nameHint}
        </p>
        {nameError && (
          <p id="api-key-name-error" className="field-error">
            {nameError}
          </p>
        )}
        <fieldset aria-invalid={scopesError ? true : undefined} aria-describedby={scopesError ? "api-key-scopes-error" : undefined}>
          <legend>{labels.scopes}</legend>
          {scopes.map((scope) => (
            <label key={scope.value}>
              <input type="checkbox" name="scope" value={scope.value} defaultChecked={chosen?.includes(scope.value)} /> <code>{scope.value}</code>: {scope.label}
            </label>
          ))}
        </fieldset>
        {scopesError && (
          <p id="api-key-scopes-error" className="field-error">
            {scopesError}
          </p>
        )}
        <label htmlFor="api-key-expiry">{labels.expires}</label>
        <select
          id="api-key-expiry"
          name="expiresInDays"
          defaultValue={state.values?.expiresInDays ?? ""}
          aria-invalid={expiryError ? true : undefined}
          aria-describedby={expiryError ? "api-key-expiry-error" : undefined}
        >
          {EXPIRIES.map((e) => (
            <option key={e.value} value={e.value}>
              {labels[e.words]}
            </option>
          ))}
        </select>
        {expiryError && (
          <p id="api-key-expiry-error" className="field-error">
            {expiryError}
          </p>
        )}
        <p>
          <button type="submit" disabled={pending}>
            {pending ? labels.creating : labels.create}
          </button>
        </p>
      </form>
    </>
  );
}
