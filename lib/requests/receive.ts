import { withTransaction, type Db } from "../../db/client";
import type { Portal } from "../../db/schema";
import { now as clockNow } from "../clock";
import { env, type Env } from "../env";
import { checkFormStamp, formStamp } from "../form-stamp";
import { pickLanguage, type Language } from "../i18n/languages";
import { kickMailWorker } from "../mail/worker";
import { hit } from "../rate-limit";
import { parseSubmission, type FieldErrors, type FormFieldErrors } from "./parse";
import { submitRequest } from "./submit";

const HOUR = 60 * 60 * 1000;
/** Requests to one address per portal and hour, from anyone: a stranger cannot flood someone's inbox with our emails. */
export const PER_ADDRESS = { limit: 5, windowMs: HOUR };

export type SubmissionChannel = "web" | "api";

type Config = Pick<Env, "APP_URL" | "AUTH_SECRET" | "FORM_MIN_FILL_MS" | "RATE_LIMIT_PER_HOUR">;

export interface Submission<C extends SubmissionChannel> {
  channel: C;
  portal: Portal;
  /** What was posted: the form's fields, or the API's JSON object. */
  body: Record<string, unknown>;
  /** The client's rate-limit key (`clientAddress(headers)`). */
  client: string;
  acceptLanguage: string | null;
  now?: Date;
}

/**
 * What became of a submission. "submitted" is also the answer to a tripped
 * honeypot and to a flooded address, so neither is revealed: only a request
 * that was stored carries its reference.
 */
export type Received<C extends SubmissionChannel = SubmissionChannel> =
  | { outcome: "invalid"; fieldErrors: C extends "web" ? FormFieldErrors : FieldErrors }
  | { outcome: "rate-limited"; retryAfterSeconds: number }
  | { outcome: "submitted"; language: Language; reference?: string }
  | (C extends "web" ? { outcome: "too-fast"; stamp: string } : never);

export interface ReceiveDeps {
  config?: Config;
  /** Asked for a mail round once the request is stored (default: the in-process worker). */
  kick?: () => void;
}

/** Inside an intake's transaction: the client's allowance is spent, so nothing the intake wrote may stay. */
class AllowanceSpent extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super("the client's allowance is spent");
  }
}

/**
 * The per-client allowance of a channel's submissions (the API's requests and
 * appeals alike): counts one, or says how long to wait once it is spent.
 */
export async function spendClientAllowance(
  db: Db,
  { channel, client, now }: { channel: SubmissionChannel; client: string; now: Date },
  config: Pick<Env, "RATE_LIMIT_PER_HOUR"> = env(),
): Promise<{ ok: true } | { ok: false; retryAfterSeconds: number }> {
  const limited = await hit(db, `submit:${channel}:${client}`, { limit: config.RATE_LIMIT_PER_HOUR, windowMs: HOUR }, now);
  return limited.ok ? { ok: true } : { ok: false, retryAfterSeconds: limited.retryAfterSeconds };
}

/**
 * One door for a new request, from the web form or the intake API: the
 * honeypot, validation, the form's fill-time stamp (web), the per-address
 * flood limit, the stored request with its verification email, the per-client
 * allowance (counted last, see below), and a kick to the mail worker. Limits are counted only
 * for valid submissions: a refused body stores and sends nothing, and a
 * client's mistakes do not spend the allowance of its real requests.
 */
export async function receiveSubmission<C extends SubmissionChannel>(db: Db, submission: Submission<C>, deps: ReceiveDeps = {}): Promise<Received<C>> {
  const { channel, portal, body, client, acceptLanguage } = submission;
  const config = deps.config ?? env();
  const now = submission.now ?? clockNow();
  const done = (result: Received): Received<C> => result as Received<C>;

  if (body.website) {
    const chosen = typeof body.language === "string" ? body.language : undefined;
    return done({ outcome: "submitted", language: pickLanguage(portal.languages, portal.defaultLanguage, { chosen, acceptLanguage }) });
  }
  const parsed = parseSubmission(portal, body, { form: channel === "web", acceptLanguage });
  if (!parsed.ok) return done({ outcome: "invalid", fieldErrors: parsed.fieldErrors });
  if (channel === "web" && checkFormStamp(body.stamp, now.getTime(), config.AUTH_SECRET, config.FORM_MIN_FILL_MS) !== "ok") {
    return done({ outcome: "too-fast", stamp: formStamp(now, config.AUTH_SECRET) } as Received<"web">);
  }
  const { data } = parsed;
  const spend = async () => {
    const allowance = await spendClientAllowance(db, { channel, client, now }, config);
    if (!allowance.ok) throw new AllowanceSpent(allowance.retryAfterSeconds);
  };
  // One transaction for the limits and the request (each joins it): one commit per intake, not
  // three. Every intake from one client writes that client's counter, and every intake at one
  // portal appends to its audit chain; on PostgreSQL both stay locked until the commit, so they
  // come last (submitRequest appends its event last, the counter follows), and a busy client's or
  // portal's intakes queue for those few statements, not for the whole intake. A spent allowance
  // takes back everything the intake wrote; a flooded address still commits its counts.
  let received: Received;
  try {
    received = await withTransaction(db, async (): Promise<Received> => {
      if (!(await hit(db, `submit-email:${portal.id}:${data.email}`, PER_ADDRESS, now)).ok) {
        await spend();
        return { outcome: "submitted", language: data.language };
      }
      const { reference } = await submitRequest(db, { portal, input: data, channel, now, appUrl: config.APP_URL });
      await spend();
      return { outcome: "submitted", language: data.language, reference };
    });
  } catch (e) {
    if (!(e instanceof AllowanceSpent)) throw e;
    received = { outcome: "rate-limited", retryAfterSeconds: e.retryAfterSeconds };
  }
  if (received.outcome === "submitted" && received.reference) (deps.kick ?? kickMailWorker)();
  return done(received);
}
