import { describe, expect, it } from "vitest";
import { z } from "zod";
import type { Db } from "../../db/client";
import type { Role, User } from "../../db/schema";
import type { Language } from "../i18n/languages";
import { inviteMemberSchema } from "../validation/staff-members";
import { outcomeUrl, runStaffAction, runStaffRoute, StaffAccessDenied, staffAction, staffFormAction, type KernelDeps } from "./action";
import { DomainError, DomainErrors, ForbiddenError } from "./errors";
import type { StaffContext } from "./staff-context";

const NOW = new Date("2026-11-29T09:00:00Z");
const db = {} as Db;

/** A member with `roles` by portal id; no database, no Next: the kernel takes its session, database and clock from here. */
function deps(roles: Record<number, Role> | undefined, language: Language = "en"): Partial<KernelDeps> {
  const staff: StaffContext | undefined = roles && {
    user: { id: "u1", email: "ann@rightsdesk.test", name: "Ann" } as User,
    memberships: Object.entries(roles).map(([id, role]) => ({ portalId: Number(id), slug: `p${id}`, name: `Portal ${id}`, regime: "eu-gdpr" as const, role })),
    roleOn: (portalId) => roles[portalId],
  };
  return { loadStaff: async () => staff, db: () => db, now: () => NOW, language: async () => language };
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
};

/** A row of portal 1 or 2, looked up by the form's `id`; any other id is not found. */
const ROWS: Record<string, { id: number; portalId: number }> = { "10": { id: 10, portalId: 1 }, "20": { id: 20, portalId: 2 } };
const rowOf = async (f: FormData) => ROWS[String(f.get("id"))];
const noteSchema = z.object({ id: z.coerce.number().int(), note: z.string().trim().min(1, "note_empty").max(10, "note_too_long") });

