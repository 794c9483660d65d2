"use client";

import { useActionState } from "react";
import type { Messages } from "@/lib/i18n/catalogue";
import { fill } from "@/lib/i18n/fill";
import { rotateSecretAction, type RotateSecretState } from "../../webhooks-actions";
import { SecretOnce } from "./secret-once";

/** Rotates an endpoint's secret; the new one is shown here once, the old one keeps signing for 24 hours. */
export function RotateSecretForm({ slug, endpoint, url, labels }: { slug: string; endpoint: number; url: string; labels: Messages["staffSettings"]["webhookForms"] }) {
  const [state, formAction, pending] = useActionState<RotateSecretState, FormData>(rotateSecretAction, {});
  return (
    <form action={formAction}>
      {state.done && <SecretOnce secret={state.done.secret} what={fill(labels.rotated, { until: state.done.oldValidUntil })} shownOnce={labels.shownOnce} />}
      {state.formError && (
        <p role="alert" className="form-error">
          {state.formError}
        </p>
      )}
      <input type="hidden" name="portal" value={slug} />
      <input type="hidden" name="endpoint" value={endpoint} />
      <button type="submit" disabled={pending} aria-label={fill(labels.rotateOf, { url })}>
        {pending ? labels.rotating : labels.rotate}
      </button>
    </form>
  );
}
