import { eq } from "drizzle-orm";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { closeDb, openAnother, withTransaction } from "../../db/client";
import { getWebhookEndpoint } from "../../db/queries/webhook-endpoints";
import { requestEvents, webhookDeliveries, type Portal } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { addStaff, openRequest, outbox, portal as demoPortal } from "../scheduler/test-fixtures";
import { DomainError } from "../staff/errors";
import { drainWebhooks } from "./deliver";
import { addWebhookEndpoint, redeliverWebhook, rotateWebhookSecret } from "./endpoints";
import type { WebhookEventType } from "./events";
import { queueWebhookEvent } from "./queue";
import { startReceiver, type Received } from "./test-receiver";

const db = tempDbPerTest();
const AUTH_SECRET = "a-test-auth-secret-of-at-least-32-characters";
const APP_URL = "https://rightsdesk.test";
const HOUR = 60 * 60 * 1000;
// Signatures are checked by the reference library against the real clock: deliveries it verifies are sent at real time.
const T0 = new Date(Math.floor(Date.now() / 1000) * 1000);
const at = (ms: number) => new Date(T0.getTime() + ms);

let portal: Portal;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeEach(async () => {
  portal = await demoPortal(db(), "mvsep");
  receiver = await startReceiver();
});
afterEach(() => receiver.close());

const drain = (now: Date, options: { allowPrivate?: boolean; maxAttempts?: number } = {}) =>
  drainWebhooks({ db: db(), now, allowPrivate: true, authSecret: AUTH_SECRET, appUrl: APP_URL, ...options });

async function endpoint(events: WebhookEventType[] = ["request.verified", "request.completed"], now = T0) {
  return addWebhookEndpoint(db(), { portalId: portal.id, url: receiver.url, events, by: "cli", now, allowPrivate: true, authSecret: AUTH_SECRET });
}

function queue(type: WebhookEventType, { now = T0, requestId, data = { reference: "MV-1" } }: { now?: Date; requestId?: number; data?: Record<string, unknown> } = {}) {
  return withTransaction(db(), (tx) => queueWebhookEvent(tx, { portalId: portal.id, type, data, now, requestId }));
}

const deliveries = () => db().select().from(webhookDeliveries).orderBy(webhookDeliveries.id);
const verify = (secret: string, r: Received) => new Webhook(secret).verify(r.body, r.headers as Record<string, string>);

