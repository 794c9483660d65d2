"use client";

import { createContext, useContext } from "react";
import { get, useFormContext, type FieldError, type FieldPathByValue, type Path } from "react-hook-form";
import type { PortalSettingsFormValues } from "@/lib/validation/portal-settings";
import { issueText, type IssueWords } from "@/lib/validation/settings-issues";

export type SettingsPath = Path<PortalSettingsFormValues>;
/** An input holding one string: a text box, a select, a text area. */
type TextPath = FieldPathByValue<PortalSettingsFormValues, string | undefined>;

/** The server's messages by field path, for a form sent without JavaScript or refused by the database. */
export const ServerErrors = createContext<Record<string, string[]>>({});

/** The words for the schema's refusals, in the staff member's language (the schema itself holds only keys). */
export const IssueWordsContext = createContext<IssueWords | undefined>(undefined);

/**
 * The settings form's inputs: each is registered under its path, which is also
 * its id and its name in the posted form, and points screen readers at its
 * hint and its error. The browser's message comes first, then the server's.
 * Each also carries its value as the default, since react-hook-form fills
 * inputs only once its script runs: without this, the server's HTML (all a
 * browser without JavaScript gets) would show an empty form.
 */
export function useSettingsField() {
  const form = useFormContext<PortalSettingsFormValues>();
  const server = useContext(ServerErrors);
  const words = useContext(IssueWordsContext);
  const errorOf = (path: SettingsPath): string | undefined => {
    const message = (get(form.formState.errors, path) as FieldError | undefined)?.message ?? server[path]?.[0];
    return message && words ? issueText(message, words) : message;
  };
  const describedBy = (path: SettingsPath, hint: boolean) => [hint && `${path}-hint`, errorOf(path) && `${path}-error`].filter(Boolean).join(" ") || undefined;
  const field = (path: TextPath, { hint = false } = {}) => ({
    id: path,
    defaultValue: form.getValues(path),
    "aria-invalid": errorOf(path) ? true : undefined,
    "aria-describedby": describedBy(path, hint),
    ...form.register(path),
  });
  /** Props for a fieldset of checkboxes or a row of inputs that share one message. */
  const group = (path: SettingsPath, { hint = false } = {}) => ({ "aria-invalid": errorOf(path) ? true : undefined, "aria-describedby": describedBy(path, hint) });
  /** A checkbox of a group, ticked when the group's value lists it. */
  const checkbox = (path: "languages" | "requestTypes", value: string) => ({ value, defaultChecked: form.getValues(path).includes(value), ...form.register(path) });
  return { form, errorOf, field, group, checkbox };
}

export function ErrorText({ path }: { path: SettingsPath }) {
  const message = useSettingsField().errorOf(path);
  return message ? (
    <p id={`${path}-error`} className="field-error">
      {message}
    </p>
  ) : null;
}

export function Hint({ path, children }: { path: SettingsPath; children: string }) {
  return (
    <p id={`${path}-hint`} className="hint">
      {children}
    </p>
  );
}
