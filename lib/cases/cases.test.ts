import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDb, type Db } from "../../db/client";
import { listDeletionOutcomes, listRetentionBases } from "../../db/queries/cases";
import { getPortalBySlug } from "../../db/queries/portals";
import { getRequestById } from "../../db/queries/requests";
import { insertUser, setMembership } from "../../db/queries/staff";
import { emailOutbox, requestEvents, type Role } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { downloadExport } from "../requests/download";
import { submitRequest } from "../requests/submit";
import { verifyRequest } from "../requests/verify";
import { assignRequest } from "./assign";
import { answerQuestion, askRequester } from "./clarify";
import { completeAccess } from "./complete-access";
import { completeDeletion } from "./complete-deletion";
import { completeWithResolution } from "./complete-other";
import { extendDeadline } from "./extend";
import { recordManualRequest } from "./intake";
import { rejectRequest } from "./reject";
import { CaseError } from "./shared";
import { startWork } from "./work";

const APP = "http://localhost:3000";
const db = tempDbPerTest();

function staff(d: Db, slug: string, role: Role) {
  const user = insertUser(d, { email: `${role}-${Math.random()}@example.test` });
  setMembership(d, { userId: user.id, portalId: getPortalBySlug(d, { slug })!.id, role });
  return user.id;
}

/** A verified request, as a requester would leave it: submitted at `at`, verified an hour later. */
function openRequest(slug: string, type: "deletion" | "access" | "correction", at: string) {
  seedDemoPortals(db());
  const portal = getPortalBySlug(db(), { slug })!;
  const submittedAt = new Date(at);
  const { id } = submitRequest(db(), { portal, input: { type, email: "ann@example.com", name: "Ann", language: portal.defaultLanguage, details: "x" }, channel: "web", now: submittedAt, appUrl: APP });
  const token = /verify\?token=([\w-]{43})/.exec(lastMail(id).text)![1];
  verifyRequest(db(), { token, portal, now: new Date(submittedAt.getTime() + 3_600_000), appUrl: APP });
  return { portal, request: () => getRequestById(db(), { id })!, id };
}

function lastMail(requestId: number) {
  return db().select().from(emailOutbox).where(eq(emailOutbox.requestId, requestId)).all().at(-1)!;
}

describe("asking the requester", () => {
  it("pauses Deepen's 14-day promise while waiting: 2 days asked→answered (both inclusive) move the deadline 2 days", () => {
    const { portal, request, id } = openRequest("deepen", "deletion", "2026-01-12T05:00:00Z");
    expect(request().dueDate).toBe("2026-01-26");
    const by = staff(db(), "deepen", "agent");
    startWork(db(), { request: request(), by, now: new Date("2026-01-13T05:00:00Z") });
    askRequester(db(), { request: request(), portal, question: "Which account?", by, now: new Date("2026-01-14T05:00:00Z"), appUrl: APP });
    expect(request().status).toBe("awaiting_requester");
    expect(lastMail(id).template).toBe("clarification-request");
    expect(lastMail(id).text).toContain("Which account?");
    answerQuestion(db(), { request: request(), answer: "user-42", now: new Date("2026-01-15T05:00:00Z") });
    expect(request()).toMatchObject({ status: "in_progress", dueDate: "2026-01-28" });
  });

  it("does not move a 152-FZ deadline, which has no pause", () => {
    const { portal, request } = openRequest("usegpt", "access", "2026-04-28T08:00:00Z");
    const before = request().dueDate;
    const by = staff(db(), "usegpt", "agent");
    askRequester(db(), { request: request(), portal, question: "Уточните логин", by, now: new Date("2026-04-29T08:00:00Z"), appUrl: APP });
    answerQuestion(db(), { request: request(), answer: "ann", now: new Date("2026-05-06T08:00:00Z") });
    expect(request()).toMatchObject({ status: "open", dueDate: before });
  });
});