describe("queueing and delivering", () => {
  it("delivers a subscribed event once, signed per Standard Webhooks, and logs the attempt", async () => {
    const { secret } = await endpoint();
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const eventId = await queue("request.verified", { data: { reference: "MV-1", dueDate: "2026-12-29" } });
    expect(await queue("request.overdue")).toBeNull();

    expect(await drain(T0)).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(receiver.received).toHaveLength(1);
    const [got] = receiver.received;
    expect(got!.headers["webhook-id"]).toBe(eventId);
    expect(got!.headers["webhook-timestamp"]).toBe(String(T0.getTime() / 1000));
    expect(got!.headers["content-type"]).toBe("application/json");
    expect(verify(secret, got!)).toEqual({ type: "request.verified", timestamp: T0.toISOString(), data: { reference: "MV-1", dueDate: "2026-12-29" } });
    expect(() => verify(`whsec_${Buffer.alloc(32, 1).toString("base64")}`, got!)).toThrow();

    const [row] = await deliveries();
    expect(row).toMatchObject({ status: "delivered", attempts: 1, lastStatusCode: 204, deliveredAt: T0, lastAttemptAt: T0, lockedUntil: null, eventId });
    expect(row!.lastDurationMs).toBeGreaterThanOrEqual(0);
    expect(await drain(at(HOUR))).toEqual({ delivered: 0, retried: 0, failed: 0 });
  });

  it("queues nothing when the change rolls back", async () => {
    await endpoint();
    await expect(
      withTransaction(db(), async (tx) => {
        await queueWebhookEvent(tx, { portalId: portal.id, type: "request.verified", data: {}, now: T0 });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await deliveries()).toEqual([]);
  });

  it("keeps a capped excerpt of the receiver's answer", async () => {
    await endpoint();
    receiver.answer(() => ({ status: 200, body: "x".repeat(5000) }));
    await queue("request.verified");
    await drain(T0);
    expect((await deliveries())[0]!.lastResponseExcerpt).toBe("x".repeat(500));
  });
});

describe("a receiver that is down", () => {
  it("gets each event exactly once when it is back, a request's events in order", async () => {
    const agent = await addStaff(db(), "mvsep", "agent");
    const { id: requestId } = await openRequest(db(), { slug: "mvsep", type: "deletion", receivedAt: T0, by: agent.id });
    const { secret } = await endpoint();
    const first = await queue("request.verified", { requestId });
    const second = await queue("request.completed", { requestId });

    await receiver.down();
    expect(await drain(T0)).toEqual({ delivered: 0, retried: 1, failed: 0 });
    const [waiting, behind] = await deliveries();
    expect(waiting).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: null });
    expect(waiting!.lastResponseExcerpt).toMatch(/^Not delivered: connect ECONNREFUSED/);
    // Between 5 s less and more 20 %: the schedule's first wait.
    expect(waiting!.nextAttemptAt.getTime() - T0.getTime()).toBeGreaterThanOrEqual(4_000);
    expect(waiting!.nextAttemptAt.getTime() - T0.getTime()).toBeLessThanOrEqual(6_000);
    // The later event waits for the earlier one, though it is due.
    expect(behind).toMatchObject({ status: "pending", attempts: 0 });

    await receiver.up();
    expect(await drain(at(10_000))).toEqual({ delivered: 2, retried: 0, failed: 0 });
    expect(await drain(at(HOUR))).toEqual({ delivered: 0, retried: 0, failed: 0 });
    expect(receiver.received.map((r) => r.headers["webhook-id"])).toEqual([first, second]);
    for (const r of receiver.received) expect(() => verify(secret, r)).not.toThrow();
  });

  it("two workers at once send each of a request's events once, in order", async () => {
    const agent = await addStaff(db(), "mvsep", "agent");
    const { id: requestId } = await openRequest(db(), { slug: "mvsep", type: "deletion", receivedAt: T0, by: agent.id });
    await endpoint(["request.verified"]);
    const ids = [];
    for (let i = 0; i < 6; i++) ids.push(await queue("request.verified", { requestId, data: { n: i } }));
    const other = openAnother(db());
    try {
      // Each worker keeps draining until there is nothing left for it; the other may be holding the next event.
      const worker = async (on: typeof other) => {
        for (let round = 0; round < 20; round++) await drainWebhooks({ db: on, now: T0, allowPrivate: true, authSecret: AUTH_SECRET, appUrl: APP_URL });
      };
      await Promise.all([worker(db()), worker(other)]);
    } finally {
      await closeDb(other);
    }
    expect(receiver.received.map((r) => r.headers["webhook-id"])).toEqual(ids);
  });
});

