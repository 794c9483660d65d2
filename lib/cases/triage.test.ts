import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { getPortalBySlug } from "../../db/queries/portals";
import { getRequestReminder } from "../../db/queries/request-reminders";
import { emailOutbox, inboundAttachments, inboundMessages, requestEvents, requests, type Portal } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { listQueue } from "../../db/views/queue";
import { downloadInboundAttachment } from "../inbound/attachment-download";
import { importInboundMessage } from "../inbound/import";
import { compose, resolverOf, testDomain } from "../inbound/testing";
import { computeRequestDeadline } from "../requests/deadline";
import { confirmRequestType, dismissAsNotARequest } from "./triage";

const db = tempDbPerTest();
const NOW = new Date("2026-03-02T08:00:00Z");
const LATER = new Date("2026-03-04T08:00:00Z");
const by = { apiKey: { id: 1, name: "desk" } };
const ann = testDomain("ann.example");
let usegpt: Portal;

beforeEach(async () => {
  await seedDemoPortals(db());
  usegpt = (await getPortalBySlug(db(), { slug: "usegpt" }))!;
});

const emailed = async (proved: boolean, subject = "Удалить аккаунт", now = NOW) => {
  const raw = await compose({ date: new Date(now.getTime() - 5 * 60_000), from: "ann@ann.example", messageId: `<${Buffer.from(subject).toString("hex")}-${proved}@ann.example>`, subject, text: "Здравствуйте." });
  const result = await importInboundMessage(db(), { portalId: usegpt.id, raw: proved ? await ann.sign(raw) : raw }, { resolver: resolverOf(ann), now, appUrl: "http://privacy.example.test", kick: () => {} });
  const reference = (result as { reference: string }).reference;
  return (await db().select().from(requests).where(eq(requests.reference, reference)))[0]!;
};
const reload = async (id: number) => (await db().select().from(requests).where(eq(requests.id, id)))[0];
const trail = async (id: number) => (await db().select({ type: requestEvents.type, actor: requestEvents.actor }).from(requestEvents).where(eq(requestEvents.requestId, id))).map((e) => e.type);

