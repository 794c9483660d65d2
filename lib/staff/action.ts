import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import type { Db, Reader } from "../../db/client";
import type { Role } from "../../db/schema";
import type { Language } from "../i18n/languages";
import { actionForm } from "../http/action-form";
import { crossOriginRefused, fromOwnOrigin } from "../security/same-origin";
import { asDomainError, DomainErrors, isStaffErrorCode, staffErrorText, type StaffErrorCode } from "./errors";
import { atLeast } from "./roles";
import type { StaffContext } from "./staff-context";

/**
 * The staff-action kernel: every staff server action and staff route handler
 * goes through it, so each one checks the same things in the same order:
 *
 * 1. the session (the signed-in member, with a live session row), else the sign-in page;
 * 2. the target's portal (`portalOf`), else 404: another portal's target is
 *    not even revealed to exist;
 * 3. the role on that portal: below `role` it is refused with `forbidden`
 *    (or a 404, `below: "not-found"`, where the portal itself is not to be revealed);
 * 4. the input, parsed by a zod schema from lib/validation/;
 * 5. the use case, whose refusals are DomainErrors (lib/staff/errors.ts).
 *
 * A refusal never renders an error page: a form gets `{ fieldErrors, formError }`
 * in the catalogue's words, a redirecting action a `?error=<code>` (a code,
 * never a sentence), a route the response its `refused` gives.
 *
 * In a "use server" module (keep each export a plain `async function`, whose
 * parameters say whether it is a form action or a useActionState action):
 *
 *   const start = staffFormAction(
 *     { role: "agent", schema: caseActionSchema, portalOf: requestFromForm },
 *     async ({ target, staff, db, now }) => { await startWork(db, { request: target, by: staff.user.id, now }); kickMailWorker(); return "started"; },
 *     { back: (request) => `/staff/requests/${request.id}` },
 *   );
 *   export async function startAction(formData: FormData) { await start(formData); }
 *
 *   const save = staffAction({ role: "admin", below: "not-found", schema, portalOf: portalFromForm }, async (ctx) => …);
 *   export async function saveAction(prev: State, posted?: FormData): Promise<State> { return save(prev, posted); }
 *
 * A route: `export const POST = staffRoute({ role: "agent", portalOf: requestFromParams, refused }, async (ctx) => response);`
 */

/** What a useActionState form gets back. */
export interface ActionState<D = unknown, V = unknown> {
  /** What the use case returned, when it ran to the end. */
  done?: D;
  /** A refusal of the whole form, in the catalogue's words. */
  formError?: string;
  /** Refusals by field (the names the inputs carry), in the catalogue's or the schema's words. */
  fieldErrors?: Record<string, string[]>;
  /** After a refusal, what the form sent (as the schema's input), so the form can show it again. */
  values?: V;
}

/** One refusal: its catalogue code, the field it concerns, and its words. */
export interface Refusal {
  code: StaffErrorCode;
  field?: string;
  text: string;
}

/** What the use case is given. */
export interface ActionContext<I, T> {
  staff: StaffContext;
  /** The parsed input. */
  input: I;
  /** What `portalOf` found (undefined without one). */
  target: T;
  /** The member's role on the target's portal (undefined without `portalOf`). */
  role: Role | undefined;
  db: Db;
  /** The time of this action, from lib/clock.ts. */
  now: Date;
}

/** A target of an action: anything that names its portal. */
export interface Target {
  portalId: number;
}

export interface StaffActionSpec<S extends z.ZodType, T extends Target | undefined, V = Record<string, string>> {
  /** The role needed on the target's portal; without `portalOf`, on at least one of the member's portals. */
  role?: Role;
  /** Parses the input (the form's string fields, or what `input` takes from the form). */
  schema: S;
  /** The schema's input, from the form; by default every string field, by name. */
  input?: (form: FormData) => V;
  /** The target and its portal, from the raw form (before the input is parsed, so nobody learns about input they may not send); undefined is a 404. */
  portalOf?: (form: FormData, db: Reader) => Promise<T | undefined>;
  /** Below `role`: refuse (the default), or answer 404 like a stranger. */
  below?: "refuse" | "not-found";
  /** The code a role below `role` is refused with: `forbidden` unless the page has its own (manual intake's `intake_needs_agent`). */
  refuseWith?: StaffErrorCode;
}

