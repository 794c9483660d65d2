import { describeSkipped, type SkippedRun, type WorkingCalendar } from "./calendar";
import { addDays, addMonths, formatDate, formatRange, type IsoDate } from "./dates";
import { regionCode } from "./holidays";
import { addPausedDays, isPausedOn, mergePauses } from "./pauses";
import type { DeadlineInput, Pause, Period, RefusalRule, Rule } from "./types";
import { describePeriod, ordinal } from "./words";
import { localDate, localTime } from "./zone";

export interface TimingContext {
  input: DeadlineInput;
  calendar: WorkingCalendar;
  /** The regime's reason why waiting does not stop its clock. */
  noPause: string;
}

/** When one rule (a statute's or a promise's) makes a request due, and the steps that show why. */
export interface RuleTiming {
  rule: Rule;
  base: IsoDate;
  /** null where the rule allows no extension. */
  extended: IsoDate | null;
  acknowledgeBy: IsoDate | null;
  baseSteps: string[];
  extensionSteps: string[];
  acknowledgeSteps: string[];
}

export function timeRule(rule: Rule, ctx: TimingContext): RuleTiming {
  const { date: start, steps: startSteps } = clockStart(rule, ctx.input);
  const pauses = mergePauses(ctx.input.pauses ?? []);
  const baseSteps = [...startSteps];
  if (rule.note) baseSteps.push(`${rule.source}: ${rule.note}`);
  if (pauses.length > 0 && !rule.pausable) {
    baseSteps.push(`waiting for the requester (${pauses.map((p) => formatRange(p.from, p.to)).join(", ")}) does not stop the clock: ${ctx.noPause}`);
  }
  if (pauses.length > 0 && rule.pausable && rule.pauseRule) baseSteps.push(`${rule.source}: ${rule.pauseRule}`);
  const usedPauses = rule.pausable ? pauses : [];
  const base = reach(rule, start, rule.period, `${rule.source}: ${describePeriod(rule.period)}`, usedPauses, ctx.calendar);
  baseSteps.push(...base.steps);

  let extended: { date: IsoDate; steps: string[] } | null = null;
  if (rule.extension) {
    const total: Period = { count: rule.period.count + rule.extension.period.count, unit: rule.period.unit };
    const label = `${rule.extension.source}: extended by ${describePeriod(rule.extension.period)}, ${describePeriod(total)} in all`;
    extended = reach(rule, start, total, label, usedPauses, ctx.calendar);
  }

  let acknowledge: { date: IsoDate; steps: string[] } | null = null;
  if (rule.acknowledge) {
    const received = localDate(ctx.input.receivedAt, ctx.input.timeZone);
    const r = ctx.calendar.addWorkingDays(received, rule.acknowledge.period.count);
    acknowledge = {
      date: r.date,
      steps: [
        `${rule.acknowledge.source}: confirm receipt within ${describePeriod(rule.acknowledge.period)}, counted from the day after ${formatDate(received)} → by ${formatDate(r.date)}${passing(r.skipped)}`,
      ],
    };
  }

  return {
    rule,
    base: base.date,
    extended: extended?.date ?? null,
    acknowledgeBy: acknowledge?.date ?? null,
    baseSteps,
    extensionSteps: extended?.steps ?? [],
    acknowledgeSteps: acknowledge?.steps ?? [],
  };
}

/** The local date the clock starts on, with a step when it is not simply the day of receipt. */
function clockStart(rule: Rule, input: DeadlineInput): { date: IsoDate; steps: string[] } {
  const received = localDate(input.receivedAt, input.timeZone);
  const later = [
    { what: "identity evidence", at: input.identityVerifiedAt },
    { what: "the fee", at: input.feePaidAt },
  ].filter((e): e is { what: string; at: Date } => e.at !== undefined);
  if (rule.clockStart === "submission") return fromSubmission(rule, input, later);
  if (later.length === 0) return { date: received, steps: [] };
  if (rule.clockStart === "receipt") {
    return { date: received, steps: [`${rule.source}: the clock runs from receipt; ${later.map((e) => e.what).join(" and ")} received later do not move it`] };
  }
  const steps = later.map((e) => `${e.what} received ${describeInstant(e.at, input.timeZone)}`);
  const latest = later.reduce((a, b) => (b.at > a.at ? b : a));
  const date = latest.at > input.receivedAt ? localDate(latest.at, input.timeZone) : received;
  steps.push(`${rule.source}: the clock starts at the latest of receipt, identity evidence and fee → ${formatDate(date)}`);
  return { date, steps };
}