describe("extending", () => {
  it("extends once under 152-FZ (+5 working days) before the notice date, and tells the requester", () => {
    const { portal, request, id } = openRequest("usegpt", "access", "2026-04-28T08:00:00Z");
    const by = staff(db(), "usegpt", "agent");
    expect(request()).toMatchObject({ dueDate: "2026-05-14", extensionNoticeBy: "2026-05-14" });
    extendDeadline(db(), { request: request(), portal, reason: "Данные в трёх системах", by, now: new Date("2026-05-12T08:00:00Z"), appUrl: APP });
    expect(request().dueDate).toBe("2026-05-21");
    expect(lastMail(id).template).toBe("extension-notice");
    expect(() => extendDeadline(db(), { request: request(), portal, reason: "again", by, now: new Date("2026-05-12T09:00:00Z"), appUrl: APP })).toThrow(/already been extended/);
  });

  it("two agents extending at once, each from the request as their page loaded it, on two connections: exactly one extension, one event, one email", () => {
    const { portal, request, id } = openRequest("usegpt", "access", "2026-04-28T08:00:00Z");
    const [ann, bob] = [staff(db(), "usegpt", "agent"), staff(db(), "usegpt", "agent")];
    const other = openDb(db().$client.name);
    try {
      const seenByAnn = request();
      const seenByBob = getRequestById(other, { id })!;
      const now = new Date("2026-05-12T08:00:00Z");
      const outcomes = [
        { db: db(), request: seenByAnn, by: ann },
        { db: other, request: seenByBob, by: bob },
      ].map((agent) => {
        try {
          extendDeadline(agent.db, { ...agent, portal, reason: "Данные в трёх системах", now, appUrl: APP });
          return "extended";
        } catch (e) {
          return e instanceof CaseError ? e.code : e;
        }
      });
      expect(outcomes).toEqual(["extended", "extension_already"]);
      expect(request().dueDate).toBe("2026-05-21");
      expect(db().select().from(requestEvents).where(eq(requestEvents.requestId, id)).all().filter((e) => e.type === "extended")).toHaveLength(1);
      expect(db().select().from(emailOutbox).where(eq(emailOutbox.requestId, id)).all().filter((m) => m.template === "extension-notice")).toHaveLength(1);
    } finally {
      other.$client.close();
    }
  });

  it("refuses after the notice date, and where the regime allows none", () => {
    const late = openRequest("usegpt", "access", "2026-04-28T08:00:00Z");
    const by = staff(db(), "usegpt", "agent");
    expect(() => extendDeadline(db(), { request: late.request(), portal: late.portal, reason: "r", by, now: new Date("2026-05-15T08:00:00Z"), appUrl: APP })).toThrow(/Too late to extend/);
    const kvkk = openRequest("moserra", "deletion", "2026-02-02T08:00:00Z");
    expect(() => extendDeadline(db(), { request: kvkk.request(), portal: kvkk.portal, reason: "r", by, now: new Date("2026-02-03T08:00:00Z"), appUrl: APP })).toThrow(CaseError);
  });
});

describe("completing", () => {
  it("a UseGPT deletion keeps payment records under the 180-day basis, and the email says so in Russian", () => {
    const { portal, request, id } = openRequest("usegpt", "deletion", "2026-03-02T08:00:00Z");
    const by = staff(db(), "usegpt", "agent");
    startWork(db(), { request: request(), by, now: new Date("2026-03-03T08:00:00Z") });
    const basis = listRetentionBases(db(), { portalId: portal.id }).find((b) => b.key === "payments-disputes")!;
    const outcomes = portal.dataCategories.map((category) =>
      category.startsWith("payment records") ? { category, kept: true as const, basisId: basis.id, keepUntil: "2026-09-01" } : { category, kept: false as const },
    );
    completeDeletion(db(), { request: request(), portal, outcomes, by, now: new Date("2026-03-04T08:00:00Z"), appUrl: APP });
    expect(request().status).toBe("completed");
    const kept = listDeletionOutcomes(db(), { requestId: id }).filter((o) => o.kept);
    expect(kept).toEqual([expect.objectContaining({ keepUntil: "2026-09-01", basis: basis.label, statute: basis.statute })]);
    const mail = lastMail(id);
    expect(mail).toMatchObject({ template: "deletion-completed", language: "ru" });
    expect(mail.text).toContain(basis.label);
    expect(mail.text).toContain("1 сентября 2026");
  });

  it("refuses a checklist that skips a category or keeps one without a basis", () => {
    const { portal, request } = openRequest("usegpt", "deletion", "2026-03-02T08:00:00Z");
    const by = staff(db(), "usegpt", "agent");
    startWork(db(), { request: request(), by, now: new Date("2026-03-03T08:00:00Z") });
    const now = new Date("2026-03-04T08:00:00Z");
    expect(() => completeDeletion(db(), { request: request(), portal, outcomes: [], by, now, appUrl: APP })).toThrow(/every data category/);
    const outcomes = portal.dataCategories.map((category) => ({ category, kept: true as const, basisId: 99_999, keepUntil: "2027-01-01" }));
    expect(() => completeDeletion(db(), { request: request(), portal, outcomes, by, now, appUrl: APP })).toThrow(/legal basis/);
  });

  it("delivers an access export by a download link that records each download", () => {
    const { portal, request, id } = openRequest("mvsep", "access", "2026-03-02T08:00:00Z");
    const by = staff(db(), "mvsep", "agent");
    startWork(db(), { request: request(), by, now: new Date("2026-03-03T08:00:00Z") });
    const now = new Date("2026-03-04T08:00:00Z");
    expect(() => completeAccess(db(), { request: request(), portal, file: { name: "data.exe", bytes: Buffer.from("x") }, by, now, appUrl: APP })).toThrow(/json, .csv or .zip/);
    completeAccess(db(), { request: request(), portal, file: { name: "data.json", bytes: Buffer.from('{"a":1}') }, by, now, appUrl: APP });
    const token = /download\?token=([\w-]{43})/.exec(lastMail(id).text)![1];
    expect(downloadExport(db(), { token, portalId: portal.id, now })?.content.toString()).toBe('{"a":1}');
    expect(downloadExport(db(), { token, portalId: portal.id, now: new Date(now.getTime() + 8 * 86_400_000) })).toBeUndefined();
    expect(db().select().from(requestEvents).where(eq(requestEvents.type, "export_downloaded")).all()).toHaveLength(1);
  });

  it("a correction is completed with what was changed", () => {
    const { portal, request, id } = openRequest("mgoods-seller", "correction", "2026-03-02T08:00:00Z");
    const by = staff(db(), "mgoods-seller", "agent");
    startWork(db(), { request: request(), by, now: new Date("2026-03-03T08:00:00Z") });
    completeWithResolution(db(), { request: request(), portal, resolution: "Surname corrected", effectiveFrom: "2026-03-03", by, now: new Date("2026-03-03T09:00:00Z"), appUrl: APP });
    expect(request()).toMatchObject({ status: "completed", resolution: "Surname corrected" });
    expect(lastMail(id).template).toBe("request-completed");
  });
});

