import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { listRetentionBases } from "../../db/queries/cases";
import { getRequestById } from "../../db/queries/requests";
import { emailOutbox, webhookDeliveries, type Portal } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { answerQuestion, askRequester } from "../cases/clarify";
import { completeDeletion } from "../cases/complete-deletion";
import { rejectRequest } from "../cases/reject";
import { startWork } from "../cases/work";
import { submitRequest } from "../requests/submit";
import { withdrawRequest } from "../requests/status";
import { verifyRequest } from "../requests/verify";
import { sweepDeadlineReminders } from "../scheduler/deadline-reminders";
import { sweepRetentionReminders } from "../scheduler/retention-reminders";
import { addStaff, APP, portal as portalOf } from "../scheduler/test-fixtures";
import { addWebhookEndpoint } from "./endpoints";
import { WEBHOOK_EVENT_TYPES } from "./events";

const db = tempDbPerTest();
const AUTH_SECRET = "webhook-events-test-secret-webhook-events-test";
const T0 = new Date("2026-03-02T08:00:00Z");
const hours = (n: number) => new Date(T0.getTime() + n * 3_600_000);
let mvsep: Portal;
let by: { staff: string };

beforeEach(async () => {
  mvsep = await portalOf(db(), "mvsep");
  by = { staff: (await addStaff(db(), "mvsep", "agent")).id };
  await addWebhookEndpoint(db(), { portalId: mvsep.id, url: "http://127.0.0.1:9/", events: [...WEBHOOK_EVENT_TYPES], by: "cli", now: T0, allowPrivate: true, authSecret: AUTH_SECRET });
});

/** A submitted and verified request of MVSEP (Tashkent), with its status link's token. */
async function verified(type: "deletion" | "correction" = "deletion") {
  const { id } = await submitRequest(db(), { portal: mvsep, input: { type, email: "ann@example.com", name: "Ann", accountId: "u-42", language: "en", details: "x" }, channel: "web", now: T0, appUrl: APP });
  const mail = (await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, id))).at(-1)!;
  const outcome = await verifyRequest(db(), { token: /verify\?token=([\w-]{43})/.exec(mail.text)![1], portal: mvsep, now: hours(1), appUrl: APP });
  if (outcome.state !== "verified") throw new Error(outcome.state);
  return { id, statusToken: outcome.statusToken, request: async () => (await getRequestById(db(), { id }))! };
}

async function events(requestId: number) {
  const rows = await db().select({ type: webhookDeliveries.type, payload: webhookDeliveries.payload }).from(webhookDeliveries).where(eq(webhookDeliveries.requestId, requestId)).orderBy(asc(webhookDeliveries.id));
  return rows.map((r) => ({ type: r.type, data: (JSON.parse(r.payload) as { data: Record<string, unknown> }).data }));
}

describe("every request use case announces its change to the portal's webhooks, in the change's transaction", () => {
  it("submitted, verified, clarification answered, then completed with each category's outcome", async () => {
    const { id, request } = await verified();
    await startWork(db(), { request: await request(), by, now: hours(2) });
    await askRequester(db(), { request: await request(), portal: mvsep, question: "Which account?", by, now: hours(3), appUrl: APP });
    await answerQuestion(db(), { request: await request(), answer: "u-42", now: hours(4) });
    const [basis] = await listRetentionBases(db(), { portalId: mvsep.id });
    const kept = mvsep.dataCategories.find((c) => c !== "push notification tokens")!;
    const outcomes = mvsep.dataCategories.map((category) => (category === kept ? { category, kept: true as const, basisId: basis!.id, keepUntil: "2026-12-31" } : { category, kept: false as const }));
    await completeDeletion(db(), { request: await request(), portal: mvsep, outcomes, by, now: hours(5), appUrl: APP });

    const sent = await events(id);
    expect(sent.map((e) => e.type)).toEqual(["request.submitted", "request.verified", "request.clarification_answered", "request.completed"]);
    expect(sent[1]!.data).toMatchObject({ status: "open", accountId: "u-42", requestType: "deletion" });
    expect(sent[1]!.data.dueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(sent[3]!.data).toMatchObject({ status: "completed", outcomes: expect.arrayContaining([{ category: kept, kept: true, basis: basis!.key, keepUntil: "2026-12-31" }]) });
    // Nothing the requester wrote travels in a webhook.
    expect(JSON.stringify(sent)).not.toContain("ann@example.com");

    // The kept category's keep-until day: the operator's systems hear it is due for deletion.
    await sweepRetentionReminders(db(), { now: new Date("2026-12-31T12:00:00Z"), appUrl: APP });
    expect((await events(id)).at(-1)).toEqual({ type: "retention.expiring", data: { reference: (await request()).reference, accountId: "u-42", category: kept, basis: basis!.key, keepUntil: "2026-12-31" } });
  });

  it("rejected and withdrawn", async () => {
    const rejected = await verified();
    await rejectRequest(db(), { request: await rejected.request(), portal: mvsep, reason: "duplicate", message: "", by, now: hours(2), appUrl: APP });
    expect((await events(rejected.id)).at(-1)).toMatchObject({ type: "request.rejected", data: { status: "rejected", ground: "duplicate" } });
    const withdrawn = await verified("correction");
    expect((await withdrawRequest(db(), { token: withdrawn.statusToken, portal: mvsep, now: hours(2) })).state).toBe("withdrawn");
    expect((await events(withdrawn.id)).at(-1)).toMatchObject({ type: "request.withdrawn", data: { status: "withdrawn" } });
  });

  it("due soon and overdue, once per request and reminder, whatever the number of staff reminded", async () => {
    await addStaff(db(), "mvsep", "admin");
    const { id, request } = await verified();
    const { dueAt } = await request();
    for (let day = -10; day <= 2; day++) await sweepDeadlineReminders(db(), { now: new Date(dueAt!.getTime() + day * 86_400_000), appUrl: APP });
    const reminders = (await events(id)).filter((e) => e.type === "request.due_soon" || e.type === "request.overdue");
    expect(reminders.length).toBeGreaterThan(1);
    expect(new Set(reminders.map((e) => e.data.reminder)).size).toBe(reminders.length);
    expect(reminders.at(-1)).toMatchObject({ type: "request.overdue", data: { reminder: expect.stringMatching(/^overdue-/) } });
    expect(reminders.some((e) => e.type === "request.due_soon")).toBe(true);
  });
});
