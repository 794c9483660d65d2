import { and, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { listRetentionBases } from "@/db/queries/cases";
import { getPortalBySlug } from "@/db/queries/portals";
import { emailOutbox, notes, type Portal } from "@/db/schema";
import { seedDemoPortals } from "@/db/seed-portals";
import { tempDbPerTest } from "@/db/testing";
import { createApiKey, revokeApiKey } from "@/lib/api-keys/manage";
import type { ApiKeyScope } from "@/lib/api-keys/scopes";
import { submitRequest } from "@/lib/requests/submit";
import { verifyRequest } from "@/lib/requests/verify";
import { GET as list } from "./route";
import { GET as detail } from "./[reference]/route";
import { POST as complete } from "./[reference]/completion/route";
import { POST as extend } from "./[reference]/extension/route";
import { POST as note } from "./[reference]/notes/route";
import { POST as ask } from "./[reference]/questions/route";
import { POST as start } from "./[reference]/start/route";

const db = tempDbPerTest();
const APP = "http://localhost:3000";
const SUBMITTED = new Date("2026-03-02T08:00:00Z");
const NOW = new Date("2026-03-04T08:00:00Z");
let mvsep: Portal;
let deepen: Portal;

beforeEach(async () => {
  await seedDemoPortals(db());
  mvsep = (await getPortalBySlug(db(), { slug: "mvsep" }))!;
  deepen = (await getPortalBySlug(db(), { slug: "deepen" }))!;
});

async function key(portal: Portal, scopes: ApiKeyScope[] = ["requests:read", "requests:write"]) {
  return createApiKey(db(), { portalId: portal.id, name: "backend", scopes, expiresInDays: null, by: null, now: SUBMITTED });
}

/** A verified request, as a requester leaves it. */
async function verified(portal: Portal, type: "deletion" | "access" = "deletion", email = "ann@example.com") {
  const { id, reference } = await submitRequest(db(), { portal, input: { type, email, name: "Ann", language: portal.defaultLanguage, details: "x" }, channel: "web", now: SUBMITTED, appUrl: APP });
  const mail = (await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, id))).at(-1)!;
  const token = /verify\?token=([\w-]{43})/.exec(mail.text)![1];
  await verifyRequest(db(), { token, portal, now: new Date(SUBMITTED.getTime() + 3_600_000), appUrl: APP });
  return { id, reference };
}

function call(secret: string | undefined, path: string, init: { method?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...(secret ? { Authorization: `Bearer ${secret}` } : {}), ...init.headers };
  if (init.json !== undefined) headers["Content-Type"] = "application/json";
  return new Request(`${APP}${path}`, { method: init.method ?? "GET", headers, body: init.json !== undefined ? JSON.stringify(init.json) : init.body });
}

const run = { db: () => ({ db: db(), now: NOW }) };

describe("who may call", () => {
  it("answers no key, a made-up one and a revoked one alike with 401, and a key without the scope with 403", async () => {
    const { reference } = await verified(mvsep);
    const live = await key(mvsep, ["requests:read"]);
    const revoked = await key(mvsep);
    await revokeApiKey(db(), { portalId: mvsep.id, id: revoked.id, by: null, now: SUBMITTED });
    for (const secret of [undefined, `rdk_${"A".repeat(43)}`, revoked.key]) {
      const response = await detail.run(call(secret, `/api/v1/requests/${reference}`), { reference }, run.db());
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toContain("Bearer");
      expect((await response.json()).error.code).toBe("unauthorized");
    }
    const response = await note.run(call(live.key, `/api/v1/requests/${reference}/notes`, { method: "POST", json: { text: "x" } }), { reference }, run.db());
    expect(response.status).toBe(403);
    expect((await response.json()).error.code).toBe("insufficient_scope");
  });

  it("never shows or touches another portal's request: the same 404 as a reference that does not exist", async () => {
    const theirs = await verified(deepen);
    const ours = await key(mvsep);
    for (const reference of [theirs.reference, "MVS-0000-0000"]) {
      const read = await detail.run(call(ours.key, `/api/v1/requests/${reference}`), { reference }, run.db());
      const write = await note.run(call(ours.key, `/api/v1/requests/${reference}/notes`, { method: "POST", json: { text: "x" } }), { reference }, run.db());
      expect([read.status, write.status]).toEqual([404, 404]);
      expect((await read.json()).error.code).toBe("request_not_found");
    }
    const listed = await (await list.run(call(ours.key, "/api/v1/requests"), {}, run.db())).json();
    expect(listed.data).toEqual([]);
  });
});

