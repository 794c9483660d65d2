import { asc, eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { listRetentionBases } from "../../db/queries/cases";
import { getPortalBySlug } from "../../db/queries/portals";
import { getRequestById } from "../../db/queries/requests";
import { emailOutbox, webhookDeliveries, type Portal } from "../../db/schema";
import { testVirginiaPortal } from "../../db/seed-data/test-virginia";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { decideAppeal } from "../appeals/decide";
import { lodgeAppeal } from "../appeals/lodge";
import { answerQuestion, askRequester } from "../cases/clarify";
import { completeDeletion } from "../cases/complete-deletion";
import { mergeDuplicate } from "../cases/duplicates";
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

  it("a duplicate merged by staff is rejected on the duplicate ground, naming the request that stands (issue 9)", async () => {
    const first = await verified();
    const second = await verified();
    expect((await second.request()).duplicateState).toBe("flagged");
    await mergeDuplicate(db(), { request: await second.request(), portal: mvsep, by, now: hours(2), appUrl: APP });
    expect((await events(second.id)).at(-1)).toMatchObject({ type: "request.rejected", data: { status: "rejected", ground: "duplicate", mergedInto: (await first.request()).reference } });
  });

  it("an appeal is submitted and verified when lodged, and completed or rejected when decided, naming the decision it appeals (issue 9)", async () => {
    await seedDemoPortals(db(), [testVirginiaPortal]);
    const virginia = (await getPortalBySlug(db(), { slug: "blue-ridge" }))!;
    const staff = { staff: (await addStaff(db(), "blue-ridge", "agent")).id };
    await addWebhookEndpoint(db(), { portalId: virginia.id, url: "http://127.0.0.1:9/", events: [...WEBHOOK_EVENT_TYPES], by: "cli", now: T0, allowPrivate: true, authSecret: AUTH_SECRET });
    const decided = async (email: string) => {
      const { id } = await submitRequest(db(), { portal: virginia, input: { type: "deletion", email, name: "Ann", language: "en" }, channel: "web", now: T0, appUrl: APP });
      const mail = (await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, id))).at(-1)!;
      await verifyRequest(db(), { token: /verify\?token=([\w-]{43})/.exec(mail.text)![1], portal: virginia, now: hours(1), appUrl: APP });
      await rejectRequest(db(), { request: (await getRequestById(db(), { id }))!, portal: virginia, reason: "no-data-held", message: "", by: staff, now: hours(2), appUrl: APP });
      const original = (await getRequestById(db(), { id }))!;
      const lodged = await lodgeAppeal(db(), { portal: virginia, original, grounds: "You do hold my orders.", channel: "web", now: hours(3), appUrl: APP });
      if (lodged.state !== "lodged") throw new Error(lodged.state);
      await startWork(db(), { request: lodged.appeal, by: staff, now: hours(4) });
      return { original, appeal: async () => (await getRequestById(db(), { id: lodged.appeal.id }))! };
    };
    const denied = await decided("ann@example.com");
    await decideAppeal(db(), { request: await denied.appeal(), portal: virginia, outcome: "denied", explanation: "We hold nothing else.", by: staff, now: hours(5), appUrl: APP });
    const sent = await events((await denied.appeal()).id);
    expect(sent.map((e) => e.type)).toEqual(["request.submitted", "request.verified", "request.rejected"]);
    expect(sent[0]!.data).toMatchObject({ requestType: "appeal", status: "open", appealOf: denied.original.reference });
    expect(sent[2]!.data).toMatchObject({ status: "rejected", outcome: "denied", ground: "appeal_denied", appealOf: denied.original.reference });

    const granted = await decided("bob@example.com");
    await decideAppeal(db(), { request: await granted.appeal(), portal: virginia, outcome: "granted", explanation: "We found the orders and will delete them.", by: staff, now: hours(5), appUrl: APP });
    expect((await events((await granted.appeal()).id)).at(-1)).toMatchObject({ type: "request.completed", data: { status: "completed", outcome: "granted", appealOf: granted.original.reference } });
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
