/**
 * `npm run -s deadline -- --regime eu-gdpr --type access --start 2026-01-31T10:00:00+01:00 --tz Europe/Berlin --country DE`
 * prints when a request is due and why. `--start` is the portal's clock start; `--submitted-at` the
 * submission, where a statute counts from it (ZRU-547 art. 11). Exit 2 on any bad argument, naming it.
 */
import { parseArgs } from "node:util";
import {
  computeDeadline,
  DeadlineInputError,
  parseIsoDate,
  REGIME_IDS,
  REQUEST_TYPES,
  type DeadlineInput,
  type DeadlineResult,
  type OperatorPromise,
  type RegimeId,
  type RequestType,
} from "../lib/deadlines";

const USAGE = `usage: npm run -s deadline -- --regime <${REGIME_IDS.join("|")}>
         --type <${REQUEST_TYPES.join("|")}>
         --start <ISO 8601 instant with offset> --tz <IANA zone> --country <ISO 3166 code>
         [--extended] [--pause <YYYY-MM-DD>/<YYYY-MM-DD> …]
         [--custom-days N --custom-unit calendar|working [--custom-extension N]]
         [--submitted-at <instant>] [--identity-at <instant>] [--fee-at <instant>] [--json]`;

/** Engine fields → the flag a person typed. */
const FLAGS: Record<string, string> = {
  regime: "--regime",
  type: "--type",
  receivedAt: "--start",
  submittedAt: "--submitted-at",
  identityVerifiedAt: "--identity-at",
  feePaidAt: "--fee-at",
  timeZone: "--tz",
  country: "--country",
  pauses: "--pause",
  promise: "--custom-days",
  extended: "--extended",
};

class UsageError extends Error {
  constructor(flag: string, message: string) {
    super(`${flag}: ${message}`);
  }
}

const INSTANT = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

function instant(flag: string, text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const m = INSTANT.exec(text);
  const at = new Date(text);
  if (!m || !parseIsoDate(m[1]!) || !Number.isFinite(at.getTime())) {
    throw new UsageError(flag, `"${text}" is not an ISO 8601 instant with an offset, such as 2026-01-31T10:00:00+01:00`);
  }
  return at;
}

function wholeNumber(flag: string, text: string): number {
  if (!/^\d+$/.test(text)) throw new UsageError(flag, `"${text}" is not a whole number of days`);
  return Number(text);
}

function required(flag: string, value: string | undefined): string {
  if (value === undefined || value === "") throw new UsageError(flag, "is required");
  return value;
}

function promiseFrom(values: Record<string, unknown>): OperatorPromise | undefined {
  const days = values["custom-days"] as string | undefined;
  const unit = values["custom-unit"] as string | undefined;
  const extension = values["custom-extension"] as string | undefined;
  if (days === undefined) {
    if (unit !== undefined || extension !== undefined) throw new UsageError("--custom-days", "is required with --custom-unit and --custom-extension");
    return undefined;
  }
  if (unit !== "calendar" && unit !== "working") {
    throw new UsageError("--custom-unit", `must be "calendar" or "working"${unit === undefined ? "" : `, not "${unit}"`}`);
  }
  return {
    days: wholeNumber("--custom-days", days),
    unit,
    extensionDays: extension === undefined ? undefined : wholeNumber("--custom-extension", extension),
  };
}

function inputFrom(argv: string[]): { input: DeadlineInput; json: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        regime: { type: "string" },
        type: { type: "string" },
        start: { type: "string" },
        tz: { type: "string" },
        country: { type: "string" },
        extended: { type: "boolean" },
        pause: { type: "string", multiple: true },
        "custom-days": { type: "string" },
        "custom-unit": { type: "string" },
        "custom-extension": { type: "string" },
        "submitted-at": { type: "string" },
        "identity-at": { type: "string" },
        "fee-at": { type: "string" },
        json: { type: "boolean" },
      },
    });
  } catch (e) {
    throw new UsageError("arguments", (e as Error).message);
  }
  const v = parsed.values;
  const pauses = (v.pause ?? []).map((text) => {
    const [from, to, ...rest] = text.split("/");
    if (!from || !to || rest.length > 0 || !parseIsoDate(from) || !parseIsoDate(to)) {
      throw new UsageError("--pause", `"${text}" is not <YYYY-MM-DD>/<YYYY-MM-DD>`);
    }
    return { from, to };
  });
  return {
    json: v.json ?? false,
    input: {
      regime: required("--regime", v.regime) as RegimeId,
      type: required("--type", v.type) as RequestType,
      receivedAt: instant("--start", required("--start", v.start))!,
      submittedAt: instant("--submitted-at", v["submitted-at"]),
      identityVerifiedAt: instant("--identity-at", v["identity-at"]),
      feePaidAt: instant("--fee-at", v["fee-at"]),
      timeZone: required("--tz", v.tz),
      country: required("--country", v.country),
      extended: v.extended ?? false,
      pauses,
      promise: promiseFrom(v),
    },
  };
}

function render(result: DeadlineResult, timeZone: string): string {
  const lines = [`Due: ${result.dueDate} (end of day ${timeZone}: ${result.dueAt.toISOString()})`];
  if (result.extensionNoticeBy) lines.push(`Extension notice by: ${result.extensionNoticeBy}`);
  if (result.acknowledgeBy) lines.push(`Acknowledge by: ${result.acknowledgeBy}`);
  if (result.refusalBy) lines.push(`Refuse in writing by: ${result.refusalBy}`);
  if (result.provisional) lines.push("Provisional: a working-day calendar without official data was used");
  lines.push("Why:", ...result.steps.map((s, i) => `  ${i + 1}. ${s}`));
  return lines.join("\n");
}

function main(argv: string[]): number {
  try {
    const { input, json } = inputFrom(argv);
    const result = computeDeadline(input);
    const { dueAt, dueDate, extensionNoticeBy, acknowledgeBy, refusalBy, provisional, steps } = result;
    const out = json
      ? JSON.stringify({ dueAt: dueAt.toISOString(), dueDate, extensionNoticeBy, acknowledgeBy, refusalBy, provisional, steps }, null, 2)
      : render(result, input.timeZone);
    process.stdout.write(`${out}\n`);
    return 0;
  } catch (e) {
    if (e instanceof DeadlineInputError) {
      process.stderr.write(`deadline: ${FLAGS[e.field] ?? e.field}: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    if (e instanceof UsageError) {
      process.stderr.write(`deadline: ${e.message}\n${USAGE}\n`);
      return 2;
    }
    throw e;
  }
}

process.exitCode = main(process.argv.slice(2));
