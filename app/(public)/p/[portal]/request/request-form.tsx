"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useMemo, useState, type FormEvent } from "react";
import { useForm, useWatch } from "react-hook-form";
import type { Messages } from "@/lib/i18n/catalogue";
import type { Language } from "@/lib/i18n/languages";
import { PERMISSION_MAX_BYTES } from "@/lib/web-agents/permission-limit";
import { requestFormSchemaFor, type FormErrorKey, type IdentityRule, type RequestErrorKey, type RequestFormInput, type RequestInput } from "@/lib/validation/request";
import { submitRequestAction, type RequestFormState } from "../actions";

type Labels = Omit<Messages["portal"]["form"], "lead">;
type Worded<T> = { [K in keyof T]: T[K] extends (...args: never[]) => string ? string : T[K] };
/** The authorized agent's part of the form, every text already a string. */
export type AgentLabels = Worded<Messages["agentForm"]["form"]> & { errors: Worded<Messages["agentForm"]["errors"]> };
/** The form's fields, and the permission file, whose errors come back from the server only. */
type Field = Exclude<keyof RequestFormInput, "website" | "stamp"> | "permission";

/**
 * The request form: validated in the browser by the same schema the server
 * uses, and a plain HTML form posting to the server action when JavaScript is
 * off. Server errors and typed values come back through the action state.
 * Under KVKK or 152-FZ it also asks for the identity details that law requires.
 */