describe("the staff-action kernel", () => {
  it("runs the use case with the member, the parsed input, the target, the role, the database and the clock's time", async () => {
    const seen: unknown[] = [];
    const outcome = await runStaffAction(
      { role: "agent", schema: noteSchema, portalOf: rowOf },
      async (ctx) => {
        seen.push(ctx);
        return "noted";
      },
      form({ id: "10", note: "  hello " }),
      deps({ 1: "admin" }),
    );
    expect(outcome).toMatchObject({ ok: true, done: "noted", target: ROWS["10"] });
    expect(seen).toEqual([expect.objectContaining({ input: { id: 10, note: "hello" }, target: ROWS["10"], role: "admin", db, now: NOW })]);
  });

  it("sends someone without a live session to sign in, before anything else", async () => {
    let looked = false;
    const run = runStaffAction({ role: "viewer", schema: noteSchema, portalOf: async () => ((looked = true), ROWS["10"]) }, async () => "x", form({}), deps(undefined));
    await expect(run).rejects.toEqual(new StaffAccessDenied("sign-in"));
    expect(looked).toBe(false);
  });

  it("answers 404 for a target that does not exist or is on a portal the member is not on, before parsing the input", async () => {
    let ran = false;
    const fn = async () => ((ran = true), "x");
    for (const id of ["999", "20", "not a number"]) {
      await expect(runStaffAction({ role: "viewer", schema: noteSchema, portalOf: rowOf }, fn, form({ id, note: "" }), deps({ 1: "admin" }))).rejects.toMatchObject({ to: "not-found" });
    }
    expect(ran).toBe(false);
  });

  it("refuses a role below the one needed with `forbidden`, or with a 404 where the portal is not to be revealed", async () => {
    let ran = false;
    const fn = async () => ((ran = true), "x");
    const refused = await runStaffAction({ role: "agent", schema: noteSchema, portalOf: rowOf }, fn, form({ id: "10", note: "" }), deps({ 1: "viewer" }));
    expect(refused).toMatchObject({ ok: false, refusals: [{ code: "forbidden", text: "Your role on this portal cannot do this." }] });
    const hidden = runStaffAction({ role: "admin", below: "not-found", schema: noteSchema, portalOf: rowOf }, fn, form({ id: "10", note: "x" }), deps({ 1: "agent" }));
    await expect(hidden).rejects.toMatchObject({ to: "not-found" });
    expect(ran).toBe(false);
  });

  it("words each refusal in the member's language: the role's, the schema's and the use case's", async () => {
    const role = await runStaffAction({ role: "agent", schema: noteSchema, portalOf: rowOf }, async () => "x", form({ id: "10", note: "" }), deps({ 1: "viewer" }, "ru"));
    expect(role).toMatchObject({ ok: false, refusals: [{ code: "forbidden", text: "Ваша роль на этом портале не позволяет это сделать." }] });
    const input = await runStaffAction({ role: "agent", schema: noteSchema, portalOf: rowOf }, async () => "x", form({ id: "10", note: "" }), deps({ 1: "agent" }, "tr"));
    expect(input).toMatchObject({ ok: false, refusals: [{ code: "note_empty", field: "note", text: "Not boş olamaz." }] });
    const params = { email: "ali@example.test", portal: "Deepen" };
    const domain = await runStaffAction({ role: "agent", schema: z.object({}) }, async () => {
      throw new DomainError("member_already", { field: "email", params });
    }, form({}), deps({ 1: "agent" }, "uz"));
    expect(domain).toMatchObject({ ok: false, refusals: [{ code: "member_already", field: "email", text: "ali@example.test allaqachon «Deepen» portalining xodimi: uning rolini roʻyxatda oʻzgartiring." }] });
  });

  it("words the invitation form's refusals in the admin's language, each on its field", async () => {
    const outcome = await runStaffAction({ role: "admin", schema: inviteMemberSchema, portalOf: rowOf }, async () => "x", form({ id: "10", email: "not an address", role: "owner" }), deps({ 1: "admin" }, "ru"));
    expect(outcome).toMatchObject({
      ok: false,
      refusals: [
        { code: "member_email_invalid", field: "email", text: "Введите адрес электронной почты, например name@example.com." },
        { code: "member_role_required", field: "role", text: "Выберите роль: наблюдатель, исполнитель или администратор." },
      ],
    });
  });

  it("without a target, needs the role on one of the member's portals", async () => {
    const fn = async () => "x";
    const schema = z.object({});
    expect(await runStaffAction({ role: "admin", schema }, fn, form({}), deps({ 1: "agent", 2: "admin" }))).toMatchObject({ ok: true });
    expect(await runStaffAction({ role: "admin", schema }, fn, form({}), deps({ 1: "agent" }))).toMatchObject({ ok: false, refusals: [{ code: "forbidden" }] });
  });

  it("turns schema issues into refusals by field: a catalogue code in the catalogue's words, a schema's own words as they are", async () => {
    const schema = noteSchema.extend({ email: z.email("Enter an email address such as name@example.com") });
    const outcome = await runStaffAction({ role: "agent", schema, portalOf: rowOf }, async () => "x", form({ id: "10", note: "far too long a note", email: "nope" }), deps({ 1: "agent" }));
    expect(outcome).toMatchObject({
      ok: false,
      refusals: [
        { code: "note_too_long", field: "note", text: "A note can be at most 10,000 characters." },
        { code: "invalid_input", field: "email", text: "Enter an email address such as name@example.com" },
      ],
      values: { id: "10", note: "far too long a note", email: "nope" },
    });
  });

  it("turns the use case's DomainError (and the older coded errors) into a refusal, and lets any other error through", async () => {
    const run = (error: Error) => runStaffAction({ role: "agent", schema: noteSchema, portalOf: rowOf }, async () => Promise.reject(error), form({ id: "10", note: "x" }), deps({ 1: "agent" }));
    expect(await run(new DomainError("last_admin"))).toMatchObject({ ok: false, refusals: [{ code: "last_admin", field: undefined }] });
    expect(await run(new DomainError("member_already", { field: "email", params: { email: "bo@x.test", portal: "MOSERRA" } }))).toMatchObject({
      refusals: [{ code: "member_already", field: "email", text: "bo@x.test is already a member of MOSERRA: change their role in the list instead." }],
    });
    expect(await run(new ForbiddenError("viewer", "agent"))).toMatchObject({ refusals: [{ code: "forbidden" }] });
    expect(await run(Object.assign(new Error("a request that is closed cannot be extended"), { code: "transition_not_allowed" }))).toMatchObject({ refusals: [{ code: "transition_not_allowed" }] });
    const driver = Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" });
    await expect(run(driver)).rejects.toBe(driver);
  });

  it("gives every refusal of a DomainErrors on its own field, the identity details KVKK and 152-FZ require worded for staff", async () => {
    const errors = new DomainErrors([new DomainError("request.tcIdentityNumberRequired", { field: "tcIdentityNumber" }), new DomainError("request.noticeAddressRequired", { field: "noticeAddress" })]);
    const run = (language: Language) => runStaffAction({ role: "agent", schema: noteSchema, portalOf: rowOf }, async () => Promise.reject(errors), form({ id: "10", note: "x" }), deps({ 1: "agent" }, language));
    expect(await run("en")).toMatchObject({
      ok: false,
      refusals: [
        { code: "request.tcIdentityNumberRequired", field: "tcIdentityNumber", text: "Enter the requester's T.C. identity number." },
        { code: "request.noticeAddressRequired", field: "noticeAddress", text: "Enter the requester's address for notices." },
      ],
    });
    expect(await run("tr")).toMatchObject({ refusals: [{ text: "İlgili kişinin T.C. kimlik numarasını girin." }, { text: "İlgili kişinin tebligata esas adresini girin." }] });
  });
});

/** What Next's redirect() and notFound() threw: their digest. */
async function digestOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return String((e as { digest?: string }).digest);
  }
  throw new Error("expected a throw");
}