describe("triage of an emailed request", () => {
  it("confirming another type recomputes the deadline from the same arrival, under that type's rule", async () => {
    const request = await emailed(true);
    expect(request).toMatchObject({ type: "deletion", status: "open", triage: "needs_triage" });
    await confirmRequestType(db(), { request, portal: usegpt, type: "access", by, now: LATER });
    const after = (await reload(request.id))!;
    // 152-FZ art. 14(3): access within 10 working days of the arrival (Monday 2 March 2026), not of the
    // triage: 3–6 March, then 10–13 and 16–17 March (Monday 9 March is the holiday moved from Sunday 8 March).
    expect(after).toMatchObject({ type: "access", triage: "confirmed", status: "open" });
    expect(after.dueDate).toBe(computeRequestDeadline(request.deadlinePolicy!, "access").dueDate);
    expect(after.dueDate).toBe("2026-03-17");
    expect(await trail(request.id)).toContain("triage_confirmed");
  });

  it("confirming the suggested type keeps the deadline, and a second triage is refused", async () => {
    const request = await emailed(true);
    await confirmRequestType(db(), { request, portal: usegpt, type: "deletion", by, now: LATER });
    const after = (await reload(request.id))!;
    expect(after).toMatchObject({ type: "deletion", triage: "confirmed", dueDate: request.dueDate });
    await expect(confirmRequestType(db(), { request: after, portal: usegpt, type: "access", by, now: LATER })).rejects.toMatchObject({ code: "triage_not_needed" });
  });

  it("refuses a type the portal does not offer", async () => {
    const request = await emailed(true);
    await expect(confirmRequestType(db(), { request, portal: usegpt, type: "portability", by, now: LATER })).rejects.toMatchObject({ code: "triage_type_not_offered" });
  });

  it("'not a request' closes a verified request as rejected, audited, with no email to the sender", async () => {
    const request = await emailed(true);
    const mailsBefore = await db().$count(emailOutbox);
    await dismissAsNotARequest(db(), { request, by, now: LATER });
    expect(await reload(request.id)).toMatchObject({ status: "rejected", rejectionReason: "not_a_request", triage: "not_a_request", closedAt: LATER });
    expect(await getRequestReminder(db(), { requestId: request.id })).toBeNull();
    expect(await db().$count(emailOutbox)).toBe(mailsBefore);
    expect(await trail(request.id)).toContain("triage_not_a_request");
  });

  it("an email dismissed as not a request is nobody's earlier request: a later one of its guessed type is not flagged as its duplicate", async () => {
    const dismissed = await emailed(true);
    await dismissAsNotARequest(db(), { request: dismissed, by, now: LATER });
    const real = await emailed(true, "Удалить аккаунт, пожалуйста");
    expect(real).toMatchObject({ type: "deletion", duplicateState: null, duplicateOf: null });
  });

  it("'not a request' erases an unverified one, leaving the trail's entry", async () => {
    const request = await emailed(false);
    await dismissAsNotARequest(db(), { request, by, now: LATER });
    expect(await reload(request.id)).toBeUndefined();
    expect(await db().$count(inboundMessages)).toBe(0);
    const [entry] = await db().select().from(requestEvents).where(eq(requestEvents.type, "triage_not_a_request"));
    expect(entry).toMatchObject({ requestId: request.id, actor: "api-key:1:desk" });
  });

  it("a proved sender's second emailed request of the same type is flagged as a possible duplicate of the first, linked to it", async () => {
    const first = await emailed(true);
    const second = await emailed(true, "Удалить аккаунт, пожалуйста");
    expect(second).toMatchObject({ type: "deletion", duplicateOf: first.id, duplicateState: "flagged" });
    expect(await trail(second.id)).toContain("duplicate_flagged");
  });

  it("confirming another type looks for duplicates under it: an earlier request of the confirmed type is flagged, and a flag on the guessed type goes", async () => {
    const deletion = await emailed(true);
    const access = await emailed(true, "Доступ к данным");
    const again = await emailed(true, "Удалить аккаунт, пожалуйста");
    expect(access).toMatchObject({ type: "access", duplicateState: null });
    expect(again).toMatchObject({ type: "deletion", duplicateOf: deletion.id, duplicateState: "flagged" });

    await confirmRequestType(db(), { request: access, portal: usegpt, type: "deletion", by, now: LATER });
    expect(await reload(access.id)).toMatchObject({ type: "deletion", duplicateOf: deletion.id, duplicateState: "flagged" });
    expect(await trail(access.id)).toContain("duplicate_flagged");

    await confirmRequestType(db(), { request: again, portal: usegpt, type: "access", by, now: LATER });
    expect(await reload(again.id)).toMatchObject({ type: "access", duplicateOf: null, duplicateState: null });
    const [confirmed] = await db().select({ data: requestEvents.data }).from(requestEvents).where(eq(requestEvents.requestId, again.id)).then((rows) => rows.filter((r) => (r.data as { duplicateCleared?: string } | null)?.duplicateCleared));
    expect(confirmed?.data).toMatchObject({ type: "access", suggested: "deletion", duplicateCleared: "flagged" });
  });

  it("confirming another type clears the flags of later requests that repeated it under the guessed type, each looked at again", async () => {
    const first = await emailed(true, "Доступ к данным");
    const second = await emailed(true, "Доступ к данным, пожалуйста", new Date("2026-03-02T09:00:00Z"));
    const third = await emailed(true, "Доступ к моим данным", new Date("2026-03-02T10:00:00Z"));
    const deletion = await emailed(true, "Удалить аккаунт", new Date("2026-03-02T11:00:00Z"));
    expect([first.type, second.type, third.type]).toEqual(["access", "access", "access"]);
    expect(second).toMatchObject({ duplicateOf: first.id, duplicateState: "flagged" });
    expect(third).toMatchObject({ duplicateOf: first.id, duplicateState: "flagged" });
    expect(deletion).toMatchObject({ duplicateState: null });

    await confirmRequestType(db(), { request: first, portal: usegpt, type: "deletion", by, now: LATER });
    expect(await reload(second.id)).toMatchObject({ duplicateOf: null, duplicateState: null });
    expect(await reload(third.id)).toMatchObject({ duplicateOf: second.id, duplicateState: "flagged" });
    const cleared = await db().select().from(requestEvents).where(eq(requestEvents.type, "duplicate_cleared"));
    expect(cleared.map((e) => [e.requestId, e.actor, e.public, e.data])).toEqual(
      [second, third].map((r) => [r.id, "api-key:1:desk", false, { earlier: first.reference, earlierType: "deletion", duplicateCleared: "flagged" }]),
    );
    expect(await trail(third.id)).toEqual(expect.arrayContaining(["duplicate_cleared", "duplicate_flagged"]));
  });

  it("shows in the queue with its badge, and the queue's filter lists only requests waiting for triage", async () => {
    const request = await emailed(true);
    const other = await emailed(true, "Доступ к данным");
    await confirmRequestType(db(), { request: other, portal: usegpt, type: "access", by, now: LATER });
    const filters = { portalIds: [usegpt.id], userId: "nobody", now: LATER };
    const all = await listQueue(db(), filters, { limit: 10 });
    expect(all.rows.map((r) => [r.reference, r.needsTriage])).toEqual(expect.arrayContaining([[request.reference, true], [other.reference, false]]));
    const waiting = await listQueue(db(), { ...filters, needsTriage: true }, { limit: 10 });
    expect(waiting.rows.map((r) => r.reference)).toEqual([request.reference]);
  });
});

describe("an emailed request's attachments", () => {
  it("are downloaded only through their own request, each download in the trail", async () => {
    const raw = await compose({ from: "ann@ann.example", messageId: "<att@ann.example>", subject: "Удалить", text: "Паспорт во вложении.", attachments: [{ filename: "паспорт.pdf", content: Buffer.from("%PDF") }] });
    const { reference } = (await importInboundMessage(db(), { portalId: usegpt.id, raw }, { resolver: resolverOf(), now: NOW, appUrl: "http://privacy.example.test", kick: () => {} })) as { reference: string };
    const request = (await db().select().from(requests).where(eq(requests.reference, reference)))[0]!;
    const other = await emailed(false);
    const [{ id }] = (await db().select({ id: inboundAttachments.id }).from(inboundAttachments)) as [{ id: number }];
    expect(await downloadInboundAttachment(db(), { request: other, attachmentId: id, userId: "u1", now: LATER })).toBeUndefined();
    const file = await downloadInboundAttachment(db(), { request, attachmentId: id, userId: "u1", now: LATER });
    expect(file).toMatchObject({ filename: "паспорт.pdf", mimeType: "application/pdf" });
    expect(file!.content.toString()).toBe("%PDF");
    expect(await db().select({ actor: requestEvents.actor }).from(requestEvents).where(eq(requestEvents.type, "email_attachment_downloaded"))).toEqual([{ actor: "staff:u1" }]);
  });
});
