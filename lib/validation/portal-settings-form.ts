import { FORM_REQUEST_TYPES } from "../appeals/rights";
import type { PortalSettings, PortalSettingsFormValues } from "./portal-settings";

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
  const { promises, calendarOverrides, dataCategories, reminderDays, retentionBases } = settings;
  return {
    name: settings.name,
    languages: settings.languages,
    defaultLanguage: settings.defaultLanguage,
    requestTypes: settings.requestTypes,
    regime: settings.regime,
    promises: Object.fromEntries(
      FORM_REQUEST_TYPES.map((type) => {
        const p = promises[type];
        return [type, { days: p?.days.toString() ?? "", unit: p?.unit ?? "calendar", extensionDays: p?.extensionDays?.toString() ?? "" }];
      }),
    ),
    clockStart: settings.clockStart,
    timeZone: settings.timeZone,
    holidayCountry: settings.holidayCountry,
    calendarOverrides: calendarOverrides.map((o) => ({ date: o.date, working: String(o.working), reason: o.reason })),
    dataCategories: dataCategories.join("\n"),
    reminderDays: reminderDays.join(", "),
    duplicateWindowDays: String(settings.duplicateWindowDays),
    appealWindowDays: String(settings.appealWindowDays),
    retentionBases: retentionBases.map((b) => ({ key: b.key, label: b.label, statute: b.statute, defaultPeriodDays: b.defaultPeriodDays?.toString() ?? "" })),
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
    return [...indices].map(Number).sort((a, b) => a - b).map((i) => (field: string) => one(`${list}.${i}.${field}`));
  };
  return {
    name: one("name"),
    languages: all("languages"),
    defaultLanguage: one("defaultLanguage"),
    requestTypes: all("requestTypes"),
    regime: one("regime"),
    promises: Object.fromEntries(
      FORM_REQUEST_TYPES.map((type) => [type, { days: one(`promises.${type}.days`), unit: one(`promises.${type}.unit`), extensionDays: one(`promises.${type}.extensionDays`) }]),
    ),
    clockStart: one("clockStart"),
    timeZone: one("timeZone"),
    holidayCountry: one("holidayCountry"),
    calendarOverrides: rows("calendarOverrides").map((get) => ({ date: get("date"), working: get("working"), reason: get("reason") })),
    dataCategories: one("dataCategories"),
    reminderDays: one("reminderDays"),
    duplicateWindowDays: one("duplicateWindowDays"),
    appealWindowDays: one("appealWindowDays"),
    retentionBases: rows("retentionBases").map((get) => ({ key: get("key"), label: get("label"), statute: get("statute"), defaultPeriodDays: get("defaultPeriodDays") })),
  };
}
