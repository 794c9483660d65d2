import { WorkingCalendar } from "./calendar";
import { formatDate, type IsoDate } from "./dates";
import { DeadlineInputError } from "./errors";
import { regionCode } from "./holidays";
import { promiseRule, REGIMES } from "./regimes";
import { describeInstant, timeRefusal, timeRule, type RuleTiming } from "./rule-timing";
import type { DeadlineInput, DeadlineResult, Rule } from "./types";
import { validateInput } from "./validate";
import { endOfDay } from "./zone";

/**
 * When a request is due, and why. Where both a statute and the operator's
 * promise time the request, the earlier date applies: a promise cannot loosen
 * the law, and a stricter law overrides a looser promise.
 */
export function computeDeadline(input: DeadlineInput): DeadlineResult {
  const region = validateInput(input);
  const regime = REGIMES[input.regime];
  const calendar = new WorkingCalendar(region, input.overrides);
  const rules = [regime.rules[input.type], input.promise && promiseRule(input.promise)].filter((r): r is Rule => !!r);
  if (rules.length === 0) {
    throw new DeadlineInputError(
      "promise",
      `${regime.name} sets no deadline for ${input.type} requests: the portal must promise one (a number of calendar or working days)`,
    );
  }
  const timings = rules.map((rule) => timeRule(rule, { input, calendar, noPause: regime.noPause }));

  const base = earliest(timings, (t) => t.base);
  const longest = earliest(timings, (t) => t.extended ?? t.base);
  const extensible = longest.date > base.date;
  if (input.extended && !extensible) {
    const why = base.timing.rule.extension ? "the earlier deadline cannot be extended" : `${base.timing.rule.source} allows no extension`;
    throw new DeadlineInputError("extended", `${input.type} requests under ${regime.name} cannot be extended: ${why}`);
  }
  const due = input.extended ? longest : base;

  const steps = [`received ${describeInstant(input.receivedAt, input.timeZone)}`];
  for (const t of timings) steps.push(...t.baseSteps);
  if (timings.length > 1) steps.push(compare(timings, (t) => t.base, base.date));
  if (extensible && input.extended) {
    steps.push(`the requester had to be told of the extension, with its reasons, by ${formatDate(base.date)}`);
    for (const t of timings) steps.push(...t.extensionSteps);
    if (timings.length > 1) steps.push(compare(timings, (t) => t.extended ?? t.base, longest.date));
  } else if (extensible) {
    const rule = longest.timing.rule;
    steps.push(`${rule.extension!.source} allows an extension to ${formatDate(longest.date)} if the requester is told, with reasons, by ${formatDate(base.date)}`);
  }
  for (const t of timings) steps.push(...t.acknowledgeSteps);
  const refusalRule = regime.refusals?.[input.type];
  const refusal = refusalRule ? timeRefusal(refusalRule, { input, calendar, noPause: regime.noPause }) : null;
  if (refusal) steps.push(...refusal.steps);
  for (const source of calendar.officialSources) steps.push(`working days of the ${regionCode(region)} calendar follow ${source}`);
  for (const year of calendar.provisionalYears) {
    steps.push(
      `provisional: no official ${region.country} calendar for ${year} is shipped, so its working days come from the holiday library and may move when the government publishes that year's transfers`,
    );
  }
  const dueAt = endOfDay(due.date, input.timeZone);
  steps.push(`${due.timing.rule.source}: due at the end of ${formatDate(due.date)}: 23:59:59.999 ${input.timeZone} (${dueAt.toISOString()})`);

  return {
    dueAt,
    dueDate: due.date,
    extensionNoticeBy: extensible ? base.date : null,
    acknowledgeBy: timings.find((t) => t.acknowledgeBy)?.acknowledgeBy ?? null,
    refusalBy: refusal?.date ?? null,
    provisional: calendar.provisionalYears.size > 0,
    steps,
  };
}

/** The timing whose date is earliest; the statute (listed first) wins a tie. */
function earliest(timings: RuleTiming[], pick: (t: RuleTiming) => IsoDate): { date: IsoDate; timing: RuleTiming } {
  const timing = timings.reduce((a, b) => (pick(b) < pick(a) ? b : a));
  return { date: pick(timing), timing };
}

function compare(timings: RuleTiming[], pick: (t: RuleTiming) => IsoDate, winner: IsoDate): string {
  const dates = timings.map((t) => `${t.rule.source}: ${formatDate(pick(t))}`).join("; ");
  return `the earlier of the two applies (${dates}) → ${formatDate(winner)}`;
}
