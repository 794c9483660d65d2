import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "../../db/client";
import { listAuditEntries } from "../../db/queries/audit";
import { listRetentionBases } from "../../db/queries/cases";
import { deletionOutcomes, emailOutbox, exportFiles, messages, notes, pauses, portals, requestEvents, requests, tokens } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { verifyChain } from "../audit/verify";
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
function mvsepHistory() {
  const agent = addStaff(db(), "mvsep", "agent").id;
  const access = openRequest(db(), { slug: "mvsep", type: "access", receivedAt: at("2026-02-02T06:00:00Z"), by: agent });
  startWork(db(), { request: access.request(), by: agent, now: at("2026-02-03T06:00:00Z") });
  askRequester(db(), { request: access.request(), portal: access.portal, question: "Which of your two accounts, ann@example.com or ann2@example.com?", by: agent, now: at("2026-02-04T06:00:00Z"), appUrl: APP });
  answerQuestion(db(), { request: access.request(), answer: "Both, please", now: at("2026-02-05T06:00:00Z") });
  addNote(db(), { request: access.request(), body: "Ann called to confirm", by: agent, now: at("2026-02-05T07:00:00Z") });
  completeAccess(db(), { request: access.request(), portal: access.portal, file: { name: "export.json", bytes: Buffer.from('{"email":"ann@example.com"}') }, by: agent, now: at("2026-03-01T06:00:00Z"), appUrl: APP });

  const deletion = openRequest(db(), { slug: "mvsep", type: "deletion", receivedAt: at("2026-02-02T06:00:00Z"), by: agent });
  startWork(db(), { request: deletion.request(), by: agent, now: at("2026-02-03T06:00:00Z") });
  const billing = listRetentionBases(db(), { portalId: deletion.portal.id }).find((b) => b.key === "billing-records")!;
  const outcomes = deletion.portal.dataCategories.map((category) =>
    category === "billing records" ? { category, kept: true as const, basisId: billing.id, keepUntil: "2031-03-01" } : { category, kept: false as const },
  );
  completeDeletion(db(), { request: deletion.request(), portal: deletion.portal, outcomes, by: agent, now: at("2026-03-01T06:00:00Z"), appUrl: APP });

  const open = openRequest(db(), { slug: "mvsep", type: "access", receivedAt: at("2026-02-20T06:00:00Z"), by: agent });
  return { portalId: access.portal.id, closed: [access.id, deletion.id], openId: open.id };
}

/** Everything stored about some requests, to compare before and after a sweep. */
function snapshot(d: Db, ids: number[]) {
  const of = <T extends { requestId: number | null }>(rows: T[]) => rows.filter((r) => r.requestId !== null && ids.includes(r.requestId));
  return {
    requests: d.select().from(requests).where(inArray(requests.id, ids)).all(),
    messages: of(d.select().from(messages).all()),
    notes: of(d.select().from(notes).all()),
    exportFiles: of(d.select().from(exportFiles).all()),
    outbox: of(d.select().from(emailOutbox).all()),
    tokens: of(d.select().from(tokens).all()),
    pauses: of(d.select().from(pauses).all()),
    outcomes: of(d.select().from(deletionOutcomes).all()),
    events: of(d.select().from(requestEvents).all()),
  };
}

const closedAt = at("2026-03-01T06:00:00Z").getTime();
const sweep = (ms: number) => sweepClosedErasure(db(), { now: new Date(ms), appUrl: APP });

