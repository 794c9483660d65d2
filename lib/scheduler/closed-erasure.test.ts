import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withTransaction, type Db } from "../../db/client";
import { listAuditEntries } from "../../db/queries/audit";
import { listRetentionBases } from "../../db/queries/cases";
import { getPortalBySlug } from "../../db/queries/portals";
import { deletionOutcomes, emailOutbox, exportFiles, inboundAttachments, inboundMessages, messages, notes, pauses, portals, requestEvents, requests, tokens } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { verifyChain } from "../audit/verify";
import { importInboundMessage } from "../inbound/import";
import { compose, resolverOf } from "../inbound/testing";
import { answerQuestion, askRequester } from "../cases/clarify";
import { completeAccess } from "../cases/complete-access";
import { completeDeletion } from "../cases/complete-deletion";
import { rejectRequest } from "../cases/reject";
import { addNote, startWork } from "../cases/work";
import { getRequestById } from "../../db/queries/requests";
import { submitRequest } from "../requests/submit";
import { sweepUnverified } from "../requests/unverified";
import { sweepClosedErasure } from "./closed-erasure";
import { addStaff, APP, openRequest } from "./test-fixtures";

const db = tempDbPerTest();
const DAY = 86_400_000;
const at = (iso: string) => new Date(iso);

/**
 * Two MVSEP requests closed on 1 March 2026 (the default three years apply):
 * an access request with a question and answer, a note and its export, and a
 * deletion that keeps billing records; plus one still open.
 */
async function mvsepHistory() {
  const agent = (await addStaff(db(), "mvsep", "agent")).id;
  const access = await openRequest(db(), { slug: "mvsep", type: "access", receivedAt: at("2026-02-02T06:00:00Z"), by: agent });
  await startWork(db(), { request: await access.request(), by: { staff: agent }, now: at("2026-02-03T06:00:00Z") });
  await askRequester(db(), { request: await access.request(), portal: access.portal, question: "Which of your two accounts, ann@example.com or ann2@example.com?", by: { staff: agent }, now: at("2026-02-04T06:00:00Z"), appUrl: APP });
  await answerQuestion(db(), { request: await access.request(), answer: "Both, please", now: at("2026-02-05T06:00:00Z") });
  await addNote(db(), { request: await access.request(), body: "Ann called to confirm", by: { staff: agent }, now: at("2026-02-05T07:00:00Z") });
  await completeAccess(db(), { request: await access.request(), portal: access.portal, file: { name: "export.json", bytes: Buffer.from('{"email":"ann@example.com"}') }, by: { staff: agent }, now: at("2026-03-01T06:00:00Z"), appUrl: APP });

  const deletion = await openRequest(db(), { slug: "mvsep", type: "deletion", receivedAt: at("2026-02-02T06:00:00Z"), by: agent });
  await startWork(db(), { request: await deletion.request(), by: { staff: agent }, now: at("2026-02-03T06:00:00Z") });
  const billing = (await listRetentionBases(db(), { portalId: deletion.portal.id })).find((b) => b.key === "billing-records")!;
  const outcomes = deletion.portal.dataCategories.map((category) =>
    category === "billing records" ? { category, kept: true as const, basisId: billing.id, keepUntil: "2031-03-01" } : { category, kept: false as const },
  );
  await completeDeletion(db(), { request: await deletion.request(), portal: deletion.portal, outcomes, by: { staff: agent }, now: at("2026-03-01T06:00:00Z"), appUrl: APP });

  const open = await openRequest(db(), { slug: "mvsep", type: "access", receivedAt: at("2026-02-20T06:00:00Z"), by: agent });
  return { portalId: access.portal.id, closed: [access.id, deletion.id], openId: open.id };
}

/** Everything stored about some requests, to compare before and after a sweep. */
async function snapshot(d: Db, ids: number[]) {
  const of = <T extends { requestId: number | null }>(rows: T[]) => rows.filter((r) => r.requestId !== null && ids.includes(r.requestId));
  return {
    requests: await d.select().from(requests).where(inArray(requests.id, ids)).orderBy(requests.id),
    messages: of(await d.select().from(messages).orderBy(messages.id)),
    notes: of(await d.select().from(notes).orderBy(notes.id)),
    exportFiles: of(await d.select().from(exportFiles).orderBy(exportFiles.id)),
    outbox: of(await d.select().from(emailOutbox).orderBy(emailOutbox.id)),
    tokens: of(await d.select().from(tokens).orderBy(tokens.id)),
    pauses: of(await d.select().from(pauses).orderBy(pauses.id)),
    outcomes: of(await d.select().from(deletionOutcomes).orderBy(deletionOutcomes.id)),
    events: of(await d.select().from(requestEvents).orderBy(requestEvents.id)),
  };
}

