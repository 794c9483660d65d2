"use client";

import { useActionState } from "react";
import { rotateSecretAction, type RotateSecretState } from "../../webhooks-actions";
import { SecretOnce } from "./secret-once";

/** Rotates an endpoint's secret; the new one is shown here once, the old one keeps signing for 24 hours. */
export function RotateSecretForm({ slug, endpoint, url }: { slug: string; endpoint: number; url: string }) {
  const [state, formAction, pending] = useActionState<RotateSecretState, FormData>(rotateSecretAction, {});
  return (
    <form action={formAction}>
      {state.done && <SecretOnce secret={state.done.secret} what={`The new secret (the old one also signs until ${state.done.oldValidUntil.replace("T", " ").slice(0, 16)} UTC)`} />}
      {state.formError && (
        <p role="alert" className="form-error">
          {state.formError}
        </p>
      )}
      <input type="hidden" name="portal" value={slug} />
      <input type="hidden" name="endpoint" value={endpoint} />
      <button type="submit" disabled={pending} aria-label={`Rotate the secret of ${url}`}>
        {pending ? "Rotating…" : "Rotate secret"}
      </button>
    </form>
  );
}
