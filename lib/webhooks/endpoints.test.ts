import { eq, like } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getWebhookEndpoint } from "../../db/queries/webhook-endpoints";
import { requestEvents, webhookDeliveries, webhookEndpoints, type Portal } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { addStaff, portal as demoPortal } from "../scheduler/test-fixtures";
import { addWebhookEndpoint, portalWebhookEndpoints, removeWebhookEndpoint, rotateWebhookSecret, setWebhookEndpointEnabled, webhookDeliveryLog } from "./endpoints";
import { openSecret } from "../security/sealed-secret";

const db = tempDbPerTest();
const AUTH_SECRET = "a-test-auth-secret-of-at-least-32-characters";
const NOW = new Date("2026-11-29T09:00:00Z");
const HOUR = 60 * 60 * 1000;
let portal: Portal;
let by: { userId: string };

beforeEach(async () => {
  portal = await demoPortal(db(), "mvsep");
  by = { userId: (await addStaff(db(), "mvsep", "admin")).id };
});

const add = (url = "http://127.0.0.1:9/hooks") => addWebhookEndpoint(db(), { portalId: portal.id, url, events: ["request.verified", "request.verified", "request.completed"], by, now: NOW, allowPrivate: true, authSecret: AUTH_SECRET });
const audit = () => db().select({ type: requestEvents.type, actor: requestEvents.actor, data: requestEvents.data }).from(requestEvents).where(like(requestEvents.type, "webhook_%")).orderBy(requestEvents.id);

describe("managing endpoints", () => {
  it("adds an endpoint with its events once each and its secret sealed, and records who added it", async () => {
    const { id, secret } = await add();
    const row = (await getWebhookEndpoint(db(), { id }))!;
    expect(row).toMatchObject({ portalId: portal.id, url: "http://127.0.0.1:9/hooks", events: ["request.verified", "request.completed"], enabled: true, previousSecret: null });
    expect(openSecret(row.secret, AUTH_SECRET, "webhook signing secrets")).toBe(secret);
    expect(await audit()).toEqual([{ type: "webhook_endpoint_added", actor: `staff:${by.userId}`, data: { endpointId: id, url: "http://127.0.0.1:9/hooks", events: ["request.verified", "request.completed"] } }]);
  });

  it("rotates: the old secret is kept for 24 hours, and the list shows the overlap without any secret", async () => {
    const { id, secret: old } = await add();
    const { secret, oldValidUntil } = await rotateWebhookSecret(db(), { portalId: portal.id, endpointId: id, by, now: NOW, authSecret: AUTH_SECRET });
    expect(oldValidUntil).toEqual(new Date(NOW.getTime() + 24 * HOUR));
    const row = (await getWebhookEndpoint(db(), { id }))!;
    expect(openSecret(row.secret, AUTH_SECRET, "webhook signing secrets")).toBe(secret);
    expect(openSecret(row.previousSecret!, AUTH_SECRET, "webhook signing secrets")).toBe(old);
    const [listed] = await portalWebhookEndpoints(db(), { portalId: portal.id, now: NOW });
    expect(listed).toMatchObject({ id, rotating: true, previousSecretUntil: oldValidUntil });
    expect(listed).not.toHaveProperty("secret");
    expect(listed).not.toHaveProperty("previousSecret");
    expect((await portalWebhookEndpoints(db(), { portalId: portal.id, now: oldValidUntil }))[0]!.rotating).toBe(false);
    expect((await audit()).at(-1)).toEqual({ type: "webhook_secret_rotated", actor: `staff:${by.userId}`, data: { endpointId: id, url: "http://127.0.0.1:9/hooks", oldValidUntil: oldValidUntil.toISOString() } });
  });

  it("disables and enables by hand, each recorded once; enabling starts afresh", async () => {
    const { id } = await add();
    await setWebhookEndpointEnabled(db(), { portalId: portal.id, endpointId: id, enabled: false, by, now: NOW });
    await setWebhookEndpointEnabled(db(), { portalId: portal.id, endpointId: id, enabled: false, by, now: NOW });
    expect(await getWebhookEndpoint(db(), { id })).toMatchObject({ enabled: false, disabledAt: NOW, disabledReason: "disabled by an admin" });
    await setWebhookEndpointEnabled(db(), { portalId: portal.id, endpointId: id, enabled: true, by, now: NOW });
    expect(await getWebhookEndpoint(db(), { id })).toMatchObject({ enabled: true, disabledAt: null, disabledReason: null, failingSince: null });
    expect((await audit()).map((e) => e.type)).toEqual(["webhook_endpoint_added", "webhook_endpoint_disabled", "webhook_endpoint_enabled"]);
  });

  it("deletes an endpoint with its deliveries", async () => {
    const { id } = await add();
    await removeWebhookEndpoint(db(), { portalId: portal.id, endpointId: id, by, now: NOW });
    expect(await db().select().from(webhookEndpoints)).toEqual([]);
    expect(await db().select().from(webhookDeliveries).where(eq(webhookDeliveries.endpointId, id))).toEqual([]);
    expect((await audit()).at(-1)).toMatchObject({ type: "webhook_endpoint_deleted", data: { endpointId: id } });
  });

  it("treats another portal's endpoint as missing, for every change and the log", async () => {
    const { id } = await add();
    const other = await demoPortal(db(), "moserra");
    const refused = { code: "webhook_not_found" };
    await expect(rotateWebhookSecret(db(), { portalId: other.id, endpointId: id, by, now: NOW, authSecret: AUTH_SECRET })).rejects.toMatchObject(refused);
    await expect(setWebhookEndpointEnabled(db(), { portalId: other.id, endpointId: id, enabled: false, by, now: NOW })).rejects.toMatchObject(refused);
    await expect(removeWebhookEndpoint(db(), { portalId: other.id, endpointId: id, by, now: NOW })).rejects.toMatchObject(refused);
    expect(await webhookDeliveryLog(db(), { portalId: other.id, endpointId: id, now: NOW })).toBeUndefined();
    expect(await getWebhookEndpoint(db(), { id })).toMatchObject({ enabled: true });
  });

  it("refuses an endpoint without events, on the events field", async () => {
    await expect(addWebhookEndpoint(db(), { portalId: portal.id, url: "http://127.0.0.1:9/", events: [], by, now: NOW, allowPrivate: true, authSecret: AUTH_SECRET })).rejects.toMatchObject({ code: "webhook_events_required", field: "events" });
  });
});
