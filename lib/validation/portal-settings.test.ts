import { describe, expect, it } from "vitest";
import { DEMO_PORTALS, type PortalSeed } from "../../db/seed-data";
import { messages } from "../i18n/catalogue";
import { portalSettingsSchema, type PortalSettings, type PortalSettingsFormValues } from "./portal-settings";
import { issueText } from "./settings-issues";
import { settingsFormValues, settingsFormValuesFrom } from "./portal-settings-form";

/** A seed as the database holds it, defaults filled in. */
function stored(seed: PortalSeed): PortalSettings {
  return {
    name: seed.name,
    languages: seed.languages,
    defaultLanguage: seed.defaultLanguage,
    requestTypes: seed.requestTypes,
    regime: seed.regime,
    promises: seed.promises,
    clockStart: seed.clockStart,
    timeZone: seed.timeZone,
    holidayCountry: seed.holidayCountry,
    calendarOverrides: seed.calendarOverrides ?? [],
    dataCategories: seed.dataCategories.map((c) => c.name),
    dataCategoryDetails: Object.fromEntries(seed.dataCategories.map(({ name, ...details }) => [name, details])),
    reminderDays: seed.reminderDays ?? [7, 3, 1, 0],
    duplicateWindowDays: seed.duplicateWindowDays ?? 30,
    appealWindowDays: seed.appealWindowDays ?? 60,
    retentionBases: seed.retentionBases.map(({ key, label, statute, translations, defaultPeriodDays, anchoredTo }) => ({
      key,
      label,
      statute,
      translations: translations ?? {},
      defaultPeriodDays: defaultPeriodDays ?? null,
      anchoredTo: anchoredTo ?? null,
    })),
  };
}

const seed = (slug: string) => DEMO_PORTALS.find((p) => p.slug === slug)!;
const moserra = () => settingsFormValues(stored(seed("moserra")));
const deepen = () => settingsFormValues(stored(seed("deepen")));
const usegpt = () => settingsFormValues(stored(seed("usegpt")));

/** The messages per field path, as an English reader sees them, or null when the values pass. */
function errors(values: PortalSettingsFormValues): Record<string, string[]> | null {
  const parsed = portalSettingsSchema.safeParse(values);
  if (parsed.success) return null;
  const byPath: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (byPath[issue.path.join(".")] ??= []).push(issueText(issue.message, messages("en").staffSettings.form.errors));
  return byPath;
}

describe("portalSettingsSchema: the stored settings round-trip", () => {
  it.each(DEMO_PORTALS.map((p) => p.slug))("gives back %s's settings unchanged, so an untouched form saves no change", (slug) => {
    expect(portalSettingsSchema.parse(settingsFormValues(stored(seed(slug))))).toEqual(stored(seed(slug)));
  });

  it("reads the same values from a posted form as the browser holds", () => {
    const values = { ...usegpt(), calendarOverrides: [{ date: "2026-03-20", working: "false", reason: "Company day off" }] };
    const form = new FormData();
    for (const [name, value] of Object.entries({ name: values.name, defaultLanguage: values.defaultLanguage, regime: values.regime })) form.set(name, value);
    for (const language of values.languages) form.append("languages", language);
    for (const type of values.requestTypes) form.append("requestTypes", type);
    for (const [type, p] of Object.entries(values.promises)) for (const [field, v] of Object.entries(p!)) form.set(`promises.${type}.${field}`, v ?? "");
    for (const field of ["clockStart", "timeZone", "holidayCountry", "reminderDays", "duplicateWindowDays", "appealWindowDays"] as const) form.set(field, values[field]);
    values.dataCategories.forEach((c, i) => {
      form.set(`dataCategories.${i}.name`, c.name);
      for (const [language, text] of Object.entries(c.translations)) form.set(`dataCategories.${i}.translations.${language}`, text ?? "");
      for (const key of c.keptUnder) form.append(`dataCategories.${i}.keptUnder`, key);
    });
    values.retentionBases.forEach((b, i) => {
      for (const field of ["key", "label", "statute", "defaultPeriodDays", "anchoredTo"] as const) form.set(`retentionBases.${i}.${field}`, b[field] ?? "");
      for (const [language, t] of Object.entries(b.translations)) for (const [field, text] of Object.entries(t)) form.set(`retentionBases.${i}.translations.${language}.${field}`, text ?? "");
    });
    // A removed row leaves a gap in the numbering; the rows are still read in order.
    for (const [field, v] of Object.entries(values.calendarOverrides[0]!)) form.set(`calendarOverrides.3.${field}`, v);
    expect(settingsFormValuesFrom(form)).toEqual(values);
  });
});

