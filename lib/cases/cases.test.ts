import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { openDb, type Db } from "../../db/client";
import { listDeletionOutcomes, listRetentionBases } from "../../db/queries/cases";
import { getPortalBySlug } from "../../db/queries/portals";
import { getRequestById } from "../../db/queries/requests";
import { insertUser, setMembership } from "../../db/queries/staff";
import { deletionOutcomes, emailOutbox, requestEvents, type Role } from "../../db/schema";
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
  /** A started UseGPT deletion, and a checklist that keeps only the payment records under `key`, with the given dates. */
  function usegptDeletion(key = "payments-disputes") {
    const opened = openRequest("usegpt", "deletion", "2026-03-02T08:00:00Z");
    const by = staff(db(), "usegpt", "agent");
    startWork(db(), { request: opened.request(), by, now: new Date("2026-03-03T08:00:00Z") });
    const basis = listRetentionBases(db(), { portalId: opened.portal.id }).find((b) => b.key === key)!;
    const checklist = (dates: { keepUntil: string; anchorDate?: string }) =>
      opened.portal.dataCategories.map((category) =>
        category.startsWith("payment records") ? { category, kept: true as const, basisId: basis.id, ...dates } : { category, kept: false as const },
      );
    return { ...opened, by, basis, checklist, now: new Date("2026-03-04T08:00:00Z") };
  }

  it("a UseGPT deletion keeps payment records 180 days from the last payment, and the email says so in Russian", () => {
    const { portal, request, id, by, basis, checklist, now } = usegptDeletion();
    // Last payment 1 March 2026: +180 days is 28 August 2026 (30 days to 31 March, then 30+31+30+31 to 31 July, then 28).
    completeDeletion(db(), { request: request(), portal, outcomes: checklist({ anchorDate: "2026-03-01", keepUntil: "2026-08-28" }), by, now, appUrl: APP });
    expect(request().status).toBe("completed");
    const kept = listDeletionOutcomes(db(), { requestId: id }).filter((o) => o.kept);
    expect(kept).toEqual([expect.objectContaining({ keepUntil: "2026-08-28", basis: basis.label, statute: basis.statute })]);
    expect(db().select().from(deletionOutcomes).where(eq(deletionOutcomes.kept, true)).get()).toMatchObject({ anchorDate: "2026-03-01" });
    const mail = lastMail(id);
    expect(mail).toMatchObject({ template: "deletion-completed", language: "ru" });
    expect(mail.text).toContain("сведения о платежах: факт, дата, сумма, идентификаторы и статус транзакций — хранение на основании «Сведения о платежах, возвратах и спорах»");
    expect(mail.text).toContain("не менее 180 календарных дней с даты последнего платежа пользователя");
    expect(mail.text).toContain("28 августа 2026");
    expect(mail.text).toContain("номер телефона, адрес электронной почты, логин и данные учётной записи");
    expect(mail.text).not.toContain(basis.label);
    expect(mail.text).not.toContain("security events");
  });

  it("refuses to keep under an anchored basis without the anchor date, or for less than its period from it", () => {
    const { portal, request, by, checklist, now } = usegptDeletion();
    const complete = (dates: { keepUntil: string; anchorDate?: string }) => () => completeDeletion(db(), { request: request(), portal, outcomes: checklist(dates), by, now, appUrl: APP });
    expect(complete({ keepUntil: "2026-12-31" })).toThrow(new CaseError("checklist_anchor_required"));
    expect(complete({ keepUntil: "2026-12-31", anchorDate: "2026-02-30" })).toThrow(new CaseError("checklist_anchor_required"));
    expect(complete({ keepUntil: "2026-08-27", anchorDate: "2026-03-01" })).toThrow(new CaseError("checklist_keep_until_too_early"));
    expect(request().status).toBe("in_progress");
  });

  it("counts 402-FZ's five years from the end of the reporting year, which may lie ahead", () => {
    const { portal, request, by, checklist, now } = usegptDeletion("accounting");
    // 31 Dec 2026 + 1827 days: 2027–2031 hold one 29 February (2028), so 1826 days reach 31 Dec 2031 and one more is 1 Jan 2032.
    expect(() => completeDeletion(db(), { request: request(), portal, outcomes: checklist({ anchorDate: "2026-12-31", keepUntil: "2031-12-31" }), by, now, appUrl: APP })).toThrow(new CaseError("checklist_keep_until_too_early"));
    completeDeletion(db(), { request: request(), portal, outcomes: checklist({ anchorDate: "2026-12-31", keepUntil: "2032-01-01" }), by, now, appUrl: APP });
    expect(request().status).toBe("completed");
  });

  it("refuses to keep a category under a basis not allowed for it, and MVSEP's push tokens under any", () => {
    const usegpt = usegptDeletion("security-logs");
    // §6.2's security-logs basis does not cover payment records; those are kept as payments or accounting.
    expect(() => completeDeletion(db(), { ...usegpt, request: usegpt.request(), outcomes: usegpt.checklist({ anchorDate: "2026-03-01", keepUntil: "2026-12-31" }), appUrl: APP })).toThrow(new CaseError("checklist_basis_not_for_category"));
    const { portal, request } = openRequest("mvsep", "deletion", "2026-03-02T08:00:00Z");
    const by = staff(db(), "mvsep", "agent");
    startWork(db(), { request: request(), by, now: new Date("2026-03-03T08:00:00Z") });
    const billing = listRetentionBases(db(), { portalId: portal.id }).find((b) => b.key === "billing-records")!;
    const outcomes = portal.dataCategories.map((category) =>
      category === "push notification tokens" ? { category, kept: true as const, basisId: billing.id, keepUntil: "2026-12-31" } : { category, kept: false as const },
    );
    const now = new Date("2026-03-04T08:00:00Z");
    expect(() => completeDeletion(db(), { request: request(), portal, outcomes, by, now, appUrl: APP })).toThrow(new CaseError("checklist_category_always_deleted"));
    completeDeletion(db(), { request: request(), portal, outcomes: outcomes.map((o) => ({ category: o.category, kept: false as const })), by, now, appUrl: APP });
    expect(request().status).toBe("completed");
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

  it("a phone request recorded by staff is acknowledged as a phone request, not thanked for confirming an address, and names the operator's contact", () => {
    seedDemoPortals(db());
    const portal = getPortalBySlug(db(), { slug: "mvsep" })!;
    const by = staff(db(), "mvsep", "agent");
    const request = recordManualRequest(db(), {
      portal,
      input: { type: "deletion", email: "caller@example.com", language: "en" },
      channel: "phone",
      receivedAt: new Date("2026-03-02T06:00:00Z"),
      identityEvidence: "caller answered the account's security questions",
      by,
      now: new Date("2026-03-02T07:00:00Z"),
      appUrl: APP,
    });
    const mail = lastMail(request.id);
    expect(mail.text).toContain(`${portal.name} has recorded the request you made by phone under the reference below.`);
    expect(mail.text).not.toContain("confirming your email address");
    expect(mail.text).toContain(`To contact ${portal.name}, write to turbo@mvsep.com.`);
  });

  it("rejects only on the regime's own grounds: KVKK has no 'manifestly unfounded', and nothing changes when it is tried", () => {
    const { portal, request, id } = openRequest("moserra", "access", "2026-03-02T09:00:00Z");
    const by = staff(db(), "moserra", "agent");
    const now = new Date("2026-03-03T09:00:00Z");
    const mails = () => db().select().from(emailOutbox).where(eq(emailOutbox.requestId, id)).all().length;
    const before = mails();
    expect(() => rejectRequest(db(), { request: request(), portal, reason: "manifestly-unfounded-or-excessive", message: "again", by, now, appUrl: APP })).toThrow(
      /not a ground for rejection under this request.s law/,
    );
    expect(() => rejectRequest(db(), { request: request(), portal, reason: "", message: "", by, now, appUrl: APP })).toThrow(/Choose a reason/);
    expect(request().status).toBe("open");
    expect(mails()).toBe(before);

    rejectRequest(db(), { request: request(), portal, reason: "outside-kvkk-scope", message: "Yargı süreci kapsamında işleniyor.", by, now, appUrl: APP });
    expect(request()).toMatchObject({ status: "rejected", rejectionReason: "outside-kvkk-scope" });
    const mail = lastMail(id);
    expect(mail).toMatchObject({ template: "rejection-notice", language: "tr" });
    expect(mail.text).toContain("Hukuki dayanak: KVKK md. 28(1).");
    expect(mail.text).toContain("cevabı öğrendiğiniz tarihten itibaren 30 gün ve her hâlde başvuru tarihinizden itibaren 60 gün içinde");
    expect(mail.text).toContain("MOSERRA ile info@moserra.com adresinden iletişime geçebilirsiniz.");
    const event = db().select().from(requestEvents).where(eq(requestEvents.requestId, id)).all().at(-1)!;
    expect(event).toMatchObject({ type: "rejected", data: { reason: "outside-kvkk-scope", article: "KVKK art. 28(1)" } });
  });

  it("a 152-FZ refusal is reasoned with its legal ground, in Russian", () => {
    const { portal, request, id } = openRequest("usegpt", "access", "2026-04-28T08:00:00Z");
    const by = staff(db(), "usegpt", "agent");
    rejectRequest(db(), { request: request(), portal, reason: "repeated-request", message: "Сведения направлены вам 20 апреля.", by, now: new Date("2026-04-29T08:00:00Z"), appUrl: APP });
    const { text } = lastMail(id);
    expect(text).toContain("Правовое основание: 152-ФЗ ст. 14(4)–(6).");
    expect(text).toContain("как того требует ч. 2 ст. 20 152-ФЗ");
    expect(text).toContain("support@usegpt.ru");
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
    expect(lastMail(request.id).text).toContain("Deepen operatori elektron pochta orqali yuborgan soʻrovingizni oldi va uni quyidagi raqam bilan roʻyxatga oldi.");
    expect(lastMail(request.id).text).not.toContain("tasdiqlaganingiz uchun rahmat");
    expect(() =>
      recordManualRequest(db(), { portal, input: { type: "deletion", email: "x@example.com", language: "uz" }, channel: "post", receivedAt: new Date("2026-02-01T00:00:00Z"), identityEvidence: "letter", by, now: new Date("2026-01-09T06:00:00Z"), appUrl: APP }),
    ).toThrow(/future/);
  });
});
