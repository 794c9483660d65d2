import { beforeEach, describe, expect, it } from "vitest";
import { getApiKey } from "../../db/queries/api-keys";
import { getPortalBySlug } from "../../db/queries/portals";
import type { Portal } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { apiActor, authenticateApiKey, TOUCH_EVERY_MS } from "./authenticate";
import { createApiKey, revokeApiKey } from "./manage";
import { newApiKey } from "./secret";

const db = tempDbPerTest();
const NOW = new Date("2026-11-29T09:00:00Z");
const at = (ms: number) => new Date(NOW.getTime() + ms);
const bearer = (key: string) => new Headers({ Authorization: `Bearer ${key}` });
let portal: Portal;
let other: Portal;

const UNAUTHENTICATED = { ok: false, kind: "unauthenticated", status: 401, code: "unauthorized" };

async function key(options: { scopes?: ("requests:create" | "requests:read" | "requests:write")[]; expiresInDays?: number | null; portalId?: number } = {}) {
  return createApiKey(db(), {
    portalId: options.portalId ?? portal.id,
    name: "MVSEP backend",
    scopes: options.scopes ?? ["requests:read"],
    expiresInDays: options.expiresInDays ?? null,
    by: null,
    now: NOW,
  });
}

beforeEach(async () => {
  await seedDemoPortals(db());
  portal = (await getPortalBySlug(db(), { slug: "mvsep" }))!;
  other = (await getPortalBySlug(db(), { slug: "deepen" }))!;
});

describe("authenticateApiKey", () => {
  it("answers a live key with the scope with who it is", async () => {
    const { id, key: secret } = await key({ scopes: ["requests:read", "requests:write"] });
    expect(await authenticateApiKey(bearer(secret), { scope: "requests:write", portalId: portal.id, db: db(), now: NOW })).toEqual({
      ok: true,
      key: { id, portalId: portal.id, scopes: ["requests:read", "requests:write"], name: "MVSEP backend" },
    });
    expect(await authenticateApiKey(bearer(secret), { scope: "requests:read", db: db(), now: NOW })).toMatchObject({ ok: true });
  });

  it("answers 401 alike to no key, a malformed, an unknown, a revoked and an expired one", async () => {
    const revoked = await key();
    await revokeApiKey(db(), { portalId: portal.id, id: revoked.id, by: null, now: NOW });
    const expiring = await key({ expiresInDays: 1 });
    const day = 24 * 60 * 60 * 1000;
    expect(await authenticateApiKey(bearer(expiring.key), { scope: "requests:read", db: db(), now: at(day - 1) })).toMatchObject({ ok: true });
    const answers = [
      await authenticateApiKey(new Headers(), { scope: "requests:read", db: db(), now: NOW }),
      await authenticateApiKey(bearer("rdk_short"), { scope: "requests:read", db: db(), now: NOW }),
      await authenticateApiKey(new Headers({ Authorization: `Basic ${revoked.key}` }), { scope: "requests:read", db: db(), now: NOW }),
      await authenticateApiKey(bearer(newApiKey().key), { scope: "requests:read", db: db(), now: NOW }),
      await authenticateApiKey(bearer(revoked.key), { scope: "requests:read", db: db(), now: NOW }),
      await authenticateApiKey(bearer(expiring.key), { scope: "requests:read", db: db(), now: at(day) }),
    ];
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]).toMatchObject({ ...UNAUTHENTICATED, headers: { "WWW-Authenticate": 'Bearer realm="rightsdesk"' } });
  });

  it("answers another portal's key as not found, before its scopes, and a missing scope with 403 naming it", async () => {
    const theirs = await key({ portalId: other.id, scopes: ["requests:read"] });
    expect(await authenticateApiKey(bearer(theirs.key), { scope: "requests:write", portalId: portal.id, db: db(), now: NOW })).toMatchObject({
      ok: false,
      kind: "other-portal",
      status: 404,
      code: "not_found",
    });
    const ours = await key({ scopes: ["requests:create"] });
    expect(await authenticateApiKey(bearer(ours.key), { scope: "requests:read", portalId: portal.id, db: db(), now: NOW })).toEqual({
      ok: false,
      kind: "missing-scope",
      status: 403,
      code: "insufficient_scope",
      message: "This API key lacks the scope requests:read.",
      headers: { "WWW-Authenticate": 'Bearer realm="rightsdesk", error="insufficient_scope", scope="requests:read"' },
      scope: "requests:read",
    });
  });

  it("records the last use at most once a minute, refused uses of a live key included", async () => {
    const { id, key: secret } = await key({ scopes: ["requests:create"] });
    const lastUsed = async () => (await getApiKey(db(), { id }))!.lastUsedAt;
    await authenticateApiKey(bearer(secret), { scope: "requests:read", db: db(), now: NOW });
    expect(await lastUsed()).toEqual(NOW);
    await authenticateApiKey(bearer(secret), { scope: "requests:create", db: db(), now: at(TOUCH_EVERY_MS - 1) });
    expect(await lastUsed()).toEqual(NOW);
    await authenticateApiKey(bearer(secret), { scope: "requests:create", db: db(), now: at(TOUCH_EVERY_MS) });
    expect(await lastUsed()).toEqual(at(TOUCH_EVERY_MS));
  });

  it("names the key in the audit log by id and name", () => {
    expect(apiActor({ id: 7, name: "billing backend" })).toBe("api-key:7:billing backend");
  });
});