describe("portalSettingsSchema: fields", () => {
  it("refuses an appeal as a form type: a requester appeals from the decided request's status page", () => {
    expect(errors({ ...moserra(), requestTypes: ["access", "appeal"] })?.requestTypes).toEqual([
      "An appeal is not offered on the form: the requester appeals a decision from its status page",
    ]);
  });

  it.each(["0", "366", "", "3.5"])("refuses a duplicate or appeal window of %j days", (days) => {
    expect(errors({ ...moserra(), duplicateWindowDays: days, appealWindowDays: days })).toEqual({
      duplicateWindowDays: ["The duplicate window must be a whole number of days from 1 to 365"],
      appealWindowDays: ["The appeal window must be a whole number of days from 1 to 365"],
    });
  });

  it.each<[string, Partial<PortalSettingsFormValues>, string]>([
    ["name", { name: "  " }, "Enter the portal's name"],
    ["name", { name: "x".repeat(201) }, "The name must be at most 200 characters"],
    ["languages", { languages: [] }, "Choose at least one language"],
    ["languages.0", { languages: ["de"] }, "Unknown language"],
    ["defaultLanguage", { defaultLanguage: "ru" }, "The default language must be one of the portal's languages"],
    ["requestTypes", { requestTypes: [] }, "Offer at least one request type"],
    ["requestTypes.0", { requestTypes: ["erasure"] }, "Unknown request type"],
    ["regime", { regime: "gdpr" }, "Choose a legal regime"],
    ["clockStart", { clockStart: "whenever" }, "Choose when the deadline clock starts"],
    ["timeZone", { timeZone: "Mars/Olympus" }, "Enter an IANA time zone such as Europe/Istanbul"],
    ["timeZone", { timeZone: "" }, "Enter an IANA time zone such as Europe/Istanbul"],
    ["holidayCountry", { holidayCountry: "XX" }, "Enter an ISO 3166 country code such as TR, or a region such as DE-BY"],
    ["holidayCountry", { holidayCountry: "TR-ZZ" }, "Enter an ISO 3166 country code such as TR, or a region such as DE-BY"],
  ])("refuses a bad %s: %j", (path, change, message) => {
    expect(errors({ ...moserra(), ...change })?.[path]).toEqual([message]);
  });

  it("trims text and normalises the country code", () => {
    const settings = portalSettingsSchema.parse({ ...moserra(), name: "  MOSERRA Ltd ", timeZone: " Europe/Istanbul ", holidayCountry: "de-by" });
    expect(settings).toMatchObject({ name: "MOSERRA Ltd", timeZone: "Europe/Istanbul", holidayCountry: "DE-BY" });
  });

  it("keeps the order the types were ticked in, without repeats", () => {
    const settings = portalSettingsSchema.parse({ ...moserra(), requestTypes: ["objection", "access", "objection"], languages: ["en", "tr", "en"] });
    expect(settings.requestTypes).toEqual(["objection", "access"]);
    expect(settings.languages).toEqual(["en", "tr"]);
  });
});