/** What the kernel needs from outside; tests pass their own. */
export interface KernelDeps {
  loadStaff(): Promise<StaffContext | undefined>;
  db(): Db;
  now(): Date;
  /** The language the member reads refusals in (lib/staff/language.ts). */
  language(staff: StaffContext): Promise<Language>;
}

/** The kernel cannot serve this member at all: off to the sign-in page, or a 404. */
export class StaffAccessDenied extends Error {
  constructor(readonly to: "sign-in" | "not-found") {
    super(to === "sign-in" ? "not signed in" : "not found");
    this.name = "StaffAccessDenied";
  }
}

export type Outcome<D, T, V = unknown> = { ok: true; done: D; target: T; values: V } | { ok: false; refusals: Refusal[]; target: T; values: V };

/** The real session, database and clock, loaded on first use (so the kernel's tests load neither Next's auth nor a database). */
const defaultDeps: KernelDeps = {
  loadStaff: async () => (await import("./session")).currentStaff(),
  db: () => {
    throw new Error("replaced on first use");
  },
  now: () => {
    throw new Error("replaced on first use");
  },
  language: async (staff) => (await import("./language")).languageOf(staff),
};

async function resolveDeps(deps: Partial<KernelDeps>): Promise<KernelDeps> {
  if (deps.db && deps.now && deps.loadStaff && deps.language) return deps as KernelDeps;
  const [{ getDb }, { now }] = await Promise.all([import("../../db/client"), import("../clock")]);
  return { ...defaultDeps, db: getDb, now, ...deps };
}

/** The form's string fields by name (a repeated name keeps its first value); files are left out. */
export function formFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of form) if (typeof value === "string" && !Object.hasOwn(fields, name)) fields[name] = value;
  return fields;
}

/** The kernel's steps, with no Next in them: access problems throw StaffAccessDenied, refusals come back as an Outcome. */
export async function runStaffAction<S extends z.ZodType, T extends Target | undefined, D, V = Record<string, string>>(
  spec: StaffActionSpec<S, T, V>,
  fn: (ctx: ActionContext<z.output<S>, T>) => Promise<D>,
  form: FormData,
  deps: Partial<KernelDeps> = {},
): Promise<Outcome<D, T, V>> {
  const resolved = await resolveDeps(deps);
  const { db: getDb, now } = resolved;
  const { staff, refusal } = await signedIn(resolved);
  const db = getDb();
  const values = spec.input ? spec.input(form) : (formFields(form) as V);

  let target = undefined as T;
  let role: Role | undefined;
  if (spec.portalOf) {
    const found = await spec.portalOf(form, db);
    role = found && staff.roleOn(found.portalId);
    if (!found || !role) throw new StaffAccessDenied("not-found");
    target = found;
    if (spec.role && !atLeast(role, spec.role)) {
      if (spec.below === "not-found") throw new StaffAccessDenied("not-found");
      return { ok: false, refusals: [refusal(spec.refuseWith ?? "forbidden")], target, values };
    }
  } else if (spec.role) {
    const needed = spec.role;
    if (!staff.memberships.some((m) => atLeast(m.role, needed))) {
      if (spec.below === "not-found") throw new StaffAccessDenied("not-found");
      return { ok: false, refusals: [refusal(spec.refuseWith ?? "forbidden")], target, values };
    }
  }

  const parsed = spec.schema.safeParse(values);
  if (!parsed.success) return { ok: false, refusals: parsed.error.issues.map((issue) => issueRefusal(issue, refusal)), target, values };

  try {
    const done = await fn({ staff, input: parsed.data, target, role, db, now: now() });
    return { ok: true, done, target, values };
  } catch (e) {
    if (e instanceof DomainErrors) return { ok: false, refusals: e.errors.map((r) => refusal(r.code, r.field, r.params)), target, values };
    const refused = asDomainError(e);
    if (!refused) throw e;
    return { ok: false, refusals: [refusal(refused.code, refused.field, refused.params)], target, values };
  }
}

