import { z } from "zod";
import { REQUEST_TYPES } from "../deadlines/types";
import { LANGUAGES } from "../i18n/languages";
import { plainText, type PlainTextOptions } from "./plain-text";

/**
 * One schema for the request form (client and server) and the JSON API. Error
 * messages are catalogue keys (`form.errors.*`), translated where they are shown.
 */
const trimmed = (max: number, tooLong: string, badCharacter: string, options?: PlainTextOptions) =>
  z.string("notText").trim().max(max, tooLong).check(plainText(badCharacter, options));
const optionalText = (...args: Parameters<typeof trimmed>) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), trimmed(...args).optional());

/** A requester's address, as the form, the API and "send a new link" take it. */
export const emailSchema = z.string("emailInvalid").trim().toLowerCase().max(254, "emailTooLong").pipe(z.email("emailInvalid"));

const fields = z.object({
  type: z.enum(REQUEST_TYPES, "typeRequired"),
  email: emailSchema,
  name: optionalText(200, "nameTooLong", "nameBadCharacter"),
  accountId: optionalText(200, "accountIdTooLong", "accountIdBadCharacter"),
  details: optionalText(5000, "detailsTooLong", "detailsBadCharacter", { multiline: true }),
  language: z.preprocess((v) => (v === "" ? undefined : v), z.enum(LANGUAGES, "languageInvalid").optional()),
});

/** A correction must say what is wrong and what it should be. */
function detailsForCorrection(value: { type: string; details?: string }, ctx: z.RefinementCtx) {
  if (value.type === "correction" && !value.details) {
    ctx.addIssue({ code: "custom", path: ["details"], message: "detailsRequiredForCorrection" });
  }
}

export const requestSchema = fields.superRefine(detailsForCorrection);

/** The web form also asks for a name, and carries the honeypot and the form stamp. */
export const requestFormSchema = fields
  .extend({
    // A name left out of the post (or sent as a file) is a name not given.
    name: z.preprocess((v) => v ?? "", trimmed(200, "nameTooLong", "nameBadCharacter").min(1, "nameRequired")),
    website: z.string().optional(),
    stamp: z.string().optional(),
  })
  .superRefine(detailsForCorrection);

export type RequestInput = z.infer<typeof requestSchema>;
export type RequestFormInput = z.input<typeof requestFormSchema>;

/** Catalogue keys the schemas can produce, so the catalogue can be checked against them. */
export const REQUEST_ERROR_KEYS = [
  "typeRequired",
  "emailInvalid",
  "emailTooLong",
  "nameRequired",
  "nameTooLong",
  "accountIdTooLong",
  "detailsTooLong",
  "nameBadCharacter",
  "accountIdBadCharacter",
  "detailsBadCharacter",
  "notText",
  "detailsRequiredForCorrection",
  "languageInvalid",
  "typeNotOffered",
] as const;
export type RequestErrorKey = (typeof REQUEST_ERROR_KEYS)[number];
