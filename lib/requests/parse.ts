import type { z } from "zod";
import type { Portal } from "../../db/schema";
import { pickLanguage, type Language } from "../i18n/languages";
import { identityRuleFor, requestFormSchemaFor, requestSchemaFor, type RequestErrorKey, type RequestInput } from "../validation/request";

export type FieldErrors = Partial<Record<string, RequestErrorKey[]>>;

export type Parsed = { ok: true; data: RequestInput & { language: Language } } | { ok: false; fieldErrors: FieldErrors };

/**
 * Validates a submission against the shared schema, made for the identity
 * details the portal's law requires, and against the portal: the type
 * must be one the portal offers, and the language one it speaks (else the
 * best match for the browser, else the portal's default).
 */
export function parseSubmission(portal: Portal, raw: unknown, { form, acceptLanguage }: { form: boolean; acceptLanguage?: string | null }): Parsed {
  const rule = identityRuleFor(portal.regime);
  const schema: z.ZodType<RequestInput> = form ? requestFormSchemaFor(rule) : requestSchemaFor(rule);
  const result = schema.safeParse(raw);
  const fieldErrors: FieldErrors = result.success ? {} : (result.error.flatten().fieldErrors as FieldErrors);
  const type = result.success ? result.data.type : undefined;
  if (type && !portal.requestTypes.includes(type)) fieldErrors.type = ["typeNotOffered"];
  if (!result.success || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };
  const language = pickLanguage(portal.languages, portal.defaultLanguage, { chosen: result.data.language, acceptLanguage });
  return { ok: true, data: { ...result.data, language } };
}