describe("failures", () => {
  it("retries on the schedule, then fails after the last attempt", async () => {
    await endpoint();
    receiver.answer(() => ({ status: 500, body: "database unavailable" }));
    await queue("request.verified");

    expect(await drain(T0, { maxAttempts: 3 })).toEqual({ delivered: 0, retried: 1, failed: 0 });
    let [row] = await deliveries();
    expect(row).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: 500, lastResponseExcerpt: "database unavailable" });
    const second = row!.nextAttemptAt;
    expect(await drain(new Date(second.getTime() - 1), { maxAttempts: 3 })).toEqual({ delivered: 0, retried: 0, failed: 0 });

    expect(await drain(second, { maxAttempts: 3 })).toEqual({ delivered: 0, retried: 1, failed: 0 });
    [row] = await deliveries();
    // 5 minutes ± 20 %.
    expect(row!.nextAttemptAt.getTime() - second.getTime()).toBeGreaterThanOrEqual(240_000);
    expect(row!.nextAttemptAt.getTime() - second.getTime()).toBeLessThanOrEqual(360_000);

    expect(await drain(row!.nextAttemptAt, { maxAttempts: 3 })).toEqual({ delivered: 0, retried: 0, failed: 1 });
    [row] = await deliveries();
    expect(row).toMatchObject({ status: "failed", attempts: 3, lastStatusCode: 500 });
    expect(receiver.received).toHaveLength(3);
    expect(await getWebhookEndpoint(db(), { id: row!.endpointId! })).toMatchObject({ enabled: true, failingSince: T0 });
  });

  it("gives up on a receiver that does not answer in time, and retries", async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
    try {
      await addWebhookEndpoint(db(), { portalId: portal.id, url: `http://127.0.0.1:${(silent.address() as AddressInfo).port}/`, events: ["request.verified"], by: "cli", now: T0, allowPrivate: true, authSecret: AUTH_SECRET });
      await queue("request.verified");
      expect(await drainWebhooks({ db: db(), now: T0, allowPrivate: true, authSecret: AUTH_SECRET, appUrl: APP_URL, timeoutMs: 300 })).toEqual({ delivered: 0, retried: 1, failed: 0 });
      const [row] = await deliveries();
      expect(row).toMatchObject({ status: "pending", attempts: 1, lastStatusCode: null, lastResponseExcerpt: "Not delivered: no answer within 0.3 s." });
      expect(row!.lastDurationMs).toBeGreaterThanOrEqual(290);
    } finally {
      silent.closeAllConnections();
      await new Promise((resolve) => silent.close(resolve));
    }
  });

  it("treats a redirect as a failure and does not follow it", async () => {
    await endpoint();
    receiver.answer(() => ({ status: 302 }));
    await queue("request.verified");
    expect(await drain(T0)).toEqual({ delivered: 0, retried: 1, failed: 0 });
    expect(receiver.received).toHaveLength(1);
  });

  it("disables an endpoint that failed every attempt for 24 hours, fails what waited, and emails the portal's admins", async () => {
    const admins = [await addStaff(db(), "mvsep", "admin", "one@example.test"), await addStaff(db(), "mvsep", "admin", "two@example.test")];
    await addStaff(db(), "mvsep", "agent", "agent@example.test");
    await addStaff(db(), "moserra", "admin", "elsewhere@example.test");
    const { id } = await endpoint();
    receiver.answer(() => ({ status: 503 }));
    await queue("request.verified");
    await drain(T0);

    await queue("request.completed", { now: at(23 * HOUR) });
    expect(await drain(at(23 * HOUR))).toEqual({ delivered: 0, retried: 2, failed: 0 });
    expect(await getWebhookEndpoint(db(), { id })).toMatchObject({ enabled: true, failingSince: T0 });

    await queue("request.verified", { now: at(24 * HOUR) });
    expect((await drain(at(24 * HOUR))).failed).toBeGreaterThanOrEqual(1);
    expect(await getWebhookEndpoint(db(), { id })).toMatchObject({ enabled: false, disabledAt: at(24 * HOUR), disabledReason: `every attempt failed since ${T0.toISOString()}` });
    expect((await deliveries()).map((d) => d.status)).toEqual(["failed", "failed", "failed"]);

    const mails = await outbox(db(), "webhook-endpoint-disabled");
    expect(mails.map((m) => m.to).sort()).toEqual(admins.map((a) => a.email).sort());
    expect(mails[0]!.text).toContain(receiver.url);
    expect(mails[0]!.text).toContain(`${APP_URL}/staff/settings/mvsep/webhooks`);
    const audit = await db().select().from(requestEvents).where(eq(requestEvents.type, "webhook_endpoint_disabled"));
    expect(audit).toEqual([expect.objectContaining({ portalId: portal.id, actor: "system", data: { endpointId: id, url: receiver.url, reason: `every attempt failed since ${T0.toISOString()}` } })]);

    // Disabled: new events are not queued for it, and nothing more is sent.
    expect(await queue("request.verified", { now: at(25 * HOUR) })).toBeNull();
    const sent = receiver.received.length;
    await drain(at(30 * HOUR));
    expect(receiver.received).toHaveLength(sent);
  });

  it("starts the 24 hours again after a delivery goes through", async () => {
    const { id } = await endpoint();
    receiver.answer(() => ({ status: 500 }));
    await queue("request.verified");
    await drain(T0);
    receiver.answer(() => ({ status: 200 }));
    await drain(at(20 * HOUR));
    expect(await getWebhookEndpoint(db(), { id })).toMatchObject({ enabled: true, failingSince: null });
    receiver.answer(() => ({ status: 500 }));
    await queue("request.verified", { now: at(25 * HOUR) });
    await drain(at(25 * HOUR));
    expect(await getWebhookEndpoint(db(), { id })).toMatchObject({ enabled: true, failingSince: at(25 * HOUR) });
  });

  it("disables an endpoint at once when it answers 410 Gone", async () => {
    await addStaff(db(), "mvsep", "admin", "one@example.test");
    const { id } = await endpoint();
    receiver.answer(() => ({ status: 410 }));
    await queue("request.verified");
    expect(await drain(T0)).toEqual({ delivered: 0, retried: 0, failed: 1 });
    expect(await getWebhookEndpoint(db(), { id })).toMatchObject({ enabled: false, disabledReason: "the receiver answered 410 Gone" });
    expect(await outbox(db(), "webhook-endpoint-disabled")).toHaveLength(1);
  });
});