type Refuse = (code: StaffErrorCode, field?: string, params?: Record<string, unknown>) => Refusal;

/** The signed-in member (else the sign-in page), and their refusals in their language. */
async function signedIn(deps: KernelDeps): Promise<{ staff: StaffContext; refusal: Refuse }> {
  const staff = await deps.loadStaff();
  if (!staff) throw new StaffAccessDenied("sign-in");
  const language = await deps.language(staff);
  return { staff, refusal: (code, field, params) => ({ code, field, text: staffErrorText(code, params, language) }) };
}

/**
 * A schema's issue: its message is a catalogue code (worded by the catalogue)
 * or, for schemas shared with a client form, the words themselves (then its code is `invalid_input`).
 */
function issueRefusal(issue: z.core.$ZodIssue, refusal: Refuse): Refusal {
  const field = issue.path.length > 0 ? issue.path.map(String).join(".") : undefined;
  if (isStaffErrorCode(issue.message)) return refusal(issue.message, field);
  return { code: "invalid_input", field, text: issue.message };
}

/** The form's state after a refusal: field errors by field, anything else as the form's error. */
export function refusalState<D, V>(refusals: Refusal[], values: V): ActionState<D, V> {
  const fieldErrors: Record<string, string[]> = {};
  const formErrors: string[] = [];
  for (const r of refusals) {
    const list = r.field ? (fieldErrors[r.field] ??= []) : formErrors;
    if (!list.includes(r.text)) list.push(r.text);
  }
  return {
    values,
    ...(Object.keys(fieldErrors).length > 0 ? { fieldErrors } : {}),
    ...(formErrors.length > 0 ? { formError: formErrors.join(" ") } : {}),
  };
}

function answerAccess(e: unknown): never {
  if (e instanceof StaffAccessDenied) {
    if (e.to === "sign-in") redirect("/staff/sign-in");
    notFound();
  }
  throw e;
}

/**
 * A staff action for a useActionState form: `(state, form) => state`. Without
 * JavaScript, or when a crafted post sends the form alone, it answers the same.
 */
export function staffAction<S extends z.ZodType, T extends Target | undefined, D, V = Record<string, string>>(
  spec: StaffActionSpec<S, T, V>,
  fn: (ctx: ActionContext<z.output<S>, T>) => Promise<D>,
  deps: Partial<KernelDeps> = {},
): (prev: unknown, posted?: FormData) => Promise<ActionState<D, V>> {
  return async (prev, posted) => {
    const outcome = await runStaffAction(spec, fn, actionForm(prev, posted), deps).catch(answerAccess);
    return outcome.ok ? { done: outcome.done } : refusalState<D, V>(outcome.refusals, outcome.values);
  };
}

/**
 * A staff action for a plain form that goes back to a page: to `back` (a path
 * with its own query, built from the target), with `?error=<code>` for each
 * refusal, or with the query `done` gives (by default `?done=<what fn returned>`).
 * The page words the codes (StaffAlerts) and the outcome.
 */
export function staffFormAction<S extends z.ZodType, T extends Target | undefined, D, V = Record<string, string>>(
  spec: StaffActionSpec<S, T, V>,
  fn: (ctx: ActionContext<z.output<S>, T>) => Promise<D>,
  options: { back: (target: T, form: FormData) => string; done?: (done: D) => Record<string, string> },
  deps: Partial<KernelDeps> = {},
): (form: FormData) => Promise<never> {
  return async (form) => {
    const outcome = await runStaffAction(spec, fn, form, deps).catch(answerAccess);
    redirect(outcomeUrl(options.back(outcome.target, form), outcome, options.done));
  };
}

