"use client";

import { useActionState } from "react";
import type { Messages } from "@/lib/i18n/catalogue";
import { fill } from "@/lib/i18n/fill";
import { inviteMemberAction, type InviteFormState } from "../../members-actions";

/** Invite by email; the action answers with field errors or the address it invited. */
export function InviteForm({ slug, roles, labels }: { slug: string; roles: readonly { value: string; label: string }[]; labels: Messages["staffSettings"]["invite"] }) {
  const [state, formAction, pending] = useActionState<InviteFormState, FormData>(inviteMemberAction, {});
  const invited = state.done;
  const emailError = state.fieldErrors?.email?.[0];
  const roleError = state.fieldErrors?.role?.[0];
  return (
    <form action={formAction} className="inline-form">
      {invited && (
        <p role="status" className="notice">
          {fill(labels.sent, { email: invited })}
        </p>
      )}
      {state.formError && (
        <p role="alert" className="form-error">
          {state.formError}
        </p>
      )}
      <input type="hidden" name="portal" value={slug} />
      <label htmlFor="invite-email">{labels.email}</label>
      <input
        id="invite-email"
        name="email"
        type="email"
        autoComplete="off"
        required
        defaultValue={state.values?.email}
        aria-invalid={emailError ? true : undefined}
        aria-describedby={emailError ? "invite-email-error" : undefined}
      />
      {emailError && (
        <p id="invite-email-error" className="field-error">
          {emailError}
        </p>
      )}
      <label htmlFor="invite-role">{labels.role}</label>
      <select
        id="invite-role"
        name="role"
        defaultValue={state.values?.role ?? "agent"}
        aria-invalid={roleError ? true : undefined}
        aria-describedby={roleError ? "invite-role-error" : undefined}
      >
        {roles.map((role) => (
          <option key={role.value} value={role.value}>
            {role.label}
          </option>
        ))}
      </select>
      {roleError && (
        <p id="invite-role-error" className="field-error">
          {roleError}
        </p>
      )}
      <p>
        <button type="submit" disabled={pending}>
          {pending ? labels.inviting : labels.invite}
        </button>
      </p>
    </form>
  );
}
