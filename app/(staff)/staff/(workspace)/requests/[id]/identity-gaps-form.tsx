"use client";

import { useActionState } from "react";
import { Field, IdentityFields, type IdentityFieldWords, type IdentityLegends } from "../new/identity-fields";
import { recordIdentityAction, type IdentityFormState } from "./actions";

export interface IdentityGapsWords {
  fields: IdentityFieldWords;
  name: string;
  account: string;
  details: string;
  submit: string;
}

/**
 * The details staff obtained, and those of the request's own fields they may give
 * (lib/requests/identity-gaps.ts `postableFields`): a refusal shows on its field,
 * with everything typed kept.
 */
export function IdentityGapsForm({
  requestId,
  legends,
  own,
  words,
}: {
  requestId: number;
  legends: IdentityLegends;
  /** The request's own fields to ask for, each with the value to start from. */
  own: Partial<Record<"name" | "accountId" | "details", string>>;
  words: IdentityGapsWords;
}) {
  const [state, formAction, pending] = useActionState<IdentityFormState, FormData>(recordIdentityAction, {});
  const values = state.values ?? {};
  const field = (name: "name" | "accountId" | "details") => ({ name, defaultValue: values[name] ?? own[name], error: state.fieldErrors?.[name]?.[0] });
  return (
    <form action={formAction} className="inline-form">
      {state.formError && (
        <p role="alert" className="form-error">
          {state.formError}
        </p>
      )}
      <input type="hidden" name="id" value={requestId} />
      {own.name !== undefined && <Field {...field("name")} label={words.name} />}
      {own.accountId !== undefined && <Field {...field("accountId")} label={words.account} />}
      {own.details !== undefined && <Field {...field("details")} label={words.details} rows={3} />}
      <IdentityFields legends={legends} t={words.fields} state={state} />
      <button type="submit" disabled={pending}>
        {words.submit}
      </button>
    </form>
  );
}
