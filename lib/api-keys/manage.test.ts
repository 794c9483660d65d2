import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { withTransaction } from "../../db/client";
import { getApiKey, listApiKeys } from "../../db/queries/api-keys";
import { getPortalBySlug } from "../../db/queries/portals";
import { insertUser } from "../../db/queries/staff";
import { apiKeys, requestEvents, type Portal } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { DomainError } from "../staff/errors";
import { createApiKey, revokeApiKey } from "./manage";
import { hashApiKey } from "./secret";

const db = tempDbPerTest();
const NOW = new Date("2026-11-29T09:00:00Z");
let portal: Portal;
let other: Portal;
let adminId: string;

const events = async () =>
  db().select({ portalId: requestEvents.portalId, type: requestEvents.type, actor: requestEvents.actor, data: requestEvents.data }).from(requestEvents).orderBy(asc(requestEvents.id));
const refusal = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => (e instanceof DomainError ? e.code : Promise.reject(e)));

beforeEach(async () => {
  await seedDemoPortals(db());
  portal = (await getPortalBySlug(db(), { slug: "mvsep" }))!;
  other = (await getPortalBySlug(db(), { slug: "deepen" }))!;
  adminId = (await withTransaction(db(), (tx) => insertUser(tx, { email: "admin@rightsdesk.test" }))).id;
});

describe("creating an API key", () => {
  it("stores only the secret's hash and prefix, with who and when, and records it in the portal's chain", async () => {
    const created = await createApiKey(db(), { portalId: portal.id, name: "MVSEP backend", scopes: ["requests:create", "requests:read"], expiresInDays: null, by: adminId, now: NOW });
    const [row] = await db().select().from(apiKeys);
    expect(row).toEqual({
      id: created.id,
      portalId: portal.id,
      name: "MVSEP backend",
      scopes: ["requests:create", "requests:read"],
      hash: hashApiKey(created.key),
      prefix: created.key.slice(4, 12),
      createdBy: adminId,
      createdAt: NOW,
      lastUsedAt: null,
      revokedAt: null,
      expiresAt: null,
    });
    expect(JSON.stringify(row)).not.toContain(created.key.slice(12));
    expect(await events()).toEqual([
      {
        portalId: portal.id,
        type: "api_key_created",
        actor: `staff:${adminId}`,
        data: { keyId: created.id, name: "MVSEP backend", prefix: row!.prefix, scopes: ["requests:create", "requests:read"], expiresAt: null },
      },
    ]);
  });

  it("gives an expiry in days from now; the CLI's keys have no creator and are recorded as the CLI's", async () => {
    const { id } = await createApiKey(db(), { portalId: portal.id, name: "temp", scopes: ["requests:read"], expiresInDays: 30, by: null, now: NOW });
    expect(await getApiKey(db(), { id })).toMatchObject({ createdBy: null, expiresAt: new Date("2026-12-29T09:00:00Z") });
    expect((await events())[0]).toMatchObject({ actor: "cli", data: { expiresAt: "2026-12-29T09:00:00.000Z" } });
  });

  it("lists a portal's keys newest first, with their creators' addresses and without their hashes", async () => {
    const first = await createApiKey(db(), { portalId: portal.id, name: "first", scopes: ["requests:read"], expiresInDays: null, by: adminId, now: NOW });
    await createApiKey(db(), { portalId: other.id, name: "elsewhere", scopes: ["requests:read"], expiresInDays: null, by: adminId, now: NOW });
    const second = await createApiKey(db(), { portalId: portal.id, name: "second", scopes: ["requests:write"], expiresInDays: null, by: adminId, now: NOW });
    const cli = await createApiKey(db(), { portalId: portal.id, name: "cli", scopes: ["requests:read"], expiresInDays: null, by: null, now: NOW });
    const list = await listApiKeys(db(), { portalId: portal.id });
    expect(list.map((k) => [k.id, k.createdByEmail])).toEqual([
      [cli.id, null],
      [second.id, "admin@rightsdesk.test"],
      [first.id, "admin@rightsdesk.test"],
    ]);
    expect(list.every((k) => !("hash" in k))).toBe(true);
  });
});

describe("revoking an API key", () => {
  it("revokes a key of the portal once, recording it; again changes and records nothing", async () => {
    const { id } = await createApiKey(db(), { portalId: portal.id, name: "old", scopes: ["requests:read"], expiresInDays: null, by: adminId, now: NOW });
    const later = new Date(NOW.getTime() + 60_000);
    expect(await revokeApiKey(db(), { portalId: portal.id, id, by: adminId, now: later })).toMatchObject({ outcome: "revoked", key: { id, revokedAt: later } });
    expect(await revokeApiKey(db(), { portalId: portal.id, id, by: adminId, now: NOW })).toMatchObject({ outcome: "already", key: { revokedAt: later } });
    expect((await events()).map((e) => [e.type, e.actor])).toEqual([
      ["api_key_created", `staff:${adminId}`],
      ["api_key_revoked", `staff:${adminId}`],
    ]);
  });

  it("refuses another portal's key or an unknown id with api_key_not_found, changing nothing", async () => {
    const { id } = await createApiKey(db(), { portalId: other.id, name: "deepen's", scopes: ["requests:read"], expiresInDays: null, by: adminId, now: NOW });
    expect(await refusal(revokeApiKey(db(), { portalId: portal.id, id, by: adminId, now: NOW }))).toBe("api_key_not_found");
    expect(await refusal(revokeApiKey(db(), { portalId: portal.id, id: 999, by: adminId, now: NOW }))).toBe("api_key_not_found");
    expect(await db().select({ revokedAt: apiKeys.revokedAt }).from(apiKeys).where(eq(apiKeys.id, id))).toEqual([{ revokedAt: null }]);
    expect(await events()).toHaveLength(1);
  });
});
