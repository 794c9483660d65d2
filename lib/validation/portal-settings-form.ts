import { FORM_REQUEST_TYPES } from "../appeals/rights";
import { TRANSLATED_LANGUAGES, type PortalSettings, type PortalSettingsFormValues } from "./portal-settings";

/**
 * The settings form's values, to and from what is stored and what is posted.
 * Inputs are named by their react-hook-form paths, so the same names work for
 * the browser's validation and for a form posted without JavaScript.
 */

/**
 * The form's values for stored settings (a portal row with its catalogue will
 * do; other columns are left out): the inverse of the schema, so an unchanged
 * form saves no change.
 */
export function settingsFormValues(settings: PortalSettings): PortalSettingsFormValues {
  const { promises, calendarOverrides, dataCategories, dataCategoryDetails, reminderDays, retentionBases } = settings;
  const perLanguage = <T>(pick: (language: (typeof TRANSLATED_LANGUAGES)[number]) => T) => Object.fromEntries(TRANSLATED_LANGUAGES.map((l) => [l, pick(l)])) as Record<(typeof TRANSLATED_LANGUAGES)[number], T>;
  return {
    name: settings.name,
    languages: settings.languages,
    defaultLanguage: settings.defaultLanguage,
    requestTypes: settings.requestTypes,
    regime: settings.regime,
    promises: Object.fromEntries(
      FORM_REQUEST_TYPES.map((type) => {
        const p = promises[type];
        return [type, { days: p?.days.toString() ?? "", unit: p?.unit ?? "calendar", extensionDays: p?.extensionDays?.toString() ?? "", kind: p?.kind ?? "published" }];
      }),
    ),
    clockStart: settings.clockStart,
    timeZone: settings.timeZone,
    holidayCountry: settings.holidayCountry,
    calendarOverrides: calendarOverrides.map((o) => ({ date: o.date, working: String(o.working), reason: o.reason })),
    dataCategories: dataCategories.map((name) => {
      const details = dataCategoryDetails[name];
      // A category stored before categories named their bases may be kept under any: the form shows that as every box ticked.
      return { name, translations: perLanguage((l) => details?.translations[l] ?? ""), keptUnder: details?.keptUnder ?? retentionBases.map((b) => b.key) };
    }),
    reminderDays: reminderDays.join(", "),
    duplicateWindowDays: String(settings.duplicateWindowDays),
    appealWindowDays: String(settings.appealWindowDays),
    retentionBases: retentionBases.map((b) => ({
      key: b.key,
      label: b.label,
      statute: b.statute,
      translations: perLanguage((l) => ({ label: b.translations[l]?.label ?? "", statute: b.translations[l]?.statute ?? "" })),
      defaultPeriodDays: b.defaultPeriodDays?.toString() ?? "",
      anchoredTo: b.anchoredTo ?? "",
    })),
  };
}

/** The form's values from a posted form ("promises.access.days", "calendarOverrides.0.date"); an unticked checkbox group sends nothing. */
export function settingsFormValuesFrom(formData: FormData): PortalSettingsFormValues {
  const one = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : "";
  };
  const all = (name: string) => formData.getAll(name).filter((v): v is string => typeof v === "string");
  const rows = (list: string) => {
    const indices = new Set([...formData.keys()].map((k) => new RegExp(`^${list}\\.(\\d+)\\.`).exec(k)?.[1]).filter((i) => i !== undefined));
    return [...indices].map(Number).sort((a, b) => a - b).map((i) => Object.assign((field: string) => one(`${list}.${i}.${field}`), { all: (field: string) => all(`${list}.${i}.${field}`) }));
  };
  return {
    name: one("name"),
    languages: all("languages"),
    defaultLanguage: one("defaultLanguage"),
    requestTypes: all("requestTypes"),
    regime: one("regime"),
    promises: Object.fromEntries(
      FORM_REQUEST_TYPES.map((type) => [
        type,
        { days: one(`promises.${type}.days`), unit: one(`promises.${type}.unit`), extensionDays: one(`promises.${type}.extensionDays`), kind: one(`promises.${type}.kind`) },
      ]),
    ),
    clockStart: one("clockStart"),
    timeZone: one("timeZone"),
    holidayCountry: one("holidayCountry"),
    calendarOverrides: rows("calendarOverrides").map((get) => ({ date: get("date"), working: get("working"), reason: get("reason") })),
    dataCategories: rows("dataCategories").map((get) => ({
      name: get("name"),
      translations: Object.fromEntries(TRANSLATED_LANGUAGES.map((l) => [l, get(`translations.${l}`)])) as Record<(typeof TRANSLATED_LANGUAGES)[number], string>,
      keptUnder: get.all("keptUnder"),
    })),
    reminderDays: one("reminderDays"),
    duplicateWindowDays: one("duplicateWindowDays"),
    appealWindowDays: one("appealWindowDays"),
    retentionBases: rows("retentionBases").map((get) => ({
      key: get("key"),
      label: get("label"),
      statute: get("statute"),
      translations: Object.fromEntries(TRANSLATED_LANGUAGES.map((l) => [l, { label: get(`translations.${l}.label`), statute: get(`translations.${l}.statute`) }])) as Record<
        (typeof TRANSLATED_LANGUAGES)[number],
        { label: string; statute: string }
      >,
      defaultPeriodDays: get("defaultPeriodDays"),
      anchoredTo: get("anchoredTo"),
    })),
  };
}