describe("reading", () => {
  it("lists the portal's queue page by page with a cursor, and checks every filter", async () => {
    const references = [(await verified(mvsep, "deletion", "a@example.com")).reference, (await verified(mvsep, "deletion", "b@example.com")).reference];
    await verified(deepen);
    const { key: secret } = await key(mvsep, ["requests:read"]);
    const first = await (await list.run(call(secret, "/api/v1/requests?limit=1"), {}, run.db())).json();
    expect(first.data).toHaveLength(1);
    expect(first.nextCursor).toMatch(/^\d+\.\d+$/);
    const second = await (await list.run(call(secret, `/api/v1/requests?limit=1&cursor=${first.nextCursor}`), {}, run.db())).json();
    expect([first.data[0].id, second.data[0].id].sort()).toEqual([...references].sort());
    expect(second.nextCursor).toBeNull();
    const bad = await list.run(call(secret, "/api/v1/requests?limit=1000&status=lost&colour=red"), {}, run.db());
    expect(bad.status).toBe(400);
    expect(Object.keys((await bad.json()).error.fields).sort()).toEqual(["body", "limit", "status"]);
  });

  it("shows a request with its deadline and the engine's steps, and its trail", async () => {
    const { reference } = await verified(mvsep);
    const { key: secret } = await key(mvsep, ["requests:read"]);
    const body = await (await detail.run(call(secret, `/api/v1/requests/${reference.toLowerCase()}`), { reference: reference.toLowerCase() }, run.db())).json();
    expect(body).toMatchObject({ id: reference, type: "deletion", status: "open", email: "ann@example.com" });
    expect(body.deadline.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body.deadline.steps.length).toBeGreaterThan(0);
    expect(body.events.map((e: { type: string }) => e.type)).toEqual(expect.arrayContaining(["submitted", "verified"]));
  });
});