/** A statute that runs from the request's submission wins over a portal that starts its clock on verification. */
function fromSubmission(rule: Rule, input: DeadlineInput, later: { what: string }[]): { date: IsoDate; steps: string[] } {
  const submittedAt = input.submittedAt ?? input.receivedAt;
  const date = localDate(submittedAt, input.timeZone);
  const steps: string[] = [];
  if (submittedAt < input.receivedAt) {
    steps.push(`submitted ${describeInstant(submittedAt, input.timeZone)}`);
    steps.push(`${rule.source}: the period runs from the submission of the request, not from the portal's later clock start → from ${formatDate(date)}`);
  }
  if (later.length > 0) steps.push(`${rule.source}: ${later.map((e) => e.what).join(" and ")} received later do not move the start`);
  return { date, steps };
}

/** When a refusal must be sent in writing, where the law gives it a period of its own; counted from receipt, never rolled. */
export function timeRefusal(refusal: RefusalRule, ctx: TimingContext): { date: IsoDate; steps: string[] } {
  const received = localDate(ctx.input.receivedAt, ctx.input.timeZone);
  const rule: Rule = { ...refusal, rollToWorkingDay: false, pausable: false, clockStart: "receipt" };
  const label = `${refusal.source}: a refusal must be given in writing, with its reasons, within ${describePeriod(refusal.period)}`;
  return reach(rule, received, refusal.period, label, [], ctx.calendar);
}

function reach(rule: Rule, start: IsoDate, period: Period, label: string, pauses: Pause[], calendar: WorkingCalendar) {
  const steps: string[] = [];
  if (period.unit === "working-days" || period.unit === "business-days") {
    const r = calendar.addWorkingDays(start, period.count, (d) => isPausedOn(pauses, d));
    const waited = r.paused > 0 ? `, not counting ${describePeriod({ count: r.paused, unit: period.unit })} spent waiting for the requester` : "";
    steps.push(`${label} of the ${regionCode(calendar.region)} calendar, counted from the day after ${formatDate(start)} → ${formatDate(r.date)}${passing(r.skipped)}${waited}`);
    return { date: r.date, steps };
  }

  let date: IsoDate;
  if (period.unit === "months") {
    const r = addMonths(start, period.count);
    date = r.date;
    const fallback = r.clamped ? `, the month has no ${ordinal(Number(start.slice(8)))}, so its last day` : "";
    steps.push(`${label} from ${formatDate(start)}, the start day not counted → ${formatDate(date)}${fallback}`);
  } else if (period.count === 0) {
    date = start;
    steps.push(`${rule.source}: due on the day of the request → ${formatDate(date)}`);
  } else {
    date = addDays(start, period.count);
    steps.push(`${label} from ${formatDate(start)}, the start day not counted → ${formatDate(date)}`);
  }

  const paused = addPausedDays(date, start, pauses);
  date = paused.date;
  steps.push(...paused.steps);

  if (rule.rollToWorkingDay) {
    const r = calendar.onOrAfter(date);
    if (r.date !== date) {
      const reason = calendar.status(date).reason;
      const what = reason === "Saturday" || reason === "Sunday" ? `a ${reason}` : `not a working day (${reason})`;
      const others = r.skipped.flatMap((run) => run.reasons).filter((x) => x !== "weekend" && x !== reason);
      const more = others.length > 0 ? `, and neither are the days after it: ${describeSkipped(r.skipped)}` : "";
      steps.push(`${formatDate(date)} is ${what}${more} → next working day ${formatDate(r.date)}`);
      date = r.date;
    }
  }
  return { date, steps };
}

function passing(skipped: readonly SkippedRun[]): string {
  return skipped.length > 0 ? `, passing over ${describeSkipped(skipped, { countWeekends: true })}` : "";
}

/** "Sat 31 Jan 2026 at 23:30 Europe/Berlin (22:30 UTC)" */
export function describeInstant(at: Date, timeZone: string): string {
  const utc = at.toISOString();
  const utcDay = utc.slice(0, 10) === localDate(at, timeZone) ? "" : ` ${formatDate(utc.slice(0, 10))}`;
  return `${formatDate(localDate(at, timeZone))} at ${localTime(at, timeZone)} ${timeZone} (${utc.slice(11, 16)} UTC${utcDay})`;
}
