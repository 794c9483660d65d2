import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withTransaction } from "../../db/client";
import { getPortalBySlug } from "../../db/queries/portals";
import { insertUser } from "../../db/queries/staff";
import { emailOutbox, webhookDeliveries } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { listQueue } from "../../db/views/queue";
import { requestDetail } from "../api/v1/requests";
import { exportAudit } from "../audit/export";
import { addWebhookEndpoint } from "../webhooks/endpoints";
import { WEBHOOK_EVENT_TYPES } from "../webhooks/events";
import { submitRequest } from "./submit";
import { verifyRequest } from "./verify";

const db = tempDbPerTest();
const APP = "http://localhost:3000";
const NOW = new Date("2026-03-02T09:00:00Z");
const TC = "10000000146";
const ADDRESS = "Moda Cad. 1, Kadıköy, İstanbul";

describe("the identity details KVKK requires stay on the request page", () => {
  it("are in no API answer, webhook payload, queue row, audit export or email", async () => {
    await seedDemoPortals(db());
    const moserra = (await getPortalBySlug(db(), { slug: "moserra" }))!;
    const user = await withTransaction(db(), (tx) => insertUser(tx, { email: "admin@moserra.test" }));
    await addWebhookEndpoint(db(), { portalId: moserra.id, url: "https://hooks.example.test/dsr", events: [...WEBHOOK_EVENT_TYPES], by: { userId: user.id }, now: NOW, allowPrivate: true, authSecret: "s".repeat(32) });
    const { id } = await submitRequest(db(), {
      portal: moserra,
      input: { type: "access", email: "ayse@example.com", name: "Ayşe Yılmaz", details: "Hangi verilerimi işliyorsunuz?", language: "tr", identity: { tcIdentityNumber: TC, noticeAddress: ADDRESS } },
      channel: "web",
      now: NOW,
      appUrl: APP,
    });
    const verification = (await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, id)))[0]!;
    const token = /token=([A-Za-z0-9_-]{43})/.exec(verification.text)![1]!;
    const verified = await verifyRequest(db(), { token, portal: moserra, now: NOW, appUrl: APP });
    expect(verified.state).toBe("verified");
    const request = verified.state === "verified" ? verified.request : undefined;
    expect(request!.identity).toEqual({ tcIdentityNumber: TC, noticeAddress: ADDRESS });

    const shown = [
      JSON.stringify(await requestDetail(db(), { request: request!, portal: moserra })),
      JSON.stringify(await listQueue(db(), { portalIds: [moserra.id], userId: user.id, now: NOW }, { limit: 50 })),
      JSON.stringify(await db().select().from(webhookDeliveries)),
      JSON.stringify(await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, id))),
      await (await exportAudit({ url: "http://localhost/audit?format=json", userId: user.id, portalId: moserra.id, name: "audit", now: NOW }, db())).text(),
    ];
    // Each source really holds the request: its details, its webhook events, its audit entries.
    expect(shown[0]).toContain("Hangi verilerimi işliyorsunuz?");
    expect(shown[1]).toContain(request!.reference);
    expect(shown[2]).toContain("request.verified");
    expect(shown[4]).toContain("verified");
    for (const text of shown) {
      expect(text).not.toContain(TC);
      expect(text).not.toContain("Moda Cad.");
    }
  });
});
