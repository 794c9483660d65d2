import type { z } from "zod";
import type { Portal } from "../../db/schema";
import { pickLanguage, type Language } from "../i18n/languages";
import { checkPermission, type PermissionFile, type PermissionUpload } from "../web-agents/permission";
import { identityRuleFor, requestFormSchemaFor, requestSchemaFor, type FormErrorKey, type RequestErrorKey, type RequestInput } from "../validation/request";

export type FieldErrors = Partial<Record<string, RequestErrorKey[]>>;
/** The web form's, which may also name an authorized agent's fields. */
export type FormFieldErrors = Partial<Record<string, FormErrorKey[]>>;

/** A valid request, in the language it will be answered in; an agent's comes with the permission they uploaded. */
export type ParsedRequest = RequestInput & { language: Language; permission?: PermissionFile };

export type Parsed<E = FieldErrors> = { ok: true; data: ParsedRequest } | { ok: false; fieldErrors: E };

/**
 * Validates a submission against the shared schema, made for the identity
 * details the portal's law requires, and against the portal: the type
 * must be one the portal offers, and the language one it speaks (else the
 * best match for the browser, else the portal's default).
 */
interface ParseOptions {
  form: boolean;
  acceptLanguage?: string | null;
  /**
   * "later": a channel that cannot carry the identity details the portal's law requires
   * (a DRP agent's claims have no field for them) is taken without them; staff obtain
   * them before answering (lib/requests/identity-gaps.ts).
   */
  identity?: "required" | "later";
}

export function parseSubmission(portal: Portal, raw: unknown, options: ParseOptions & { form: false }): Parsed;
export function parseSubmission(portal: Portal, raw: unknown, options: ParseOptions): Parsed<FormFieldErrors>;
export function parseSubmission(portal: Portal, raw: unknown, { form, acceptLanguage, identity = "required" }: ParseOptions): Parsed<FormFieldErrors> {
  const rule = identity === "later" ? null : identityRuleFor(portal.regime);
  const schema: z.ZodType<RequestInput> = form ? requestFormSchemaFor(rule) : requestSchemaFor(rule);
  const result = schema.safeParse(raw);
  const fieldErrors: FormFieldErrors = result.success ? {} : (result.error.flatten().fieldErrors as FormFieldErrors);
  const type = result.success ? result.data.type : undefined;
  if (type && !portal.requestTypes.includes(type)) fieldErrors.type = ["typeNotOffered"];
  // The file is checked only for an agent's request, even when other fields failed (every problem at
  // once); a request the consumer makes ignores one attached by mistake.
  const posted = typeof raw === "object" && raw !== null ? (raw as { forSomeoneElse?: unknown; permission?: PermissionUpload }) : {};
  const byAgent = result.success ? result.data.agent !== undefined : form && [true, "on", "true"].includes(posted.forSomeoneElse as string);
  const permission = byAgent ? checkPermission(posted.permission) : undefined;
  if (permission && !permission.ok) fieldErrors.permission = [permission.error];
  if (!result.success || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  const language = pickLanguage(portal.languages, portal.defaultLanguage, { chosen: result.data.language, acceptLanguage });
  return { ok: true, data: { ...result.data, language, ...(permission?.ok ? { permission: permission.file } : {}) } };
}