describe("portalSettingsSchema: promises", () => {
  const withPromise = (type: string, promise: Record<string, string>) => ({ ...moserra(), promises: { ...moserra().promises, [type]: promise } });

  it("stores a promise as numbers, and drops blank ones and those of types not offered", () => {
    const values = withPromise("deletion", { days: "14", unit: "working", extensionDays: "5" });
    values.promises.portability = { days: "10", unit: "calendar", extensionDays: "" };
    expect(portalSettingsSchema.parse(values).promises).toEqual({ deletion: { days: 14, unit: "working", extensionDays: 5 } });
  });

  it.each([
    [{ days: "0", unit: "calendar", extensionDays: "" }, "promises.deletion.days", "A promise must be a whole number of days from 1 to 366, not 0 (only blocking can be promised for the day it is asked)"],
    [{ days: "367", unit: "calendar", extensionDays: "" }, "promises.deletion.days", "The promised days must be a whole number from 0 to 366, or blank for no promise"],
    [{ days: "2.5", unit: "calendar", extensionDays: "" }, "promises.deletion.days", "The promised days must be a whole number from 0 to 366, or blank for no promise"],
    [{ days: "ten", unit: "calendar", extensionDays: "" }, "promises.deletion.days", "The promised days must be a whole number from 0 to 366, or blank for no promise"],
    [{ days: "10", unit: "fortnights", extensionDays: "" }, "promises.deletion.unit", "Choose calendar or working days"],
    [{ days: "10", unit: "calendar", extensionDays: "-1" }, "promises.deletion.extensionDays", "The extension must be a whole number from 1 to 366, or blank for none"],
    [{ days: "", unit: "calendar", extensionDays: "5" }, "promises.deletion.days", "Enter the promised days, or clear the extension"],
  ])("refuses %j", (promise, path, message) => {
    expect(errors(withPromise("deletion", promise))?.[path]).toEqual([message]);
  });

  it("takes a promise of 0 days for blocking: due the day it is asked", () => {
    const values = withPromise("restriction", { days: "0", unit: "calendar", extensionDays: "" });
    values.requestTypes = [...values.requestTypes, "restriction"];
    expect(portalSettingsSchema.parse(values).promises.restriction).toEqual({ days: 0, unit: "calendar" });
  });

  it("needs a promise wherever the regime sets no deadline, with the engine's reason on that type's promise", () => {
    const values = { ...deepen(), promises: { ...deepen().promises, deletion: { days: "", unit: "calendar", extensionDays: "" } } };
    expect(errors(values)).toEqual({
      "promises.deletion.days": [
        "Uzbekistan ZRU-547 sets no deadline for deletion requests: the portal must promise one (a number of calendar or working days)",
      ],
    });
  });

  it("asks the custom regime for a promise on every offered type", () => {
    const found = errors({ ...moserra(), regime: "custom" });
    expect(Object.keys(found ?? {}).sort()).toEqual(["access", "correction", "deletion", "notify-recipients", "objection", "restriction"].map((t) => `promises.${t}.days`));
  });

  it("accepts Uzbekistan's correction without a promise: the statute's three days time it", () => {
    expect(errors({ ...deepen(), requestTypes: ["deletion", "correction"] })).toBeNull();
  });
});

describe("portalSettingsSchema: calendar overrides", () => {
  const withOverrides = (...calendarOverrides: { date: string; working: string; reason: string }[]) => ({ ...moserra(), calendarOverrides });

  it("stores them with a boolean for the working day", () => {
    const settings = portalSettingsSchema.parse(withOverrides({ date: "2026-12-31", working: "false", reason: " Year-end closing " }));
    expect(settings.calendarOverrides).toEqual([{ date: "2026-12-31", working: false, reason: "Year-end closing" }]);
  });

  it.each([
    [{ date: "2026-02-30", working: "false", reason: "x" }, "calendarOverrides.0.date", "Enter a real date as YYYY-MM-DD"],
    [{ date: "31/12/2026", working: "false", reason: "x" }, "calendarOverrides.0.date", "Enter a real date as YYYY-MM-DD"],
    [{ date: "2026-12-31", working: "maybe", reason: "x" }, "calendarOverrides.0.working", "Choose whether the office works that day"],
    [{ date: "2026-12-31", working: "true", reason: " " }, "calendarOverrides.0.reason", "Say why this day differs from the country's calendar"],
  ])("refuses %j", (override, path, message) => {
    expect(errors(withOverrides(override))?.[path]).toEqual([message]);
  });

  it("refuses the same date twice, on the later row", () => {
    const day = { date: "2026-12-31", working: "false", reason: "Closing" };
    expect(errors(withOverrides(day, { ...day, working: "true" }))).toEqual({ "calendarOverrides.1.date": ["2026-12-31 is listed twice"] });
  });
});