export function RequestForm({
  slug,
  language,
  labels,
  agentLabels,
  stamp,
  types,
  languages,
  initialType,
  identityRule,
}: {
  slug: string;
  language: Language;
  labels: Labels;
  agentLabels: AgentLabels;
  stamp: string;
  types: { value: string; label: string; description: string }[];
  languages: { value: Language; label: string }[];
  initialType?: string;
  identityRule: IdentityRule | null;
}) {
  const [state, formAction, pending] = useActionState<RequestFormState, FormData>(submitRequestAction, {});
  const values = state.values ?? {};
  const schema = useMemo(() => requestFormSchemaFor(identityRule), [identityRule]);
  const form = useForm<RequestFormInput, unknown, RequestInput>({
    resolver: zodResolver(schema),
    mode: "onTouched",
    defaultValues: {
      type: (values.type ?? initialType ?? "") as RequestFormInput["type"],
      email: values.email ?? "",
      name: values.name ?? "",
      accountId: values.accountId ?? "",
      details: values.details ?? "",
      language: (values.language ?? language) as Language,
      citizenship: values.citizenship ?? "",
      signatureConfirmed: values.signatureConfirmed === "on",
      forSomeoneElse: values.forSomeoneElse === "on",
    },
  });
  const citizenship = useWatch({ control: form.control, name: "citizenship" });
  // A file past the cap is refused here, before the post: the whole form would go over the
  // server action's 1 MB limit, which answers with a bare 413 instead of this field's error.
  const [permissionTooLarge, setPermissionTooLarge] = useState(false);
  const errorOf = (field: Field): string | undefined => {
    const clientError = field === "permission" ? (permissionTooLarge ? "permissionTooLarge" : undefined) : form.formState.errors[field]?.message;
    const key = (clientError ?? state.fieldErrors?.[field]?.[0]) as FormErrorKey | undefined;
    if (!key) return undefined;
    return Object.hasOwn(labels.errors, key) ? labels.errors[key as RequestErrorKey] : (agentLabels.errors[key as keyof AgentLabels["errors"]] ?? key);
  };
  const validated = form.handleSubmit((_data, event) => {
    const element = event?.target as HTMLFormElement;
    startTransition(() => formAction(new FormData(element)));
  });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    const file = new FormData(event.currentTarget).get("permission");
    const tooLarge = file instanceof File && file.size > PERMISSION_MAX_BYTES;
    setPermissionTooLarge(tooLarge);
    if (!tooLarge) return validated(event);
    event.preventDefault();
    void form.trigger();
  };
  const hasErrors = permissionTooLarge || Object.keys(form.formState.errors).length > 0 || Object.keys(state.fieldErrors ?? {}).length > 0;

  const describedBy = (field: Field, hint = false) =>
    [hint ? `${field}-hint` : "", errorOf(field) ? `${field}-error` : ""].filter(Boolean).join(" ") || undefined;
  const error = (field: Field) =>
    errorOf(field) && (
      <p id={`${field}-error`} className="field-error">
        {errorOf(field)}
      </p>
    );
  /** A labelled text input with its hint and its error; the typed value comes back after a server error. */
  const text = (field: Exclude<Field, "permission">, label: string, { hint, type = "text", autoComplete }: { hint?: string; type?: string; autoComplete?: string } = {}) => (
    <>
      <label htmlFor={field}>{label}</label>
      {hint && (
        <p id={`${field}-hint`} className="hint">
          {hint}
        </p>
      )}
      <input id={field} type={type} autoComplete={autoComplete} defaultValue={values[field]} aria-invalid={!!errorOf(field)} aria-describedby={describedBy(field, !!hint)} {...form.register(field)} />
      {error(field)}
    </>
  );
  const id = labels.identity;
  const agent = agentLabels;
  const agentFields: Field[] = ["forSomeoneElse", "agentOrganisation", "consumerName", "consumerEmail", "permission"];
  // Open when the agent's box came back ticked or one of its fields has an error; without JavaScript the summary opens it.
  const agentOpen = values.forSomeoneElse === "on" || agentFields.some((f) => errorOf(f));

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

      <details className="agent-request" open={agentOpen}>
        <summary>{agent.toggle}</summary>
        <p className="hint">{agent.intro}</p>
        <label className="choice">
          <input type="checkbox" aria-invalid={!!errorOf("forSomeoneElse")} defaultChecked={values.forSomeoneElse === "on"} {...form.register("forSomeoneElse")} />
          <span>{agent.toggle}</span>
        </label>
        {text("agentOrganisation", agent.organisation, { autoComplete: "organization" })}
        {text("consumerName", agent.consumerName, { autoComplete: "off" })}
        {text("consumerEmail", agent.consumerEmail, { type: "email", hint: agent.consumerEmailHint, autoComplete: "off" })}
        <label htmlFor="permission">{agent.permission}</label>
        <p id="permission-hint" className="hint">
          {agent.permissionHint}
        </p>
        <input id="permission" name="permission" type="file" accept="application/pdf,image/jpeg,image/png" aria-invalid={!!errorOf("permission")} aria-describedby={describedBy("permission", true)} />
        {error("permission")}
      </details>

      {identityRule === "kvkk" && (
        <fieldset>
          <legend>{id.legend}</legend>
          <p className="hint">{id.kvkkIntro}</p>
          <p>{id.citizenship}</p>
          <div role="radiogroup" aria-label={id.citizenship} aria-invalid={!!errorOf("citizenship")} aria-describedby={describedBy("citizenship")}>
            {(["tr", "foreign"] as const).map((value) => (
              <label key={value} className="choice">
                <input type="radio" value={value} defaultChecked={values.citizenship === value} {...form.register("citizenship")} />
                <span>{value === "tr" ? id.citizenshipTr : id.citizenshipForeign}</span>
              </label>
            ))}
          </div>
          {error("citizenship")}
          {citizenship !== "foreign" && text("tcIdentityNumber", id.tcIdentityNumber)}
          {citizenship !== "tr" && (
            <>
              {text("nationality", id.nationality)}
              {text("foreignDocumentNumber", id.foreignDocumentNumber)}
            </>
          )}
          {text("noticeAddress", id.noticeAddress, { hint: id.noticeAddressHint, autoComplete: "street-address" })}
          {text("phone", id.phone, { type: "tel", autoComplete: "tel" })}
        </fieldset>
      )}

      {identityRule === "152fz" ? (
        <fieldset>
          <legend>{id.legend}</legend>
          <p className="hint">{id.ruIntro}</p>
          {text("documentNumber", id.documentNumber, { hint: id.documentNumberHint })}
          {text("documentIssuedOn", id.documentIssuedOn, { type: "date" })}
          {text("documentIssuer", id.documentIssuer)}
          {text("accountId", id.relationship, { hint: id.relationshipHint })}
        </fieldset>
      ) : (
        text("accountId", labels.accountId, { hint: labels.accountIdHint })
      )}

      <label htmlFor="details">{identityRule === "kvkk" ? id.subject : labels.details}</label>
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

      {identityRule === "152fz" && (
        <>
          {text("signature", id.signature, { hint: id.signatureHint })}
          <label className="choice">
            <input type="checkbox" aria-invalid={!!errorOf("signatureConfirmed")} aria-describedby={describedBy("signatureConfirmed")} defaultChecked={values.signatureConfirmed === "on"} {...form.register("signatureConfirmed")} />
            <span>{id.signatureConfirmed}</span>
          </label>
          {error("signatureConfirmed")}
        </>
      )}

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