describe("the portal's own retention of closed requests", () => {
  it("changes nothing until the period has passed", () => {
    const { closed, openId } = mvsepHistory();
    const before = snapshot(db(), [...closed, openId]);
    expect(before.messages).toHaveLength(2);
    expect(before.exportFiles).toHaveLength(1);
    expect(sweep(closedAt + 1095 * DAY)).toEqual({ erased: 0 });
    expect(snapshot(db(), [...closed, openId])).toEqual(before);
  });

  it("then erases exactly the personal data, and keeps the facts statistics and the audit chain need", () => {
    const { portalId, closed, openId } = mvsepHistory();
    const before = snapshot(db(), closed);
    const keptOpen = snapshot(db(), [openId]);
    const now = closedAt + 1095 * DAY + 1;
    expect(sweep(now)).toEqual({ erased: 2 });
    const after = snapshot(db(), closed);

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
    expect(verifyChain(listAuditEntries(db(), { portalId }))).toMatchObject({ ok: true });
    // Nothing the requester gave or was told survives anywhere in what is left.
    for (const personal of ["ann@example.com", "ann2@example.com", "Ann Example", "user-42", "act on my account", "registered address", "Both, please", "Ann called"]) {
      expect(JSON.stringify(before)).toContain(personal);
      expect(JSON.stringify(after)).not.toContain(personal);
    }

    expect(snapshot(db(), [openId])).toEqual(keptOpen);
    expect(sweep(now + DAY)).toEqual({ erased: 0 });
  });

  it("counts each portal's own period, and erases rejected requests with the rejection's message", () => {
    const agent = addStaff(db(), "deepen", "agent").id;
    const { portal, request } = openRequest(db(), { slug: "deepen", type: "deletion", receivedAt: at("2026-01-12T05:00:00Z"), by: agent });
    db().update(portals).set({ closedRetentionDays: 30 }).where(eq(portals.id, portal.id)).run();
    rejectRequest(db(), { request: request(), portal, reason: "other", message: "Ann asked us by phone to drop it", by: agent, now: at("2026-01-13T05:00:00Z"), appUrl: APP });
    mvsepHistory();
    const rejectedAt = at("2026-01-13T05:00:00Z").getTime();
    expect(sweep(rejectedAt + 30 * DAY)).toEqual({ erased: 0 });
    expect(sweep(rejectedAt + 30 * DAY + 1)).toEqual({ erased: 1 });
    expect(request()).toMatchObject({ status: "rejected", rejectionReason: "other", resolution: null, email: "", erasedAt: new Date(rejectedAt + 30 * DAY + 1) });
  });

  it("erases the identity details KVKK made a request carry, and a purge of unverified requests takes them too", () => {
    const agent = addStaff(db(), "moserra", "agent").id;
    const { portal, request, id } = openRequest(db(), { slug: "moserra", type: "access", receivedAt: at("2026-01-12T07:00:00Z"), by: agent });
    db().update(portals).set({ closedRetentionDays: 30 }).where(eq(portals.id, portal.id)).run();
    db().update(requests).set({ identity: { tcIdentityNumber: "10000000146", noticeAddress: "Moda Cad. 1, Kadıköy" } }).where(eq(requests.id, id)).run();
    rejectRequest(db(), { request: request(), portal, reason: "other", message: "Ayşe withdrew by phone", by: agent, now: at("2026-01-13T07:00:00Z"), appUrl: APP });
    expect(sweep(at("2026-01-13T07:00:00Z").getTime() + 30 * DAY + 1)).toEqual({ erased: 1 });
    expect(request().identity).toBeNull();
    expect(JSON.stringify(snapshot(db(), [id]))).not.toMatch(/10000000146|Moda Cad/);

    const web = submitRequest(db(), {
      portal,
      input: { type: "access", email: "ayse@example.com", name: "Ayşe", language: "tr", identity: { tcIdentityNumber: "12345678950", noticeAddress: "Bağdat Cad. 5" } },
      channel: "web",
      now: at("2026-02-01T07:00:00Z"),
      appUrl: APP,
    });
    expect(getRequestById(db(), { id: web.id })?.identity).toEqual({ tcIdentityNumber: "12345678950", noticeAddress: "Bağdat Cad. 5" });
    sweepUnverified(db(), { now: at("2026-02-09T07:00:00Z"), appUrl: APP });
    expect(getRequestById(db(), { id: web.id })).toBeUndefined();
    expect(JSON.stringify(db().select().from(requests).all())).not.toContain("12345678950");
  });
});