describe("portalSettingsSchema: data categories and reminders", () => {
  it("stores each category's name, its translations where written, and the bases that may keep it", () => {
    const values = moserra();
    values.dataCategories = [
      { name: " email address ", translations: { ru: "", uz: "", tr: " e-posta adresi " }, keptUnder: ["project-data", "project-data"] },
      { name: "push tokens", translations: { ru: "", uz: "", tr: "" }, keptUnder: [] },
    ];
    const settings = portalSettingsSchema.parse(values);
    expect(settings.dataCategories).toEqual(["email address", "push tokens"]);
    expect(settings.dataCategoryDetails).toEqual({
      "email address": { translations: { tr: "e-posta adresi" }, keptUnder: ["project-data"] },
      "push tokens": { translations: {}, keptUnder: [] },
    });
  });

  it("keeps the bases a category may be kept under in the catalogue's order, as ticked boxes post in page order", () => {
    const values = moserra();
    values.dataCategories[1]!.keptUnder = ["invoicing-accounting", "project-data", "project-data"];
    expect(portalSettingsSchema.parse(values).dataCategoryDetails[values.dataCategories[1]!.name]?.keptUnder).toEqual(["project-data", "invoicing-accounting"]);
  });

  it("refuses a category listed twice, whatever its case, a blank one, and one kept under a basis the catalogue lacks", () => {
    const row = (name: string, keptUnder: string[] = []) => ({ name, translations: { ru: "", uz: "", tr: "" }, keptUnder });
    expect(errors({ ...moserra(), dataCategories: [row("Email"), row("email"), row(" "), row("logs", ["security-logs"])] })).toEqual({
      "dataCategories.1.name": [`"email" is listed twice`],
      "dataCategories.2.name": ["Name the category, or remove the row"],
      "dataCategories.3.keptUnder": ["No basis in the catalogue has the key security-logs"],
    });
  });

  it("sorts reminder days from the furthest to the due day itself, and allows none", () => {
    expect(portalSettingsSchema.parse({ ...moserra(), reminderDays: "1, 14 0,7" }).reminderDays).toEqual([14, 7, 1, 0]);
    expect(portalSettingsSchema.parse({ ...moserra(), reminderDays: " " }).reminderDays).toEqual([]);
  });

  it.each([
    ["7, 61", "Reminder days must be whole numbers from 0 to 60, not 61"],
    ["3, -1, 1.5", "Reminder days must be whole numbers from 0 to 60, not -1, 1.5"],
    ["3, 1, 3", "3 is listed twice"],
  ])("refuses reminder days %j", (reminderDays, message) => {
    expect(errors({ ...moserra(), reminderDays })?.reminderDays).toEqual([message]);
  });
});

