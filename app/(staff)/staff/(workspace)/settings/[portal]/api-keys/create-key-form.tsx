"use client";

import { useActionState } from "react";
import { createApiKeyAction, type CreateApiKeyFormState } from "../../api-keys-actions";

const EXPIRIES = [
  { value: "", label: "Never (until revoked)" },
  { value: "30", label: "In 30 days" },
  { value: "90", label: "In 90 days" },
  { value: "365", label: "In a year" },
];

/** Creates a key; the answer carries its secret, shown here this once. */
export function CreateKeyForm({ slug, scopes }: { slug: string; scopes: readonly { value: string; label: string }[] }) {
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
            API key “<bdi>{created.name}</bdi>” created ({created.shown}). Copy it now: it will not be shown again, and only its hash is stored.
          </p>
          <p>
            <label htmlFor="new-api-key">The key</label>
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
        <label htmlFor="api-key-name">Name</label>
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
          The system that will use it, such as “account backend”.
        </p>
        {nameError && (
          <p id="api-key-name-error" className="field-error">
            {nameError}
          </p>
        )}
        <fieldset aria-invalid={scopesError ? true : undefined} aria-describedby={scopesError ? "api-key-scopes-error" : undefined}>
          <legend>Scopes</legend>
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
        <label htmlFor="api-key-expiry">Expires</label>
        <select
          id="api-key-expiry"
          name="expiresInDays"
          defaultValue={state.values?.expiresInDays ?? ""}
          aria-invalid={expiryError ? true : undefined}
          aria-describedby={expiryError ? "api-key-expiry-error" : undefined}
        >
          {EXPIRIES.map((e) => (
            <option key={e.value} value={e.value}>
              {e.label}
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
            {pending ? "Creating…" : "Create key"}
          </button>
        </p>
      </form>
    </>
  );
}
