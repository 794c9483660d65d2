import { z } from "zod";
import type { DataCategoryDetails } from "../../db/schema";
import { now } from "../clock";
import { computeDeadline, DeadlineInputError, isTimeZone, parseIsoDate, parseRegion, REGIME_IDS, REQUEST_TYPES, type OperatorPromise, type RequestType } from "../deadlines";
import { LANGUAGES, type Language } from "../i18n/languages";
import { plainText } from "./plain-text";

/**
 * One schema for a portal's settings: the settings form validates with it in
 * the browser (zodResolver) and the server action parses the same form values.
 * Its input is what the form holds (text boxes are strings, checkbox groups
 * string arrays, so FormData maps onto it without casts); its output is what
 * the portals and retention_bases tables store.
 */

const MAX_PROMISE_DAYS = 366;
/** A retention period beyond a century is a typo, not a statute. */
const MAX_RETENTION_DAYS = 36_500;
const MAX_REMINDER_DAYS = 60;
const KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One of a fixed list, arriving as a form string. */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, message: string) => z.string(message).pipe(z.enum(values, message));

const badCharacter = (what: string) => `${what} contains an invisible control or text-direction character; type it again without it`;

const text = (max: number, what: string, required: string) =>
  z
    .string()
    .trim()
    .min(1, required)
    .max(max, `${what} must be at most ${max} characters`)
    .check(plainText(badCharacter(what)));

/** A whole number typed into a text box; blank means "none". */
const wholeNumber = (what: string, min: number, max: number, blank = "") =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined;
      const n = Number(value);
      if (/^\d+$/.test(value) && n >= min && n <= max) return n;
      ctx.addIssue({ code: "custom", message: `${what} must be a whole number from ${min} to ${max}${blank}` });
      return z.NEVER;
    });

/** A whole number of days that must be given. */
const requiredDays = (what: string, max: number) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= max) return Number(value);
      ctx.addIssue({ code: "custom", message: `${what} must be a whole number of days from 1 to ${max}` });
      return z.NEVER;
    });

const promiseRow = z.object({
  // 0 (the day of the request) is for blocking only; the engine says so for any other type.
  days: wholeNumber("The promised days", 0, MAX_PROMISE_DAYS, ", or blank for no promise"),
  unit: oneOf(["calendar", "working"], "Choose calendar or working days"),
  extensionDays: wholeNumber("The extension", 1, MAX_PROMISE_DAYS, ", or blank for none"),
  /** Blank (a form from before the choice existed) is the operator's published promise. */
  kind: z.enum(["", "published", "configured"], "Choose whether the operator published this period or the portal chose it").optional(),
});

const overrideRow = z.object({
  date: z.string().trim().refine((d) => parseIsoDate(d) !== null, "Enter a real date as YYYY-MM-DD"),
  working: oneOf(["true", "false"], "Choose whether the office works that day").transform((v) => v === "true"),
  reason: text(200, "The reason", "Say why this day differs from the country's calendar"),
});

