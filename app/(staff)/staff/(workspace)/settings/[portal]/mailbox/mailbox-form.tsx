"use client";

import { startTransition, useActionState, useState, type FormEvent, type InputHTMLAttributes } from "react";
import type { Messages } from "@/lib/i18n/catalogue";
import { addressFromUsername, mailboxSettingsSchema, type MailboxSettingsErrorKey } from "@/lib/validation/mailbox";
import { saveMailboxAction, testMailboxAction, type MailboxFormState } from "../../mailbox-actions";

type Words = Pick<Messages["staffMailbox"], "form" | "errors">;

/** The form's fields as the page fills them (the password never: it is write-only). */
export interface MailboxFormInitial {
  host: string;
  port: string;
  tls: boolean;
  username: string;
  folder: string;
  enabled: boolean;
  /** The address requesters write to: the portal's, kept when the mailbox is disconnected. */
  address: string;
}

type Field = "host" | "port" | "username" | "password" | "folder" | "address";

/**
 * The mailbox's connection settings, checked in the browser with the schema the
 * server parses. Two buttons share the fields: Save, and Test connection, which
 * saves nothing. Both also work as plain posts without JavaScript. On a first
 * connection with no address yet, the address follows the user name (when it is
 * an address) until the admin types one of their own.
 */
export function MailboxForm({ slug, initial, stored, t }: { slug: string; initial: MailboxFormInitial; stored: boolean; t: Words }) {
  const [saved, saveAction, saving] = useActionState<MailboxFormState, FormData>(saveMailboxAction, {});
  const [tested, testAction, testing] = useActionState<MailboxFormState, FormData>(testMailboxAction, {});
  const [clientErrors, setClientErrors] = useState<Partial<Record<Field, string>>>({});
  const [last, setLast] = useState<"save" | "test">("save");
  const state = last === "save" ? saved : tested;
  const values = state.values as Partial<Record<string, string>> | undefined;
  const [address, setAddress] = useState(() => values?.address ?? initial.address);
  const [addressFollows, setAddressFollows] = useState(!stored && !initial.address);

  const words = (message: string | undefined) => (message && Object.hasOwn(t.errors, message) ? t.errors[message as MailboxSettingsErrorKey] : message);
  const errorOf = (field: Field) => words(clientErrors[field] ?? state.fieldErrors?.[field]?.[0]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(form, submitter);
    const parsed = mailboxSettingsSchema.safeParse(Object.fromEntries(data));
    const found: Partial<Record<Field, string>> = {};
    for (const issue of parsed.error?.issues ?? []) found[issue.path[0] as Field] ??= issue.message;
    setClientErrors(found);
    if (!parsed.success) return;
    const testOnly = submitter?.name === "test";
    setLast(testOnly ? "test" : "save");
    // The password is not kept in the page once it has been sent to be saved.
    if (!testOnly) (form.elements.namedItem("password") as HTMLInputElement).value = "";
    startTransition(() => (testOnly ? testAction : saveAction)(data));
  }

  const field = (name: Field, props: InputHTMLAttributes<HTMLInputElement>, hint?: string) => {
    const error = errorOf(name);
    return (
      <>
        <label htmlFor={`mailbox-${name}`}>{t.form[name]}</label>
        <input
          id={`mailbox-${name}`}
          name={name}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `mailbox-${name}-error` : hint ? `mailbox-${name}-hint` : undefined}
          {...props}
        />
        {hint && (
          <p id={`mailbox-${name}-hint`} className="hint">
            {hint}
          </p>
        )}
        {error && (
          <p id={`mailbox-${name}-error`} className="field-error">
            {error}
          </p>
        )}
      </>
    );
  };

  const invalid = Object.keys(clientErrors).length > 0 || Object.keys(state.fieldErrors ?? {}).length > 0;
  return (
    <form action={saveAction} onSubmit={submit} noValidate className="inline-form">
      {invalid && (
        <p role="alert" className="form-error">
          {t.form.invalid}
        </p>
      )}
      {state.formError && (
        <p role="alert" className="form-error">
          {state.formError}
        </p>
      )}
      {state.done && !invalid && (
        <p role={state.done.ok ? "status" : "alert"} className={state.done.ok ? "notice" : "form-error"}>
          {state.done.text}
        </p>
      )}
      <input type="hidden" name="portal" value={slug} />
      {field("host", { defaultValue: values?.host ?? initial.host, inputMode: "url", placeholder: "imap.example.com" }, t.form.hostHint)}
      {field("port", { defaultValue: values?.port ?? initial.port, inputMode: "numeric", size: 6 }, t.form.portHint)}
      <label className="choice">
        <input type="checkbox" name="tls" defaultChecked={values ? values.tls === "on" : initial.tls} /> <span>{t.form.tls}</span>
      </label>
      <p className="hint">{t.form.tlsHint}</p>
      {field(
        "username",
        {
          defaultValue: values?.username ?? initial.username,
          inputMode: "email",
          onChange: (event) => {
            if (addressFollows && !stored) setAddress(addressFromUsername(event.currentTarget.value));
          },
        },
        t.form.usernameHint,
      )}
      {field("password", { type: "password", autoComplete: "new-password", defaultValue: "" }, stored ? t.form.passwordStored : t.form.passwordNew)}
      {field("folder", { defaultValue: values?.folder ?? initial.folder }, t.form.folderHint)}
      {field(
        "address",
        {
          type: "email",
          value: address,
          onChange: (event) => {
            setAddress(event.currentTarget.value);
            setAddressFollows(false);
          },
        },
        t.form.addressHint,
      )}
      <label className="choice">
        <input type="checkbox" name="enabled" defaultChecked={values ? values.enabled === "on" : initial.enabled} /> <span>{t.form.enabled}</span>
      </label>
      <p>
        <button type="submit" disabled={saving || testing}>
          {saving ? t.form.saving : t.form.save}
        </button>{" "}
        <button type="submit" name="test" value="1" formAction={testAction} disabled={saving || testing}>
          {testing ? t.form.testing : t.form.test}
        </button>
      </p>
      <p className="hint">{t.form.testHint}</p>
    </form>
  );
}
