import { z } from "zod";
import type { DataCategoryDetails } from "../../db/schema";
import { now } from "../clock";
import { computeDeadline, DeadlineInputError, isTimeZone, parseIsoDate, parseRegion, REGIME_IDS, REQUEST_TYPES, type OperatorPromise, type RequestType } from "../deadlines";
import { LANGUAGES, type Language } from "../i18n/languages";
import { plainText } from "./plain-text";
import { issue, type IssueValues } from "./settings-issues";

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

type What = NonNullable<IssueValues["what"]>;

const badCharacter = (what: What) => issue("badCharacter", { what });
const tooLong = (what: What, max: number) => issue("tooLong", { what, max });

const text = (max: number, what: What, required: string) =>
  z
    .string()
    .trim()
    .min(1, required)
    .max(max, tooLong(what, max))
    .check(plainText(badCharacter(what)));

/** A whole number typed into a text box; blank means "none". */
const wholeNumber = (what: What, min: number, max: number, blank?: IssueValues["blank"]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((value, ctx) => {
      if (!value) return undefined;
      const n = Number(value);
      if (/^\d+$/.test(value) && n >= min && n <= max) return n;
      ctx.addIssue({ code: "custom", message: issue("wholeNumber", { what, min, max, blank }) });
      return z.NEVER;
    });

/** A whole number of days that must be given. */
const requiredDays = (what: What, max: number) =>
  z
    .string()
    .trim()
    .transform((value, ctx) => {
      if (/^\d+$/.test(value) && Number(value) >= 1 && Number(value) <= max) return Number(value);
      ctx.addIssue({ code: "custom", message: issue("days", { what, max }) });
      return z.NEVER;
    });

const promiseRow = z.object({
  // 0 (the day of the request) is for blocking only; the engine says so for any other type.
  days: wholeNumber("promisedDays", 0, MAX_PROMISE_DAYS, "promise"),
  unit: oneOf(["calendar", "working"], issue("unit")),
  extensionDays: wholeNumber("extension", 1, MAX_PROMISE_DAYS, "none"),
  /** Blank (a form from before the choice existed) is the operator's published promise. */
  kind: z.enum(["", "published", "configured"], issue("kind")).optional(),
});

const overrideRow = z.object({
  date: z.string().trim().refine((d) => parseIsoDate(d) !== null, issue("date")),
  working: oneOf(["true", "false"], issue("working")).transform((v) => v === "true"),
  reason: text(200, "reason", issue("reasonRequired")),
});

/** The requesters' languages besides English, in which staff may word labels and statutes (English is the original). */
export const TRANSLATED_LANGUAGES = LANGUAGES.filter((l): l is Exclude<Language, "en"> => l !== "en");
type TranslatedLanguage = (typeof TRANSLATED_LANGUAGES)[number];

/** A text box per language, blank where there is no translation (the reader then gets the fallback). */
const translation = (max: number, what: What) =>
  z
    .string()
    .trim()
    .max(max, tooLong(what, max))
    .check(plainText(badCharacter(what)))
    .optional()
    .transform((v) => v ?? "");
const perLanguage = <T extends z.ZodType>(schema: T) => z.object(Object.fromEntries(TRANSLATED_LANGUAGES.map((l) => [l, schema])) as Record<TranslatedLanguage, T>);

const retentionRow = z.object({
  key: z
    .string()
    .trim()
    .toLowerCase()
    .max(60, tooLong("key", 60))
    .regex(KEY, issue("keyFormat")),
  label: text(200, "label", issue("labelRequired")),
  statute: text(1000, "statute", issue("statuteRequired")),
  translations: perLanguage(z.object({ label: translation(200, "label"), statute: translation(1000, "statute") })),
  defaultPeriodDays: wholeNumber("defaultPeriod", 1, MAX_RETENTION_DAYS, "basis"),
  anchoredTo: z.string().trim().max(200, tooLong("anchor", 200)).check(plainText(badCharacter("anchor"))),
});

const categoryRow = z.object({
  name: text(200, "category", issue("categoryRequired")),
  translations: perLanguage(translation(200, "category")),
  keptUnder: z.array(z.string()),
});

/** Days before the due date, separated by commas or spaces; kept in descending order, as the scheduler reads them. */
const reminderDays = z.string().transform((value, ctx) => {
  const items = value.split(/[\s,]+/).filter(Boolean);
  const bad = items.filter((item) => !/^\d+$/.test(item) || Number(item) > MAX_REMINDER_DAYS);
  if (bad.length > 0) ctx.addIssue({ code: "custom", message: issue("reminderDays", { max: MAX_REMINDER_DAYS, bad: bad.join(", ") }) });
  const days = items.map(Number);
  for (const twice of duplicates(days)) ctx.addIssue({ code: "custom", message: issue("listedTwice", { value: twice }) });
  return days.sort((a, b) => b - a);
});

const fields = z.object({
  name: text(200, "name", issue("nameRequired")),
  languages: z.array(oneOf(LANGUAGES, issue("unknownLanguage"))).min(1, issue("languagesRequired")),
  defaultLanguage: oneOf(LANGUAGES, issue("defaultLanguage")),
  requestTypes: z.array(oneOf(REQUEST_TYPES, issue("unknownRequestType"))).min(1, issue("requestTypesRequired")),
  regime: oneOf(REGIME_IDS, issue("regime")),
  promises: z.partialRecord(z.enum(REQUEST_TYPES, issue("unknownRequestType")), promiseRow),
  clockStart: oneOf(["receipt", "verification"], issue("clockStart")),
  timeZone: z.string().trim().refine(isTimeZone, issue("timeZone")),
  holidayCountry: z
    .string()
    .trim()
    .toUpperCase()
    .refine((code) => parseRegion(code) !== null, issue("holidayCountry")),
  calendarOverrides: z.array(overrideRow),
  dataCategories: z.array(categoryRow),
  reminderDays,
  duplicateWindowDays: requiredDays("duplicateWindow", 365),
  appealWindowDays: requiredDays("appealWindow", 365),
  retentionBases: z.array(retentionRow),
});

type Fields = z.output<typeof fields>;

function crossCheck(value: Fields, ctx: z.RefinementCtx) {
  if (!value.languages.includes(value.defaultLanguage)) {
    ctx.addIssue({ code: "custom", path: ["defaultLanguage"], message: issue("defaultLanguageNotOffered") });
  }
  for (const date of duplicates(value.calendarOverrides.map((o) => o.date))) {
    const index = value.calendarOverrides.findLastIndex((o) => o.date === date);
    ctx.addIssue({ code: "custom", path: ["calendarOverrides", index, "date"], message: issue("listedTwice", { value: date }) });
  }
  for (const key of duplicates(value.retentionBases.map((b) => b.key))) {
    const index = value.retentionBases.findLastIndex((b) => b.key === key);
    ctx.addIssue({ code: "custom", path: ["retentionBases", index, "key"], message: issue("keyTwice", { key }) });
  }
  if (value.requestTypes.includes("appeal")) {
    ctx.addIssue({ code: "custom", path: ["requestTypes"], message: issue("appealNotOffered") });
  }
  value.retentionBases.forEach((b, i) => {
    for (const language of TRANSLATED_LANGUAGES) {
      const t = b.translations[language];
      const missing = t.label && !t.statute ? "statute" : t.statute && !t.label ? "label" : undefined;
      if (missing) ctx.addIssue({ code: "custom", path: ["retentionBases", i, "translations", language, missing], message: issue("translationHalf", { missing }) });
    }
    if (b.anchoredTo && b.defaultPeriodDays === undefined) {
      ctx.addIssue({ code: "custom", path: ["retentionBases", i, "defaultPeriodDays"], message: issue("anchoredNeedsPeriod") });
    }
  });
  for (const name of duplicates(value.dataCategories.map((c) => c.name.toLowerCase()))) {
    const index = value.dataCategories.findLastIndex((c) => c.name.toLowerCase() === name);
    ctx.addIssue({ code: "custom", path: ["dataCategories", index, "name"], message: issue("categoryTwice", { name: value.dataCategories[index]!.name }) });
  }
  const keys = new Set(value.retentionBases.map((b) => b.key));
  value.dataCategories.forEach((c, i) => {
    const unknown = c.keptUnder.filter((key) => !keys.has(key));
    if (unknown.length > 0) ctx.addIssue({ code: "custom", path: ["dataCategories", i, "keptUnder"], message: issue("unknownBasis", { keys: unknown.join(", ") }) });
  });
  for (const type of value.requestTypes) {
    const row = value.promises[type];
    if (row?.days === undefined && row?.extensionDays !== undefined) {
      ctx.addIssue({ code: "custom", path: ["promises", type, "days"], message: issue("promiseNeedsDays") });
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
