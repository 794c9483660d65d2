import { expect, it } from "vitest";
import { withTransaction } from "../../db/client";
import { erasePersonalData } from "../../db/queries/sweeps";
import { webhookDeliveries } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { addStaff, openRequest } from "../scheduler/test-fixtures";
import { addWebhookEndpoint } from "./endpoints";
import { queueRequestWebhook } from "./request-events";

const db = tempDbPerTest();
const NOW = new Date("2026-11-29T09:00:00Z");

it("queues a thin payload about the request, in its order, without what the requester wrote", async () => {
  const agent = await addStaff(db(), "mvsep", "agent");
  const { portal, id, request } = await openRequest(db(), { slug: "mvsep", type: "deletion", receivedAt: NOW, by: agent.id });
  await addWebhookEndpoint(db(), { portalId: portal.id, url: "http://127.0.0.1:9/", events: ["request.rejected"], by: "cli", now: NOW, allowPrivate: true, authSecret: "x".repeat(32) });
  const r = await request();
  const eventId = await withTransaction(db(), (tx) => queueRequestWebhook(tx, { request: r, type: "request.rejected", now: NOW, extra: { ground: "manifestly_unfounded" } }));
  const [row] = await db().select().from(webhookDeliveries);
  expect(row).toMatchObject({ eventId, requestId: id, portalId: portal.id, type: "request.rejected" });
  expect(JSON.parse(row!.payload)).toEqual({
    type: "request.rejected",
    timestamp: "2026-11-29T09:00:00.000Z",
    data: { reference: r.reference, requestType: "deletion", status: r.status, accountId: "user-42", dueDate: r.dueDate, dueAt: r.dueAt!.toISOString(), ground: "manifestly_unfounded" },
  });
  expect(row!.payload).not.toContain("ann@example.com");
  expect(row!.payload).not.toContain("Ann Example");
});

it("goes with the request's personal data when a closed request is erased", async () => {
  const agent = await addStaff(db(), "mvsep", "agent");
  const { portal, id, request } = await openRequest(db(), { slug: "mvsep", type: "deletion", receivedAt: NOW, by: agent.id });
  await addWebhookEndpoint(db(), { portalId: portal.id, url: "http://127.0.0.1:9/", events: ["request.completed"], by: "cli", now: NOW, allowPrivate: true, authSecret: "x".repeat(32) });
  const r = await request();
  await withTransaction(db(), (tx) => queueRequestWebhook(tx, { request: r, type: "request.completed", now: NOW }));
  expect(await db().select().from(webhookDeliveries)).toHaveLength(1);
  expect(await withTransaction(db(), (tx) => erasePersonalData(tx, { id, now: NOW }))).toBe(true);
  expect(await db().select().from(webhookDeliveries)).toEqual([]);
});