describe("the kernel's adapters", () => {
  it("staffAction answers a useActionState form with field errors, the form's error and the values sent, or what was done", async () => {
    const action = staffAction({ role: "agent", schema: noteSchema, portalOf: rowOf }, async ({ input }) => `noted ${input.note}`, deps({ 1: "agent", 2: "viewer" }));
    expect(await action({}, form({ id: "10", note: "hi" }))).toEqual({ done: "noted hi" });
    expect(await action({}, form({ id: "10", note: "" }))).toEqual({ fieldErrors: { note: ["A note cannot be empty."] }, values: { id: "10", note: "" } });
    expect(await action({}, form({ id: "20", note: "hi" }))).toEqual({ formError: "Your role on this portal cannot do this.", values: { id: "20", note: "hi" } });
    // A crafted post that names the action alone brings the form as the first argument.
    expect(await action(form({ id: "10", note: "hi" }))).toEqual({ done: "noted hi" });
    expect(await digestOf(action({}, form({ id: "30", note: "hi" })))).toMatch(/^NEXT_HTTP_ERROR_FALLBACK;404/);
    const signedOut = staffAction({ role: "agent", schema: noteSchema, portalOf: rowOf }, async () => "x", deps(undefined));
    expect(await digestOf(signedOut({}, form({})))).toMatch(/^NEXT_REDIRECT;\w+;\/staff\/sign-in;/);
  });

  it("staffFormAction goes back with codes only, never words, keeping the page's own query", async () => {
    const action = staffFormAction(
      { role: "agent", schema: noteSchema, portalOf: rowOf },
      async ({ input }) => {
        if (input.note === "crash") throw new DomainError("changed_meanwhile");
        return "noted";
      },
      { back: (row) => `/rows/${row!.id}?sort=asc&error=stale` },
      deps({ 1: "agent", 2: "viewer" }),
    );
    expect(await digestOf(action(form({ id: "10", note: "hi" })))).toMatch(/;\/rows\/10\?sort=asc&done=noted;/);
    expect(await digestOf(action(form({ id: "10", note: "crash" })))).toMatch(/;\/rows\/10\?sort=asc&error=changed_meanwhile;/);
    expect(await digestOf(action(form({ id: "20", note: "hi" })))).toMatch(/;\/rows\/20\?sort=asc&error=forbidden;/);
  });

  it("outcomeUrl words nothing: a schema's own message travels as invalid_input", () => {
    const refusals = [
      { code: "invalid_input" as const, field: "email", text: "Enter an email address such as name@example.com" },
      { code: "note_empty" as const, field: "note", text: "A note cannot be empty." },
    ];
    expect(outcomeUrl("/x", { ok: false, refusals })).toBe("/x?error=invalid_input&error=note_empty");
    expect(outcomeUrl("/x?purge=old", { ok: true, done: "confirmed" }, (d) => ({ purge: d }))).toBe("/x?purge=confirmed");
  });

  it("staffRoute refuses a post from another site, then checks session, portal and role like an action", async () => {
    const request = (headers: Record<string, string> = {}) => new Request("http://app.test/rows/10/export", { method: "POST", headers });
    const spec = { role: "agent" as const, portalOf: async (_: Request, params: { id: string }) => ROWS[params.id] };
    const fn = async ({ target, now }: { target: { id: number } | undefined; now: Date }) => new Response(`row ${target!.id} at ${now.toISOString()}`);
    expect((await runStaffRoute(spec, fn, request({ "sec-fetch-site": "same-site" }), { id: "10" }, deps({ 1: "agent" }))).status).toBe(403);
    expect(await (await runStaffRoute(spec, fn, request({ "sec-fetch-site": "same-origin" }), { id: "10" }, deps({ 1: "agent" }))).text()).toBe("row 10 at 2026-11-29T09:00:00.000Z");
    const viewer = await runStaffRoute(spec, fn, request(), { id: "10" }, deps({ 1: "viewer" }));
    expect([viewer.status, await viewer.text()]).toEqual([403, "Your role on this portal cannot do this."]);
    await expect(runStaffRoute(spec, fn, request(), { id: "20" }, deps({ 1: "agent" }))).rejects.toMatchObject({ to: "not-found" });
    await expect(runStaffRoute(spec, fn, request(), { id: "10" }, deps(undefined))).rejects.toMatchObject({ to: "sign-in" });
    const refused = await runStaffRoute({ ...spec, refused: (r) => new Response(null, { status: 303, headers: { Location: `/rows?error=${r[0]!.code}` } }) }, async () => Promise.reject(new DomainError("export_empty")), request(), { id: "10" }, deps({ 1: "agent" }));
    expect(refused.headers.get("location")).toBe("/rows?error=export_empty");
  });
});

describe("the kernel's own refusal code", () => {
  it("refuses a role below the one needed with the spec's code where the page has its own", async () => {
    const outcome = await runStaffAction({ role: "agent", refuseWith: "intake_needs_agent", schema: noteSchema, portalOf: rowOf }, async () => "x", form({ id: "10", note: "x" }), deps({ 1: "viewer" }));
    expect(outcome).toMatchObject({ ok: false, refusals: [{ code: "intake_needs_agent" }] });
  });
});