const setRetentionDays = (portalId: number, days: number) =>
  withTransaction(db(), async (tx) => {
    await tx.update(portals).set({ closedRetentionDays: days }).where(eq(portals.id, portalId));
  });

const closedAt = at("2026-03-01T06:00:00Z").getTime();
const sweep = (ms: number) => sweepClosedErasure(db(), { now: new Date(ms), appUrl: APP });

describe("the portal's own retention of closed requests", () => {
  it("changes nothing until the period has passed", async () => {
    const { closed, openId } = await mvsepHistory();
    const before = await snapshot(db(), [...closed, openId]);
    expect(before.messages).toHaveLength(2);
    expect(before.exportFiles).toHaveLength(1);
    expect(await sweep(closedAt + 1095 * DAY)).toEqual({ erased: 0 });
    expect(await snapshot(db(), [...closed, openId])).toEqual(before);
  });

  it("then erases exactly the personal data, and keeps the facts statistics and the audit chain need", async () => {
    const { portalId, closed, openId } = await mvsepHistory();
    const before = await snapshot(db(), closed);
    const keptOpen = await snapshot(db(), [openId]);
    const now = closedAt + 1095 * DAY + 1;
    expect(await sweep(now)).toEqual({ erased: 2 });
    const after = await snapshot(db(), closed);

    const erased = { email: "", name: null, accountId: null, details: null, resolution: null, identityEvidence: null, identity: null, extensionReason: null, erasedAt: new Date(now) };
    expect(after.requests).toEqual(before.requests.map((r) => ({ ...r, ...erased })));
    // The columns that stay, spelled out: every other one is unchanged above.
    expect(after.requests[0]).toMatchObject({ type: "access", status: "completed", channel: "email", language: "en", dueDate: before.requests[0]!.dueDate, closedAt: new Date(closedAt) });
    expect(after.requests[0]!.reference).toMatch(/^MVS-/);

    expect(after.messages).toEqual([]);
    expect(after.notes).toEqual([]);
    expect(after.exportFiles).toEqual([]);
    expect(after.outbox).toEqual([]);
    expect(after.tokens).toEqual([]);
    expect(after.pauses).toEqual(before.pauses);
    expect(after.outcomes).toEqual(before.outcomes);
    expect(after.outcomes.filter((o) => o.kept).map((o) => o.category)).toEqual(["billing records"]);

    const newEvents = after.events.slice(before.events.length);
    expect(after.events.slice(0, before.events.length)).toEqual(before.events);
    expect(newEvents.map((e) => [e.requestId, e.type, e.actor, e.public, e.data])).toEqual(closed.map((id) => [id, "personal_data_erased", "system", false, { retentionDays: 1095 }]));
    expect(verifyChain(await listAuditEntries(db(), { portalId }))).toMatchObject({ ok: true });
    // Nothing the requester gave or was told survives anywhere in what is left.
    for (const personal of ["ann@example.com", "ann2@example.com", "Ann Example", "user-42", "act on my account", "registered address", "Both, please", "Ann called"]) {
      expect(JSON.stringify(before)).toContain(personal);
      expect(JSON.stringify(after)).not.toContain(personal);
    }

    expect(await snapshot(db(), [openId])).toEqual(keptOpen);
    expect(await sweep(now + DAY)).toEqual({ erased: 0 });
  });

  it("counts each portal's own period, and erases rejected requests with the rejection's message", async () => {
    const agent = (await addStaff(db(), "deepen", "agent")).id;
    const { portal, request } = await openRequest(db(), { slug: "deepen", type: "deletion", receivedAt: at("2026-01-12T05:00:00Z"), by: agent });
    await setRetentionDays(portal.id, 30);
    await rejectRequest(db(), { request: await request(), portal, reason: "other", message: "Ann asked us by phone to drop it", by: { staff: agent }, now: at("2026-01-13T05:00:00Z"), appUrl: APP });
    await mvsepHistory();
    const rejectedAt = at("2026-01-13T05:00:00Z").getTime();
    expect(await sweep(rejectedAt + 30 * DAY)).toEqual({ erased: 0 });
    expect(await sweep(rejectedAt + 30 * DAY + 1)).toEqual({ erased: 1 });
    expect(await request()).toMatchObject({ status: "rejected", rejectionReason: "other", resolution: null, email: "", erasedAt: new Date(rejectedAt + 30 * DAY + 1) });
  });

  it("erases the identity details KVKK made a request carry, and a purge of unverified requests takes them too", async () => {
    const agent = (await addStaff(db(), "moserra", "agent")).id;
    const { portal, request, id } = await openRequest(db(), { slug: "moserra", type: "access", receivedAt: at("2026-01-12T07:00:00Z"), by: agent });
    await setRetentionDays(portal.id, 30);
    await withTransaction(db(), async (tx) => {
      await tx.update(requests).set({ identity: { tcIdentityNumber: "10000000146", noticeAddress: "Moda Cad. 1, Kadıköy" } }).where(eq(requests.id, id));
    });
    await rejectRequest(db(), { request: await request(), portal, reason: "other", message: "Ayşe withdrew by phone", by: { staff: agent }, now: at("2026-01-13T07:00:00Z"), appUrl: APP });
    expect(await sweep(at("2026-01-13T07:00:00Z").getTime() + 30 * DAY + 1)).toEqual({ erased: 1 });
    expect((await request()).identity).toBeNull();
    expect(JSON.stringify(await snapshot(db(), [id]))).not.toMatch(/10000000146|Moda Cad/);

    const web = await submitRequest(db(), {
      portal,
      input: { type: "access", email: "ayse@example.com", name: "Ayşe", language: "tr", identity: { tcIdentityNumber: "12345678950", noticeAddress: "Bağdat Cad. 5" } },
      channel: "web",
      now: at("2026-02-01T07:00:00Z"),
      appUrl: APP,
    });
    expect((await getRequestById(db(), { id: web.id }))?.identity).toEqual({ tcIdentityNumber: "12345678950", noticeAddress: "Bağdat Cad. 5" });
    await sweepUnverified(db(), { now: at("2026-02-09T07:00:00Z"), appUrl: APP });
    expect(await getRequestById(db(), { id: web.id })).toBeUndefined();
    expect(JSON.stringify(await db().select().from(requests))).not.toContain("12345678950");
  });

  it("erases an emailed request's sender, subject and attachments, keeping the Message-ID so a re-import stays a duplicate", async () => {
    await seedDemoPortals(db());
    const deepen = (await getPortalBySlug(db(), { slug: "deepen" }))!;
    const raw = await compose({ from: "bek@mail.example", messageId: "<gone@mail.example>", subject: "Hisobni o‘chirish", text: "Iltimos.", attachments: [{ filename: "id.pdf", content: Buffer.from("pdf") }] });
    const importAt = { now: at("2026-01-10T07:00:00Z"), appUrl: APP, kick: () => {}, resolver: resolverOf() };
    const { reference } = (await importInboundMessage(db(), { portalId: deepen.id, raw }, importAt)) as { reference: string };
    const [request] = await db().select().from(requests).where(eq(requests.reference, reference));
    await withTransaction(db(), (tx) => tx.update(requests).set({ status: "rejected", closedAt: at("2026-01-11T07:00:00Z") }).where(eq(requests.id, request!.id)));
    expect(await sweep(at("2026-01-11T07:00:00Z").getTime() + deepen.closedRetentionDays * DAY + 1)).toEqual({ erased: 1 });
    expect(await db().select({ from: inboundMessages.fromAddress, subject: inboundMessages.subject, messageId: inboundMessages.messageId }).from(inboundMessages)).toEqual([
      { from: null, subject: null, messageId: "<gone@mail.example>" },
    ]);
    expect(await db().$count(inboundAttachments)).toBe(0);
    expect(await importInboundMessage(db(), { portalId: deepen.id, raw }, importAt)).toEqual({ ignored: "duplicate" });
  });
});
