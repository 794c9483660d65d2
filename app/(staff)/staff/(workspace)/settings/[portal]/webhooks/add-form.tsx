"use client";

import { useActionState } from "react";
import type { Messages } from "@/lib/i18n/catalogue";
import { addWebhookAction, type AddWebhookState } from "../../webhooks-actions";
import { SecretOnce } from "./secret-once";

/** Adds an endpoint; the answer carries its signing secret, shown here once. */
export function AddWebhookForm({ slug, events, labels }: { slug: string; events: { value: string; label: string }[]; labels: Messages["staffSettings"]["webhookForms"] }) {
  const [state, formAction, pending] = useActionState<AddWebhookState, FormData>(addWebhookAction, {});
  const urlError = state.fieldErrors?.url?.[0];
  const eventsError = state.fieldErrors?.events?.[0];
  const chosen = state.values?.events ?? [];
  return (
    <form action={formAction} className="inline-form">
      {state.done && <SecretOnce secret={state.done.secret} what={labels.added} shownOnce={labels.shownOnce} />}
      {state.formError && (
        <p role="alert" className="form-error">
          {state.formError}
        </p>
      )}
      <input type="hidden" name="portal" value={slug} />
      <label htmlFor="webhook-url">{labels.url}</label>
      <input
        id="webhook-url"
        name="url"
        type="url"
        inputMode="url"
        autoComplete="off"
        required
        placeholder="https://example.com/webhooks/rightsdesk"
        defaultValue={state.done ? "" : state.values?.url}
        aria-invalid={urlError ? true : undefined}
        aria-describedby={urlError ? "webhook-url-error" : undefined}
      />
      {urlError && (
        <p id="webhook-url-error" className="field-error">
          {urlError}
        </p>
      )}
      <fieldset aria-invalid={eventsError ? true : undefined} aria-describedby={eventsError ? "webhook-events-error" : undefined}>
        <legend>{labels.events}</legend>
        {events.map((e) => (
          <label key={e.value}>
            <input type="checkbox" name="events" value={e.value} defaultChecked={!state.done && chosen.includes(e.value)} /> <code>{e.value}</code>: {e.label}
          </label>
        ))}
      </fieldset>
      {eventsError && (
        <p id="webhook-events-error" className="field-error">
          {eventsError}
        </p>
      )}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? labels.adding : labels.add}
        </button>
      </p>
    </form>
  );
}
