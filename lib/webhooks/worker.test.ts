import { afterEach, expect, it, vi } from "vitest";
import { withTransaction } from "../../db/client";
import { tempDbPerTest } from "../../db/testing";
import { portal as demoPortal } from "../scheduler/test-fixtures";
import { addWebhookEndpoint } from "./endpoints";
import { queueWebhookEvent } from "./queue";
import { startReceiver } from "./test-receiver";
import { startWebhookWorker } from "./worker";

const AUTH_SECRET = "a-worker-test-secret-of-at-least-32-characters";
// The worker reads its settings from the environment, as in the server.
vi.stubEnv("AUTH_SECRET", AUTH_SECRET);
vi.stubEnv("WEBHOOK_ALLOW_PRIVATE", "1");

const db = tempDbPerTest();
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
let stop = () => {};
afterEach(() => stop());

it("sends an event queued in a transaction once it commits, without waiting for the next tick", async () => {
  const receiver = await startReceiver();
  try {
    const { id: portalId } = await demoPortal(db(), "mvsep");
    await addWebhookEndpoint(db(), { portalId, url: receiver.url, events: ["request.verified"], by: "cli", now: new Date(), allowPrivate: true, authSecret: AUTH_SECRET });
    // A long interval: only the first round and the kick run.
    stop = startWebhookWorker({ intervalMs: 3_600_000, db: db() });
    await tick(50);
    await withTransaction(db(), async (tx) => {
      await queueWebhookEvent(tx, { portalId, type: "request.verified", data: { reference: "MV-1" }, now: new Date() });
      // Queued but not committed: the kick waits for the commit.
      await tick(100);
      expect(receiver.received).toEqual([]);
    });
    for (let i = 0; i < 100 && receiver.received.length === 0; i++) await tick(20);
    expect(receiver.received).toHaveLength(1);
    expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({ type: "request.verified", data: { reference: "MV-1" } });
  } finally {
    await receiver.close();
  }
});