/** The requesters' languages besides English, in which staff may word labels and statutes (English is the original). */
export const TRANSLATED_LANGUAGES = LANGUAGES.filter((l): l is Exclude<Language, "en"> => l !== "en");
type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/** A text box per language, blank where there is no translation (the reader then gets the fallback). */
const translation = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} must be at most ${max} characters`)
    .check(plainText(badCharacter(what)))
    .optional()
    .transform((v) => v ?? "");
const perLanguage = <T extends z.ZodType>(schema: T) => z.object(Object.fromEntries(TRANSLATED_LANGUAGES.map((l) => [l, schema])) as Record<TranslatedLanguage, T>);

const retentionRow = z.object({
  key: z
    .string()
    .trim()
    .toLowerCase()
    .max(60, "The key must be at most 60 characters")
    .regex(KEY, "Use lower-case letters, digits and single hyphens, such as billing-records"),
  label: text(200, "The label", "Enter a label staff will recognise"),
  statute: text(1000, "The statute", "Name the law or clause that allows keeping the data"),
  translations: perLanguage(z.object({ label: translation(200, "The label"), statute: translation(1000, "The statute") })),
  defaultPeriodDays: wholeNumber("The default period", 1, MAX_RETENTION_DAYS, " days, or blank where the basis sets none"),
  anchoredTo: z.string().trim().max(200, "The anchor must be at most 200 characters").check(plainText(badCharacter("The anchor"))),
});

const categoryRow = z.object({
  name: text(200, "The category", "Name the category, or remove the row"),
  translations: perLanguage(translation(200, "The category")),
  keptUnder: z.array(z.string()),
});

/** Days before the due date, separated by commas or spaces; kept in descending order, as the scheduler reads them. */
const reminderDays = z.string().transform((value, ctx) => {
  const items = value.split(/[\s,]+/).filter(Boolean);
  const bad = items.filter((item) => !/^\d+$/.test(item) || Number(item) > MAX_REMINDER_DAYS);
  if (bad.length > 0) ctx.addIssue({ code: "custom", message: `Reminder days must be whole numbers from 0 to ${MAX_REMINDER_DAYS}, not ${bad.join(", ")}` });
  const days = items.map(Number);
  for (const twice of duplicates(days)) ctx.addIssue({ code: "custom", message: `${twice} is listed twice` });
  return days.sort((a, b) => b - a);
});

const fields = z.object({
  name: text(200, "The name", "Enter the portal's name"),
  languages: z.array(oneOf(LANGUAGES, "Unknown language")).min(1, "Choose at least one language"),
  defaultLanguage: oneOf(LANGUAGES, "Choose the default language"),
  requestTypes: z.array(oneOf(REQUEST_TYPES, "Unknown request type")).min(1, "Offer at least one request type"),
  regime: oneOf(REGIME_IDS, "Choose a legal regime"),
  promises: z.partialRecord(z.enum(REQUEST_TYPES, "Unknown request type"), promiseRow),
  clockStart: oneOf(["receipt", "verification"], "Choose when the deadline clock starts"),
  timeZone: z.string().trim().refine(isTimeZone, "Enter an IANA time zone such as Europe/Istanbul"),
  holidayCountry: z
    .string()
    .trim()
    .toUpperCase()
    .refine((code) => parseRegion(code) !== null, "Enter an ISO 3166 country code such as TR, or a region such as DE-BY"),
  calendarOverrides: z.array(overrideRow),
  dataCategories: z.array(categoryRow),
  reminderDays,
  duplicateWindowDays: requiredDays("The duplicate window", 365),
  appealWindowDays: requiredDays("The appeal window", 365),
  retentionBases: z.array(retentionRow),
});

type Fields = z.output<typeof fields>;

function crossCheck(value: Fields, ctx: z.RefinementCtx) {
  if (!value.languages.includes(value.defaultLanguage)) {
    ctx.addIssue({ code: "custom", path: ["defaultLanguage"], message: "The default language must be one of the portal's languages" });
  }
  for (const date of duplicates(value.calendarOverrides.map((o) => o.date))) {
    const index = value.calendarOverrides.findLastIndex((o) => o.date === date);
    ctx.addIssue({ code: "custom", path: ["calendarOverrides", index, "date"], message: `${date} is listed twice` });
  }
  for (const key of duplicates(value.retentionBases.map((b) => b.key))) {
    const index = value.retentionBases.findLastIndex((b) => b.key === key);
    ctx.addIssue({ code: "custom", path: ["retentionBases", index, "key"], message: `The key ${key} is used twice` });
  }
  if (value.requestTypes.includes("appeal")) {
    ctx.addIssue({ code: "custom", path: ["requestTypes"], message: "An appeal is not offered on the form: the requester appeals a decision from its status page" });
  }
  value.retentionBases.forEach((b, i) => {
    for (const language of TRANSLATED_LANGUAGES) {
      const t = b.translations[language];
      const missing = t.label && !t.statute ? "statute" : t.statute && !t.label ? "label" : undefined;
      if (missing) ctx.addIssue({ code: "custom", path: ["retentionBases", i, "translations", language, missing], message: `Give the ${missing} in this language too, or neither` });
    }
    if (b.anchoredTo && b.defaultPeriodDays === undefined) {
      ctx.addIssue({ code: "custom", path: ["retentionBases", i, "defaultPeriodDays"], message: "A basis counted from a date needs its period in days" });
    }
  });
  for (const name of duplicates(value.dataCategories.map((c) => c.name.toLowerCase()))) {
    const index = value.dataCategories.findLastIndex((c) => c.name.toLowerCase() === name);
    ctx.addIssue({ code: "custom", path: ["dataCategories", index, "name"], message: `"${value.dataCategories[index]!.name}" is listed twice` });
  }
  const keys = new Set(value.retentionBases.map((b) => b.key));
  value.dataCategories.forEach((c, i) => {
    const unknown = c.keptUnder.filter((key) => !keys.has(key));
    if (unknown.length > 0) ctx.addIssue({ code: "custom", path: ["dataCategories", i, "keptUnder"], message: `No basis in the catalogue has the key ${unknown.join(", ")}` });
  });
  for (const type of value.requestTypes) {
    const row = value.promises[type];
    if (row?.days === undefined && row?.extensionDays !== undefined) {
      ctx.addIssue({ code: "custom", path: ["promises", type, "days"], message: "Enter the promised days, or clear the extension" });
    }
    const problem = engineProblem(value, type);
    if (problem) ctx.addIssue({ code: "custom", path: ["promises", type, "days"], message: problem });
  }
}

/**
 * What the deadline engine says about timing `type` under these settings, if
 * it refuses (Uzbekistan's law sets no deadline for a deletion, so the portal
 * must promise one). Only the promise is ours to report here: a bad time zone
 * or country already has its own message on its own field.
 */
function engineProblem(value: Fields, type: RequestType): string | undefined {
  try {
    computeDeadline({
      regime: value.regime,
      type,
      receivedAt: now(),
      timeZone: value.timeZone,
      country: value.holidayCountry,
      promise: toPromise(value.promises[type]),
      overrides: value.calendarOverrides,
    });
  } catch (e) {
    if (!(e instanceof DeadlineInputError)) throw e;
    if (e.field === "promise") return e.message.charAt(0).toUpperCase() + e.message.slice(1);
  }
  return undefined;
}

function toPromise(row: Fields["promises"][RequestType]): OperatorPromise | undefined {
  if (row?.days === undefined) return undefined;
  return {
    days: row.days,
    unit: row.unit,
    ...(row.extensionDays !== undefined && { extensionDays: row.extensionDays }),
    // A published promise is stored as before, without the field.
    ...(row.kind === "configured" && { kind: row.kind }),
  };
}

/** Only the languages that have a translation. */
function filled<T>(translations: Record<TranslatedLanguage, T>, present: (t: T) => boolean): Partial<Record<Language, T>> {
  return Object.fromEntries(Object.entries(translations).filter(([, t]) => present(t as T))) as Partial<Record<Language, T>>;
}

/**
 * Settings as stored: promises only for offered types, checkbox groups without
 * repeats, blank periods and anchors as null, translations only where written,
 * and the categories as their names plus their details.
 */
function toSettings({ promises, languages, requestTypes, retentionBases, dataCategories, ...rest }: Fields) {
  // Ticked boxes post in page order: keys are kept in the catalogue's order, so an untouched form changes nothing.
  const inCatalogueOrder = (keys: string[]) => retentionBases.map((b) => b.key).filter((key) => keys.includes(key));
  const kept: Partial<Record<RequestType, OperatorPromise>> = {};
  for (const type of new Set(requestTypes)) {
    const promise = toPromise(promises[type]);
    if (promise) kept[type] = promise;
  }
  return {
    ...rest,
    languages: [...new Set(languages)],
    requestTypes: [...new Set(requestTypes)],
    promises: kept,
    dataCategories: dataCategories.map((c) => c.name),
    dataCategoryDetails: Object.fromEntries(
      dataCategories.map((c) => [c.name, { translations: filled(c.translations, Boolean), keptUnder: inCatalogueOrder(c.keptUnder) } satisfies DataCategoryDetails]),
    ),
    retentionBases: retentionBases.map((b) => ({
      ...b,
      translations: filled(b.translations, (t) => Boolean(t.label || t.statute)),
      defaultPeriodDays: b.defaultPeriodDays ?? null,
      anchoredTo: b.anchoredTo || null,
    })),
  };
}

export const portalSettingsSchema = fields.superRefine(crossCheck).transform(toSettings);

export type PortalSettingsFormValues = z.input<typeof portalSettingsSchema>;
export type PortalSettings = z.output<typeof portalSettingsSchema>;

/** Every message by field path ("promises.deletion.days"), the names the form's inputs carry. */
export function fieldErrorsByPath(error: z.ZodError): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of error.issues) (errors[issue.path.join(".")] ??= []).push(issue.message);
  return errors;
}

function duplicates<T>(items: readonly T[]): T[] {
  return [...new Set(items.filter((item, i) => items.indexOf(item) !== i))];
}