describe("portalSettingsSchema: retention catalogue", () => {
  const none = { label: "", statute: "" };
  const basis = { key: "billing-records", label: "Billing records", statute: "Tax Code art. 1", translations: { ru: none, uz: none, tr: none }, defaultPeriodDays: "", anchoredTo: "" };
  const withBases = (...retentionBases: (typeof basis)[]) => ({ ...moserra(), dataCategories: [], retentionBases });

  it("stores entries with a lower-case key, and a blank period as none", () => {
    const settings = portalSettingsSchema.parse(withBases({ ...basis, key: " Billing-Records " }, { ...basis, key: "logs", defaultPeriodDays: "180" }));
    expect(settings.retentionBases).toEqual([
      { key: "billing-records", label: "Billing records", statute: "Tax Code art. 1", translations: {}, defaultPeriodDays: null, anchoredTo: null },
      { key: "logs", label: "Billing records", statute: "Tax Code art. 1", translations: {}, defaultPeriodDays: 180, anchoredTo: null },
    ]);
  });

  it("stores a translation where written and a period counted from a named date", () => {
    const translations = { ...basis.translations, ru: { label: " Платёжные записи ", statute: "НК РФ ст. 1" } };
    const [stored] = portalSettingsSchema.parse(withBases({ ...basis, translations, defaultPeriodDays: "180", anchoredTo: " the user's last payment " })).retentionBases;
    expect(stored).toMatchObject({ translations: { ru: { label: "Платёжные записи", statute: "НК РФ ст. 1" } }, defaultPeriodDays: 180, anchoredTo: "the user's last payment" });
  });

  it("refuses a period counted from a date without its days, and a translated label without its statute", () => {
    const translations = { ...basis.translations, tr: { label: "Fatura kayıtları", statute: "" } };
    expect(errors(withBases({ ...basis, translations, anchoredTo: "the user's last payment" }))).toEqual({
      "retentionBases.0.translations.tr.statute": ["Give the statute in this language too, or neither"],
      "retentionBases.0.defaultPeriodDays": ["A basis counted from a date needs its period in days"],
    });
  });

  it.each([
    [{ key: "billing records" }, "retentionBases.0.key", "Use lower-case letters, digits and single hyphens, such as billing-records"],
    [{ key: "billing--records" }, "retentionBases.0.key", "Use lower-case letters, digits and single hyphens, such as billing-records"],
    [{ key: "" }, "retentionBases.0.key", "Use lower-case letters, digits and single hyphens, such as billing-records"],
    [{ label: "" }, "retentionBases.0.label", "Enter a label staff will recognise"],
    [{ statute: " " }, "retentionBases.0.statute", "Name the law or clause that allows keeping the data"],
    [{ defaultPeriodDays: "0" }, "retentionBases.0.defaultPeriodDays", "The default period must be a whole number from 1 to 36500 days, or blank where the basis sets none"],
    [{ defaultPeriodDays: "1e3" }, "retentionBases.0.defaultPeriodDays", "The default period must be a whole number from 1 to 36500 days, or blank where the basis sets none"],
  ])("refuses %j", (change, path, message) => {
    expect(errors(withBases({ ...basis, ...change }))?.[path]).toEqual([message]);
  });

  it("refuses a key used twice, on the later entry", () => {
    expect(errors(withBases(basis, { ...basis, key: "BILLING-RECORDS" }))).toEqual({ "retentionBases.1.key": ["The key billing-records is used twice"] });
  });
});

describe("portalSettingsSchema: control and text-direction characters", () => {
  const none = { label: "", statute: "" };
  const basis = { key: "billing-records", label: "Billing records", statute: "Tax Code art. 1", translations: { ru: none, uz: none, tr: none }, defaultPeriodDays: "", anchoredTo: "" };

  it.each<[string, Partial<PortalSettingsFormValues>, string]>([
    ["name", { name: "MOSERRA\u202E Ltd" }, "The name contains an invisible control or text-direction character; type it again without it"],
    ["name", { name: "MOSERRA\u0000" }, "The name contains an invisible control or text-direction character; type it again without it"],
    ["retentionBases.0.label", { retentionBases: [{ ...basis, label: "Billing\u2066 records" }] }, "The label contains an invisible control or text-direction character; type it again without it"],
    ["retentionBases.0.statute", { retentionBases: [{ ...basis, statute: "Tax Code\u200B art. 1" }] }, "The statute contains an invisible control or text-direction character; type it again without it"],
    [
      "retentionBases.0.translations.ru.label",
      { retentionBases: [{ ...basis, translations: { ...basis.translations, ru: { label: "Платежи\u202E", statute: "" } } }] },
      "The label contains an invisible control or text-direction character; type it again without it",
    ],
    [
      "calendarOverrides.0.reason",
      { calendarOverrides: [{ date: "2026-03-20", working: "false", reason: "Day\toff" }] },
      "The reason contains an invisible control or text-direction character; type it again without it",
    ],
    [
      "dataCategories.1.name",
      { dataCategories: [{ name: "email address", translations: { ru: "", uz: "", tr: "" }, keptUnder: [] }, { name: "na\u202Eme", translations: { ru: "", uz: "", tr: "" }, keptUnder: [] }] },
      "The category contains an invisible control or text-direction character; type it again without it",
    ],
  ])("refuses one in %s", (path, change, message) => {
    expect(errors({ ...moserra(), ...change })?.[path]).toEqual([message]);
  });
});
