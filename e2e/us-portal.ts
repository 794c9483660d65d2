import { testVirginiaPortal } from "../db/seed-data/test-virginia";
import { withDb } from "./fixtures";

/**
 * Adds the Virginia test portal (not one of the five demo portals) to the
 * server's database, once; the server reads portals per request, so it is
 * served at /p/blue-ridge straight away.
 */
export function ensureVirginiaPortal(): typeof testVirginiaPortal {
  const p = testVirginiaPortal;
  withDb((db) =>
    db
      .prepare(
        `insert or ignore into portals (slug, name, reference_prefix, policy_url, contact_email, languages, default_language, request_types, regime, promises, clock_start, time_zone, holiday_country, data_categories)
         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        p.slug,
        p.name,
        p.referencePrefix,
        p.policyUrl,
        p.contactEmail,
        JSON.stringify(p.languages),
        p.defaultLanguage,
        JSON.stringify(p.requestTypes),
        p.regime,
        JSON.stringify(p.promises),
        p.clockStart,
        p.timeZone,
        p.holidayCountry,
        JSON.stringify(p.dataCategories),
      ),
  );
  return p;
}

/** The local calendar date of an instant in `timeZone`, as YYYY-MM-DD. */
export function localDateIn(at: number, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(at));
}

/**
 * The local date in `timeZone` on which `act` happened, read from the test's own clock before and after it, not
 * from what the server stored (a wrong stored time must not move the expected date with it). For deadlines that
 * count from an instant the server stamps with its real clock (a confirmation, an appeal lodged today), which no
 * test can fix to a literal date. Throws if midnight passed in `timeZone` while `act` ran: run the test again.
 */
export async function localDateOf<T>(timeZone: string, act: () => Promise<T>): Promise<{ date: string; result: T }> {
  const before = localDateIn(Date.now(), timeZone);
  const result = await act();
  const after = localDateIn(Date.now(), timeZone);
  if (before !== after) throw new Error(`midnight passed in ${timeZone} during the step (${before} → ${after}): the expected date is ambiguous, run the test again`);
  return { date: before, result };
}

/** Calendar arithmetic by hand (UTC date parts), never the deadline engine: YYYY-MM-DD plus `days`. */
export function plusDays(date: string, days: number): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}