/** `back` with the outcome in its query: only codes and the page's own outcome keys, never words. */
export function outcomeUrl<D>(back: string, outcome: { ok: boolean; done?: D; refusals?: Refusal[] }, done?: (done: D) => Record<string, string>): string {
  const [path, query = ""] = back.split("?", 2) as [string, string?];
  const params = new URLSearchParams(query);
  params.delete("error");
  params.delete("done");
  if (outcome.ok) {
    const said = done ? done(outcome.done as D) : typeof outcome.done === "string" ? { done: outcome.done } : {};
    for (const [key, value] of Object.entries(said)) params.set(key, value);
  } else {
    for (const code of new Set(outcome.refusals!.map((r) => r.code))) params.append("error", code);
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/** What a staff route handler is given. */
export interface RouteContext<P, T> {
  staff: StaffContext;
  request: Request;
  params: P;
  target: T;
  role: Role | undefined;
  db: Db;
  now: Date;
}

export interface StaffRouteSpec<P, T extends Target | undefined> {
  role?: Role;
  /** The target and its portal, from the request and its route params; undefined is a 404. */
  portalOf?: (request: Request, params: P, db: Reader) => Promise<T | undefined>;
  below?: "refuse" | "not-found";
  refuseWith?: StaffErrorCode;
  /** The answer to a refusal (the role's, or a DomainError of `fn`); by default 403 with the catalogue's words. */
  refused?: (refusals: Refusal[], ctx: { request: Request; params: P; target: T | undefined }) => Response | Promise<Response>;
}

/**
 * A staff route handler with the kernel's checks: a POST (or any other
 * method but GET and HEAD) only from the app's own pages, then session,
 * portal and role as for actions; `fn` answers.
 */
export function staffRoute<P, T extends Target | undefined>(
  spec: StaffRouteSpec<P, T>,
  fn: (ctx: RouteContext<P, T>) => Promise<Response>,
  deps: Partial<KernelDeps> = {},
): (request: Request, context: { params: Promise<P> }) => Promise<Response> {
  return async (request, context) => {
    try {
      return await runStaffRoute(spec, fn, request, await context.params, deps);
    } catch (e) {
      return answerAccess(e);
    }
  };
}

/** staffRoute's steps, with no Next in them (StaffAccessDenied for the sign-in page or a 404). */
export async function runStaffRoute<P, T extends Target | undefined>(
  spec: StaffRouteSpec<P, T>,
  fn: (ctx: RouteContext<P, T>) => Promise<Response>,
  request: Request,
  params: P,
  deps: Partial<KernelDeps> = {},
): Promise<Response> {
  if (request.method !== "GET" && request.method !== "HEAD" && !fromOwnOrigin(request.headers)) return crossOriginRefused();
  const resolved = await resolveDeps(deps);
  const { db: getDb, now } = resolved;
  const { staff, refusal } = await signedIn(resolved);
  const db = getDb();
  const refused = spec.refused ?? defaultRefused;
  let target = undefined as T;
  let role: Role | undefined;
  if (spec.portalOf) {
    const found = await spec.portalOf(request, params, db);
    role = found && staff.roleOn(found.portalId);
    if (!found || !role) throw new StaffAccessDenied("not-found");
    target = found;
  }
  const needed = spec.role;
  const allowed = !needed || (spec.portalOf ? atLeast(role, needed) : staff.memberships.some((m) => atLeast(m.role, needed)));
  if (!allowed) {
    if (spec.below === "not-found") throw new StaffAccessDenied("not-found");
    return refused([refusal(spec.refuseWith ?? "forbidden")], { request, params, target });
  }
  try {
    return await fn({ staff, request, params, target, role, db, now: now() });
  } catch (e) {
    const domain = asDomainError(e);
    if (!domain) throw e;
    return refused([refusal(domain.code, domain.field, domain.params)], { request, params, target });
  }
}

function defaultRefused(refusals: Refusal[]): Response {
  return new Response(refusals.map((r) => r.text).join("\n"), { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
}