describe("the rest of case work", () => {
  it("assigns only to agents and admins of the request's portal", () => {
    const { request } = openRequest("deepen", "deletion", "2026-01-12T05:00:00Z");
    const agent = staff(db(), "deepen", "agent");
    const viewer = staff(db(), "deepen", "viewer");
    const stranger = staff(db(), "usegpt", "admin");
    const now = new Date("2026-01-13T05:00:00Z");
    assignRequest(db(), { request: request(), assigneeId: agent, by: agent, now });
    expect(request().assigneeId).toBe(agent);
    expect(() => assignRequest(db(), { request: request(), assigneeId: viewer, by: agent, now })).toThrow(CaseError);
    expect(() => assignRequest(db(), { request: request(), assigneeId: stranger, by: agent, now })).toThrow(CaseError);
  });

  it("a rejection for 'other' reasons needs a message", () => {
    const { portal, request } = openRequest("deepen", "deletion", "2026-01-12T05:00:00Z");
    const by = staff(db(), "deepen", "agent");
    const now = new Date("2026-01-13T05:00:00Z");
    expect(() => rejectRequest(db(), { request: request(), portal, reason: "other", message: " ", by, now, appUrl: APP })).toThrow(/needs a message/);
    rejectRequest(db(), { request: request(), portal, reason: "duplicate", message: "", by, now, appUrl: APP });
    expect(request()).toMatchObject({ status: "rejected", rejectionReason: "duplicate" });
  });

  it("manual intake counts the deadline from the back-dated receipt, not from when it was typed in", () => {
    seedDemoPortals(db());
    const portal = getPortalBySlug(db(), { slug: "deepen" })!;
    const by = staff(db(), "deepen", "agent");
    const request = recordManualRequest(db(), {
      portal,
      input: { type: "deletion", email: "old@example.com", language: "uz" },
      channel: "email",
      receivedAt: new Date("2026-01-05T06:00:00Z"),
      identityEvidence: "sent from the registered address",
      by,
      now: new Date("2026-01-09T06:00:00Z"),
      appUrl: APP,
    });
    expect(request).toMatchObject({ status: "open", dueDate: "2026-01-19", channel: "email" });
    expect(lastMail(request.id).template).toBe("acknowledgement");
    expect(() =>
      recordManualRequest(db(), { portal, input: { type: "deletion", email: "x@example.com", language: "uz" }, channel: "post", receivedAt: new Date("2026-02-01T00:00:00Z"), identityEvidence: "letter", by, now: new Date("2026-01-09T06:00:00Z"), appUrl: APP }),
    ).toThrow(/future/);
  });
});
