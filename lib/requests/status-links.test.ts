import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getPortalBySlug } from "../../db/queries/portals";
import { getRequestById } from "../../db/queries/requests";
import { emailOutbox, requestEvents } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { withTransaction } from "../../db/client";
import { statusLinkEndsAt } from "../verification";
import { issueStatusLink } from "./kit";
import { loadStatus, revokeStatusLinks, withdrawRequest } from "./status";
import { submitRequest } from "./submit";
import { verifyRequest } from "./verify";

const APP = "http://localhost:3000";
const db = tempDbPerTest();
const t0 = new Date("2026-01-12T09:00:00Z");

/** A verified mvsep request and the status link from its acknowledgement. */
async function verified() {
  await seedDemoPortals(db());
  const portal = (await getPortalBySlug(db(), { slug: "mvsep" }))!;
  const { id } = await submitRequest(db(), { portal, input: { type: "access", email: "ann@example.com", language: "en" }, channel: "web", now: t0, appUrl: APP });
  const mail = async () => (await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, id))).at(-1)!.text;
  await verifyRequest(db(), { token: /verify\?token=([\w-]{43})/.exec(await mail())![1], portal, now: t0, appUrl: APP });
  return { portal, id, token: /status\?token=([\w-]{43})/.exec(await mail())![1]! };
}

describe("revoking status links", () => {
  it("stops every status link of the request at once, and records it on the public trail", async () => {
    const { portal, id, token } = await verified();
    const request = (await getRequestById(db(), { id }))!;
    const { token: second } = await withTransaction(db(), (tx) => issueStatusLink(tx, { request, portal, appUrl: APP, now: t0 }));
    expect(await loadStatus(db(), { token: second, portalId: portal.id, now: t0 })).toBeDefined();

    expect(await revokeStatusLinks(db(), { token, portal, now: t0 })).toBe(true);
    expect(await loadStatus(db(), { token, portalId: portal.id, now: t0 })).toBeUndefined();
    expect(await loadStatus(db(), { token: second, portalId: portal.id, now: t0 })).toBeUndefined();
    const events = (await db().select().from(requestEvents).where(eq(requestEvents.requestId, id)));
    expect(events.at(-1)).toMatchObject({ type: "status_links_revoked", actor: "requester", public: true });
  });

  it("refuses a revoked, forged or other portal's link, recording nothing", async () => {
    const { portal, id, token } = await verified();
    const deepen = (await getPortalBySlug(db(), { slug: "deepen" }))!;
    expect(await revokeStatusLinks(db(), { token, portal: deepen, now: t0 })).toBe(false);
    expect(await revokeStatusLinks(db(), { token: "x".repeat(43), portal, now: t0 })).toBe(false);
    expect(await revokeStatusLinks(db(), { token, portal, now: t0 })).toBe(true);
    expect(await revokeStatusLinks(db(), { token, portal, now: t0 })).toBe(false);
    const revocations = (await db().select().from(requestEvents).where(eq(requestEvents.requestId, id))).filter((e) => e.type === "status_links_revoked");
    expect(revocations).toHaveLength(1);
  });
});

describe("status links after the request closes", () => {
  it("work for 90 days after closing: withdrawn 13 Jan 2026 09:00 UTC, the link ends 13 Apr 2026 09:00 UTC and the page says until when", async () => {
    const { portal, token } = await verified();
    const open = (await loadStatus(db(), { token, portalId: portal.id, now: t0 }))!;
    expect(open.linkEndsAt).toBeUndefined();
    await withdrawRequest(db(), { token, portal, now: new Date("2026-01-13T09:00:00Z") });
    const status = (at: string) => loadStatus(db(), { token, portalId: portal.id, now: new Date(at) });
    expect((await status("2026-04-13T08:59:59.999Z"))?.linkEndsAt).toEqual(new Date("2026-04-13T09:00:00Z"));
    expect(await status("2026-04-13T09:00:00Z")).toBeUndefined();
  });

  it("end at the link's own expiry when that comes first, and at that expiry while the request is open", () => {
    const expiresAt = new Date("2026-03-01T00:00:00Z");
    expect(statusLinkEndsAt({ expiresAt, closedAt: null })).toEqual(expiresAt);
    expect(statusLinkEndsAt({ expiresAt, closedAt: new Date("2026-02-01T00:00:00Z") })).toEqual(expiresAt);
    expect(statusLinkEndsAt({ expiresAt, closedAt: new Date("2025-10-01T12:00:00Z") })).toEqual(new Date("2025-12-30T12:00:00Z"));
  });
});