describe("case work", () => {
  it("a note is written by the key: the trail names it, and no staff member is its author", async () => {
    const { reference, id } = await verified(mvsep);
    const created = await key(mvsep);
    const response = await note.run(call(created.key, `/api/v1/requests/${reference}/notes`, { method: "POST", json: { text: "Deleted in billing." } }), { reference }, run.db());
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.events.at(-1)).toMatchObject({ type: "note_added", actor: `api-key:${created.id}:backend` });
    expect(await db().select({ authorId: notes.authorId, body: notes.body }).from(notes).where(eq(notes.requestId, id))).toEqual([{ authorId: null, body: "Deleted in billing." }]);
  });

  it("completes a deletion with a retention outcome per category, bases by their key, and emails the requester in their language", async () => {
    const { reference, id } = await verified(mvsep);
    const { key: secret } = await key(mvsep);
    expect((await start.run(call(secret, `/api/v1/requests/${reference}/start`, { method: "POST", json: {} }), { reference }, run.db())).status).toBe(200);
    const [basis] = await listRetentionBases(db(), { portalId: mvsep.id });
    const keptCategory = mvsep.dataCategories.find((c) => c !== "push notification tokens")!;
    const outcomes = mvsep.dataCategories.map((category) => (category === keptCategory ? { category, kept: true, basis: basis!.key, keepUntil: "2027-12-31" } : { category, kept: false }));

    const unknownBasis = await complete.run(call(secret, `/api/v1/requests/${reference}/completion`, { method: "POST", json: { outcomes: outcomes.map((o) => (o.kept ? { ...o, basis: "nope" } : o)) } }), { reference }, run.db());
    expect(unknownBasis.status).toBe(422);
    expect((await unknownBasis.json()).error.fields).toHaveProperty([`outcomes.${mvsep.dataCategories.indexOf(keptCategory)}.basis`]);

    const response = await complete.run(call(secret, `/api/v1/requests/${reference}/completion`, { method: "POST", json: { outcomes } }), { reference }, run.db());
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.status).toBe("completed");
    expect(body.retentionOutcomes.filter((o: { kept: boolean }) => o.kept)).toEqual([{ category: keptCategory, kept: true, basis: basis!.key, keepUntil: "2027-12-31", purgedAt: null }]);
    const mails = await db().select().from(emailOutbox).where(and(eq(emailOutbox.requestId, id), eq(emailOutbox.template, "deletion-completed")));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.language).toBe(mvsep.defaultLanguage);
  });

  it("says 409 when the request's state does not allow the action now, and 415/400 for a body it cannot read", async () => {
    const { reference } = await verified(mvsep);
    const { key: secret } = await key(mvsep);
    const completeOpen = await complete.run(call(secret, `/api/v1/requests/${reference}/completion`, { method: "POST", json: { outcomes: [] } }), { reference }, run.db());
    expect(completeOpen.status).toBe(409);
    expect((await completeOpen.json()).error.code).toBe("transition_not_allowed");
    const notJson = await extend.run(call(secret, `/api/v1/requests/${reference}/extension`, { method: "POST", body: "reason=x", headers: { "Content-Type": "application/x-www-form-urlencoded" } }), { reference }, run.db());
    expect(notJson.status).toBe(415);
    const broken = await extend.run(call(secret, `/api/v1/requests/${reference}/extension`, { method: "POST", body: "{", headers: { "Content-Type": "application/json" } }), { reference }, run.db());
    expect((await broken.json()).error.code).toBe("invalid_json");
    const extra = await extend.run(call(secret, `/api/v1/requests/${reference}/extension`, { method: "POST", json: { reason: "x", days: 90 } }), { reference }, run.db());
    expect(extra.status).toBe(400);
  });

  it("refuses a control, bidi or invisible character in a note, a question or a reason with 422 text_bad_character, changing nothing", async () => {
    const { reference, id } = await verified(mvsep);
    const { key: secret } = await key(mvsep);
    const calls: [typeof note, string, Record<string, string>][] = [
      [note, "notes", { text: "Deleted \u202Eniaga" }],
      [ask, "questions", { question: "Which\u200B account?" }],
      [extend, "extension", { reason: "Complex\u0000 case" }],
    ];
    for (const [route, path, json] of calls) {
      const response = await route.run(call(secret, `/api/v1/requests/${reference}/${path}`, { method: "POST", json }), { reference }, run.db());
      expect(response.status, path).toBe(422);
      expect((await response.json()).error.code, path).toBe("text_bad_character");
    }
    expect(await db().$count(notes, eq(notes.requestId, id))).toBe(0);
    const detailed = await (await detail.run(call(secret, `/api/v1/requests/${reference}`), { reference }, run.db())).json();
    expect(detailed.status).toBe("open");
  });

  it("completes an access request with its export as multipart", async () => {
    const { reference } = await verified(mvsep, "access");
    const { key: secret } = await key(mvsep);
    await start.run(call(secret, `/api/v1/requests/${reference}/start`, { method: "POST", json: {} }), { reference }, run.db());
    const form = new FormData();
    form.set("file", new File(['{"email":"ann@example.com"}'], "export.json", { type: "application/json" }));
    const response = await complete.run(call(secret, `/api/v1/requests/${reference}/completion`, { method: "POST", body: form }), { reference }, run.db());
    expect(response.status).toBe(200);
    expect((await response.json()).status).toBe("completed");
  });
});
