import type { APIRequestContext, APIResponse } from "@playwright/test";
import { ACTORS, MATRIX, type Actor, type Outcome } from "./access-matrix";
import { callAction } from "./actions";
import { pagesAndRoutes, serverActions, type Entry } from "./app-tree";
import { expect, t, test, verifiedRequest, withDb } from "./fixtures";
import { createStaff, sessionCookie, type Role } from "./staff";

const A = "mvsep";
const B = "moserra";
const ROLES: Record<Exclude<Actor, "anonymous">, Record<string, Role>> = {
  viewer: { [A]: "viewer" },
  agent: { [A]: "agent" },
  adminA: { [A]: "admin" },
  adminB: { [B]: "admin" },
};

const entries = () => [...pagesAndRoutes(), ...serverActions()];

test("the matrix has exactly one row per staff page, route handler and server action of the app", () => {
  const found = entries().map((e) => e.key);
  expect.soft(found.filter((key) => !MATRIX[key]), "entries of the app without a row in e2e/access-matrix.ts").toEqual([]);
  expect.soft(Object.keys(MATRIX).filter((key) => !found.includes(key)), "rows of e2e/access-matrix.ts the app no longer has").toEqual([]);
  expect(serverActions().filter((a) => a.kind === "action" && !a.id).map((a) => a.key), "exported actions no page can run").toEqual([]);
});

test("anonymous, viewer, agent, admin of portal A and admin of portal B each get the outcome the matrix gives", async ({ page, mailbox, playwright, baseURL }) => {
  test.setTimeout(240_000);
  const request = await verifiedRequest(page, mailbox, { slug: A, type: "deletion", language: "en" });
  const values = { A, id: String(request.id), origin: new URL(baseURL!).origin, ...arrangeRows(request.id) };
  const actual: string[] = [];
  const expected: string[] = [];
  for (const entry of entries()) {
    const row = MATRIX[entry.key];
    if (!row) continue;
    for (const actor of ACTORS) {
      // A fresh member per cell: a sign-out, a revocation or a limit in one cell cannot change the next.
      const cookie = actor === "anonymous" ? undefined : await sessionCookie(await createStaff(ROLES[actor], { name: `Matrix ${actor}` }));
      // A fresh client per cell too: no cookie the server set for one actor travels with the next.
      const http = await playwright.request.newContext({ baseURL });
      const response = await send(http, entry, fill(row.input ?? {}, values), values, cookie);
      actual.push(`${entry.key} × ${actor}: ${await outcomeOf(response)}`);
      await http.dispose();
      expected.push(`${entry.key} × ${actor}: ${row.outcomes[actor]}`);
    }
  }
  expect(actual).toEqual(expected);
});

/**
 * A failed email and a kept deletion outcome of the request, for the outbox's and the retention register's actions, and
 * a webhook endpoint of its portal, for its delivery log:
 * deliberately forged in raw SQL, rows the app would only write at the end of a longer path.
 */
function arrangeRows(requestId: number) {
  return withDb((db) => {
    const portalId = (db.prepare("select portal_id as id from requests where id = ?").get(requestId) as { id: number }).id;
    const outbox = db
      .prepare(
        "insert into email_outbox (request_id, portal_id, template, language, to_address, subject, text, html, status, attempts, next_attempt_at, created_at) values (?, ?, 'matrix', 'en', 'matrix@example.test', 'Matrix', 'x', 'x', 'failed', 1, ?, ?)",
      )
      .run(requestId, portalId, Date.now(), Date.now()).lastInsertRowid;
    const kept = db
      .prepare("insert into deletion_outcomes (request_id, portal_id, category, kept, keep_until) values (?, ?, 'matrix records', 1, '2099-01-01')")
      .run(requestId, portalId).lastInsertRowid;
    // Its secret is not a sealed one: nothing in the matrix signs with it.
    const hook = db
      .prepare("insert into webhook_endpoints (portal_id, url, events, secret, created_at) values (?, 'https://hooks.example.test/matrix', '[\"request.verified\"]', 'matrix', ?)")
      .run(portalId, Date.now()).lastInsertRowid;
    return { outbox: String(outbox), kept: String(kept), hook: String(hook) };
  });
}

function fill(input: Record<string, string>, values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(input).map(([k, v]) => [k, v.replace(/\{(\w+)\}/g, (_, name: string) => values[name]!)]));
}

/** A route with its dynamic segments filled: [portal] and [slug] are portal A, [id] the request, others from the row's input. */
function path(route: string, values: Record<string, string>, input: Record<string, string>): string {
  return route.replace(/\[([.\w]+)\]/g, (_, name: string) => input[name] ?? (name === "id" ? values.id! : values.A!));
}

/** Pages and routes are fetched as they are; an action is called as the browser's router calls it. */
function send(http: APIRequestContext, entry: Entry, input: Record<string, string>, values: Record<string, string>, cookie?: string): Promise<APIResponse> {
  if (entry.kind === "action") return callAction(http, entry, path(entry.page, values, input), input, { origin: values.origin!, cookie });
  const data = entry.route.startsWith("/api/v1/") ? {} : undefined;
  return http.fetch(path(entry.route, values, input), { method: entry.method, headers: cookie ? { cookie } : {}, data, maxRedirects: 0 });
}

/**
 * A staff action that refuses a role says so in the page it returns to: a case
 * action's, the register's and the upload's `?error=forbidden`, manual intake's
 * `?error=intake_needs_agent`; a useActionState action (the identity details') in
 * the state it answers with, as the refusal's words (the members here read English).
 */
const ROLE_REFUSAL = /^(forbidden|intake_needs_agent)$/;
const ROLE_REFUSAL_STATE = JSON.stringify(t("en").staffErrors.codes.forbidden);

async function outcomeOf(response: APIResponse): Promise<Outcome | string> {
  const status = response.status();
  const redirect = response.headers()["x-action-redirect"]?.split(";")[0] ?? (status >= 300 && status < 400 ? response.headers().location : undefined);
  if (redirect !== undefined) {
    const url = new URL(redirect, "http://x");
    if (url.pathname === "/staff/sign-in") return "sign-in";
    if ([...url.searchParams.values()].some((value) => ROLE_REFUSAL.test(value))) return "refused";
    return "ok";
  }
  if (status === 200) return (response.headers()["content-type"] ?? "").startsWith("text/x-component") && (await response.text()).includes(ROLE_REFUSAL_STATE) ? "refused" : "ok";
  return String(status);
}