describe("secret rotation", () => {
  it("signs with the old secret too for 24 hours after a rotation, then with the new one only", async () => {
    const { id, secret: first } = await endpoint(["request.verified"], at(-48 * HOUR));
    const { secret: second, oldValidUntil } = await rotateWebhookSecret(db(), { portalId: portal.id, endpointId: id, by: "cli", now: at(-25 * HOUR), authSecret: AUTH_SECRET });
    expect(oldValidUntil).toEqual(at(-HOUR));
    expect(second).not.toBe(first);
    await queue("request.verified");
    await drain(T0);
    let got = receiver.received.at(-1)!;
    expect(String(got.headers["webhook-signature"]).split(" ")).toHaveLength(1);
    expect(() => verify(second, got)).not.toThrow();
    expect(() => verify(first, got)).toThrow();

    const { secret: third } = await rotateWebhookSecret(db(), { portalId: portal.id, endpointId: id, by: "cli", now: T0, authSecret: AUTH_SECRET });
    await queue("request.verified");
    await drain(T0);
    got = receiver.received.at(-1)!;
    expect(String(got.headers["webhook-signature"]).split(" ")).toHaveLength(2);
    expect(() => verify(second, got)).not.toThrow();
    expect(() => verify(third, got)).not.toThrow();
  });
});

describe("redelivery", () => {
  it("sends the same event again under the same webhook-id, and records who asked", async () => {
    const admin = await addStaff(db(), "mvsep", "admin");
    const { secret } = await endpoint();
    const eventId = await queue("request.verified");
    await drain(T0);
    const [original] = await deliveries();
    await redeliverWebhook(db(), { portalId: portal.id, deliveryId: original!.id, by: { userId: admin.id }, now: at(60_000) });
    expect(await drain(at(60_000))).toEqual({ delivered: 1, retried: 0, failed: 0 });
    expect(receiver.received.map((r) => r.headers["webhook-id"])).toEqual([eventId, eventId]);
    expect(verify(secret, receiver.received[1]!)).toEqual(JSON.parse(original!.payload));
    const rows = await deliveries();
    expect(rows.map((d) => [d.eventId, d.status, d.attempts])).toEqual([
      [eventId, "delivered", 1],
      [eventId, "delivered", 1],
    ]);
    const audit = await db().select().from(requestEvents).where(eq(requestEvents.type, "webhook_redelivered"));
    expect(audit).toEqual([expect.objectContaining({ actor: `staff:${admin.id}`, data: { endpointId: original!.endpointId, deliveryId: original!.id, eventId, type: "request.verified" } })]);
  });

  it("refuses another portal's delivery", async () => {
    await endpoint();
    await queue("request.verified");
    const [row] = await deliveries();
    const other = await demoPortal(db(), "moserra");
    await expect(redeliverWebhook(db(), { portalId: other.id, deliveryId: row!.id, by: "cli", now: T0 })).rejects.toMatchObject({ code: "webhook_delivery_not_found" });
  });
});

describe("the address guard", () => {
  it("refuses a private address when an endpoint is added", async () => {
    const refused = await addWebhookEndpoint(db(), { portalId: portal.id, url: receiver.url, events: ["request.verified"], by: "cli", now: T0, allowPrivate: false, authSecret: AUTH_SECRET }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: "webhook_url_refused", field: "url" });
    expect((refused as Error).message).toContain("points to 127.0.0.1, a loopback address");
  });

  it("checks again at delivery time, and sends nothing to an address no longer allowed", async () => {
    await endpoint();
    await queue("request.verified");
    expect(await drain(T0, { allowPrivate: false })).toEqual({ delivered: 0, retried: 1, failed: 0 });
    expect(receiver.received).toEqual([]);
    expect((await deliveries())[0]!.lastResponseExcerpt).toMatch(/^Not sent: the URL points to 127\.0\.0\.1, a loopback address/);
  });
});

describe("a changed AUTH_SECRET", () => {
  it("stops signing until the secret is rotated, then signs with the new one alone", async () => {
    const { id } = await endpoint();
    await queue("request.verified");
    expect(await drainWebhooks({ db: db(), now: T0, allowPrivate: true, authSecret: `${AUTH_SECRET}-new`, appUrl: APP_URL })).toEqual({ delivered: 0, retried: 1, failed: 0 });
    expect(receiver.received).toEqual([]);
    expect((await deliveries())[0]!.lastResponseExcerpt).toBe("Not sent: the signing secret cannot be read (was AUTH_SECRET changed?). Rotate the secret to sign again.");

    const { secret } = await rotateWebhookSecret(db(), { portalId: portal.id, endpointId: id, by: "cli", now: T0, authSecret: `${AUTH_SECRET}-new` });
    expect(await drainWebhooks({ db: db(), now: at(10_000), allowPrivate: true, authSecret: `${AUTH_SECRET}-new`, appUrl: APP_URL })).toEqual({ delivered: 1, retried: 0, failed: 0 });
    const got = receiver.received[0]!;
    expect(String(got.headers["webhook-signature"]).split(" ")).toHaveLength(1);
    expect(() => verify(secret, got)).not.toThrow();
  });
});
