import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { closeDb, engineOf, openAnother, withTransaction, type Db } from "../../db/client";
import { listDeletionOutcomes, listRetentionBases } from "../../db/queries/cases";
import { getPortalBySlug } from "../../db/queries/portals";
import { getRequestById } from "../../db/queries/requests";
import { insertUser, setMembership } from "../../db/queries/staff";
import { deletionOutcomes, emailOutbox, requestEvents, requests, type Role } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { downloadExport } from "../requests/download";
import { DomainErrors } from "../staff/errors";
import { submitRequest } from "../requests/submit";
import { verifyRequest } from "../requests/verify";
import { assignRequest } from "./assign";
import { answerQuestion, askRequester } from "./clarify";
import { completeAccess } from "./complete-access";
import { completeDeletion } from "./complete-deletion";
import { completeWithResolution } from "./complete-other";
import { extendDeadline } from "./extend";
import { recordIntake, recordManualRequest } from "./intake";
import { rejectRequest } from "./reject";
import { CaseError } from "./shared";
import { startWork } from "./work";

const APP = "http://localhost:3000";
const db = tempDbPerTest();

async function staff(d: Db, slug: string, role: Role) {
  const portalId = (await getPortalBySlug(d, { slug }))!.id;
  return withTransaction(d, async (tx) => {
    const user = await insertUser(tx, { email: `${role}-${Math.random()}@example.test` });
    await setMembership(tx, { userId: user.id, portalId, role });
    return user.id;
  });
}

/** A verified request, as a requester would leave it: submitted at `at`, verified an hour later. */
async function openRequest(slug: string, type: "deletion" | "access" | "correction", at: string) {
  await seedDemoPortals(db());
  const portal = (await getPortalBySlug(db(), { slug }))!;
  const submittedAt = new Date(at);
  const { id } = await submitRequest(db(), { portal, input: { type, email: "ann@example.com", name: "Ann", language: portal.defaultLanguage, details: "x" }, channel: "web", now: submittedAt, appUrl: APP });
  const token = /verify\?token=([\w-]{43})/.exec((await lastMail(id)).text)![1];
  await verifyRequest(db(), { token, portal, now: new Date(submittedAt.getTime() + 3_600_000), appUrl: APP });
  return { portal, request: async () => (await getRequestById(db(), { id }))!, id };
}

async function lastMail(requestId: number) {
  return (await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, requestId))).at(-1)!;
}

describe("asking the requester", () => {
  it("pauses Deepen's 14-day promise while waiting: 2 days asked→answered (both inclusive) move the deadline 2 days", async () => {
    const { portal, request, id } = await openRequest("deepen", "deletion", "2026-01-12T05:00:00Z");
    expect((await request()).dueDate).toBe("2026-01-26");
    const by = await staff(db(), "deepen", "agent");
    await startWork(db(), { request: await request(), by: { staff: by }, now: new Date("2026-01-13T05:00:00Z") });
    await askRequester(db(), { request: await request(), portal, question: "Which account?", by: { staff: by }, now: new Date("2026-01-14T05:00:00Z"), appUrl: APP });
    expect((await request()).status).toBe("awaiting_requester");
    expect((await lastMail(id)).template).toBe("clarification-request");
    expect((await lastMail(id)).text).toContain("Which account?");
    await answerQuestion(db(), { request: await request(), answer: "user-42", now: new Date("2026-01-15T05:00:00Z") });
    expect(await request()).toMatchObject({ status: "in_progress", dueDate: "2026-01-28" });
  });

  it("does not move a 152-FZ deadline, which has no pause", async () => {
    const { portal, request } = await openRequest("usegpt", "access", "2026-04-28T08:00:00Z");
    const before = (await request()).dueDate;
    const by = await staff(db(), "usegpt", "agent");
    await askRequester(db(), { request: await request(), portal, question: "Уточните логин", by: { staff: by }, now: new Date("2026-04-29T08:00:00Z"), appUrl: APP });
    await answerQuestion(db(), { request: await request(), answer: "ann", now: new Date("2026-05-06T08:00:00Z") });
    expect(await request()).toMatchObject({ status: "open", dueDate: before });
  });
});

describe("extending", () => {
  it("extends once under 152-FZ (+5 working days) before the notice date, and tells the requester", async () => {
    const { portal, request, id } = await openRequest("usegpt", "access", "2026-04-28T08:00:00Z");
    const by = await staff(db(), "usegpt", "agent");
    expect(await request()).toMatchObject({ dueDate: "2026-05-14", extensionNoticeBy: "2026-05-14" });
    await extendDeadline(db(), { request: await request(), portal, reason: "Данные в трёх системах", by: { staff: by }, now: new Date("2026-05-12T08:00:00Z"), appUrl: APP });
    expect((await request()).dueDate).toBe("2026-05-21");
    expect((await lastMail(id)).template).toBe("extension-notice");
    await expect(extendDeadline(db(), { request: await request(), portal, reason: "again", by: { staff: by }, now: new Date("2026-05-12T09:00:00Z"), appUrl: APP })).rejects.toThrow(/already been extended/);
  });

  it("two agents extending at once, each from the request as their page loaded it, on two connections: exactly one extension, one event, one email", async () => {
    const { portal, request, id } = await openRequest("usegpt", "access", "2026-04-28T08:00:00Z");
    const [ann, bob] = [await staff(db(), "usegpt", "agent"), await staff(db(), "usegpt", "agent")];
    // A second handle on the database, as a second instance has: on PostgreSQL the two transactions really overlap.
    const other = openAnother(db());
    try {
      const seenByAnn = await request();
      const seenByBob = (await getRequestById(other, { id }))!;
      const now = new Date("2026-05-12T08:00:00Z");
      // Both start before either finishes: SQLite's shared lock lets one transaction through at a time,
      // PostgreSQL's row lock makes the second wait for the first and then see its extension.
      const outcomes = await Promise.all(
        [
          { db: db(), request: seenByAnn, by: { staff: ann } },
          { db: other, request: seenByBob, by: { staff: bob } },
        ].map(async (agent) => {
          try {
            await extendDeadline(agent.db, { ...agent, portal, reason: "Данные в трёх системах", now, appUrl: APP });
            return "extended";
          } catch (e) {
            return e instanceof CaseError ? e.code : e;
          }
        }),
      );
      // Which agent wins is the engine's to decide on PostgreSQL; on SQLite it is the first to start.
      expect(outcomes.toSorted()).toEqual(["extended", "extension_already"]);
      if (engineOf(db()) === "sqlite") expect(outcomes).toEqual(["extended", "extension_already"]);
      expect((await request()).dueDate).toBe("2026-05-21");
      expect((await db().select().from(requestEvents).where(eq(requestEvents.requestId, id))).filter((e) => e.type === "extended")).toHaveLength(1);
      expect((await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, id))).filter((m) => m.template === "extension-notice")).toHaveLength(1);
    } finally {
      await closeDb(other);
    }
  });

  it("refuses after the notice date, and where the regime allows none", async () => {
    const late = await openRequest("usegpt", "access", "2026-04-28T08:00:00Z");
    const by = await staff(db(), "usegpt", "agent");
    await expect(extendDeadline(db(), { request: await late.request(), portal: late.portal, reason: "r", by: { staff: by }, now: new Date("2026-05-15T08:00:00Z"), appUrl: APP })).rejects.toThrow(/Too late to extend/);
    const kvkk = await openRequest("moserra", "deletion", "2026-02-02T08:00:00Z");
    await expect(extendDeadline(db(), { request: await kvkk.request(), portal: kvkk.portal, reason: "r", by: { staff: by }, now: new Date("2026-02-03T08:00:00Z"), appUrl: APP })).rejects.toThrow(CaseError);
  });
});

describe("completing", () => {
  /** A started UseGPT deletion, and a checklist that keeps only the payment records under `key`, with the given dates. */
  async function usegptDeletion(key = "payments-disputes") {
    const opened = await openRequest("usegpt", "deletion", "2026-03-02T08:00:00Z");
    const by = await staff(db(), "usegpt", "agent");
    await startWork(db(), { request: await opened.request(), by: { staff: by }, now: new Date("2026-03-03T08:00:00Z") });
    const basis = (await listRetentionBases(db(), { portalId: opened.portal.id })).find((b) => b.key === key)!;
    const checklist = (dates: { keepUntil: string; anchorDate?: string }) =>
      opened.portal.dataCategories.map((category) =>
        category.startsWith("payment records") ? { category, kept: true as const, basisId: basis.id, ...dates } : { category, kept: false as const },
      );
    return { ...opened, by: { staff: by }, basis, checklist, now: new Date("2026-03-04T08:00:00Z") };
  }

  it("a UseGPT deletion keeps payment records 180 days from the last payment, and the email says so in Russian", async () => {
    const { portal, request, id, by, basis, checklist, now } = await usegptDeletion();
    // Last payment 1 March 2026: +180 days is 28 August 2026 (30 days to 31 March, then 30+31+30+31 to 31 July, then 28).
    await completeDeletion(db(), { request: await request(), portal, outcomes: checklist({ anchorDate: "2026-03-01", keepUntil: "2026-08-28" }), by, now, appUrl: APP });
    expect((await request()).status).toBe("completed");
    const kept = (await listDeletionOutcomes(db(), { requestId: id })).filter((o) => o.kept);
    expect(kept).toEqual([expect.objectContaining({ keepUntil: "2026-08-28", basis: basis.label, statute: basis.statute })]);
    expect((await db().select().from(deletionOutcomes).where(eq(deletionOutcomes.kept, true)))[0]).toMatchObject({ anchorDate: "2026-03-01" });
    const mail = await lastMail(id);
    expect(mail).toMatchObject({ template: "deletion-completed", language: "ru" });
    expect(mail.text).toContain("сведения о платежах: факт, дата, сумма, идентификаторы и статус транзакций — хранение на основании «Сведения о платежах, возвратах и спорах»");
    expect(mail.text).toContain("не менее 180 календарных дней с даты последнего платежа пользователя");
    expect(mail.text).toContain("28 августа 2026");
    expect(mail.text).toContain("номер телефона, адрес электронной почты, логин и данные учётной записи");
    expect(mail.text).not.toContain(basis.label);
    expect(mail.text).not.toContain("security events");
  });

  it("refuses to keep under an anchored basis without the anchor date, or for less than its period from it", async () => {
    const { portal, request, by, checklist, now } = await usegptDeletion();
    const complete = async (dates: { keepUntil: string; anchorDate?: string }) => completeDeletion(db(), { request: await request(), portal, outcomes: checklist(dates), by, now, appUrl: APP });
    await expect(complete({ keepUntil: "2026-12-31" })).rejects.toThrow(new CaseError("checklist_anchor_required"));
    await expect(complete({ keepUntil: "2026-12-31", anchorDate: "2026-02-30" })).rejects.toThrow(new CaseError("checklist_anchor_required"));
    await expect(complete({ keepUntil: "2026-08-27", anchorDate: "2026-03-01" })).rejects.toThrow(new CaseError("checklist_keep_until_too_early"));
    expect((await request()).status).toBe("in_progress");
  });

  it("counts 402-FZ's five years from the end of the reporting year, which may lie ahead", async () => {
    const { portal, request, by, checklist, now } = await usegptDeletion("accounting");
    // 31 Dec 2026 + 1827 days: 2027–2031 hold one 29 February (2028), so 1826 days reach 31 Dec 2031 and one more is 1 Jan 2032.
    await expect(completeDeletion(db(), { request: await request(), portal, outcomes: checklist({ anchorDate: "2026-12-31", keepUntil: "2031-12-31" }), by, now, appUrl: APP })).rejects.toThrow(new CaseError("checklist_keep_until_too_early"));
    await completeDeletion(db(), { request: await request(), portal, outcomes: checklist({ anchorDate: "2026-12-31", keepUntil: "2032-01-01" }), by, now, appUrl: APP });
    expect((await request()).status).toBe("completed");
  });

  it("refuses to keep a category under a basis not allowed for it, and MVSEP's push tokens under any", async () => {
    const usegpt = await usegptDeletion("security-logs");
    // §6.2's security-logs basis does not cover payment records; those are kept as payments or accounting.
    await expect(completeDeletion(db(), { ...usegpt, request: await usegpt.request(), outcomes: usegpt.checklist({ anchorDate: "2026-03-01", keepUntil: "2026-12-31" }), appUrl: APP })).rejects.toThrow(new CaseError("checklist_basis_not_for_category"));
    const { portal, request } = await openRequest("mvsep", "deletion", "2026-03-02T08:00:00Z");
    const by = await staff(db(), "mvsep", "agent");
    await startWork(db(), { request: await request(), by: { staff: by }, now: new Date("2026-03-03T08:00:00Z") });
    const billing = (await listRetentionBases(db(), { portalId: portal.id })).find((b) => b.key === "billing-records")!;
    const outcomes = portal.dataCategories.map((category) =>
      category === "push notification tokens" ? { category, kept: true as const, basisId: billing.id, keepUntil: "2026-12-31" } : { category, kept: false as const },
    );
    const now = new Date("2026-03-04T08:00:00Z");
    await expect(completeDeletion(db(), { request: await request(), portal, outcomes, by: { staff: by }, now, appUrl: APP })).rejects.toThrow(new CaseError("checklist_category_always_deleted"));
    await completeDeletion(db(), { request: await request(), portal, outcomes: outcomes.map((o) => ({ category: o.category, kept: false as const })), by: { staff: by }, now, appUrl: APP });
    expect((await request()).status).toBe("completed");
  });

  it("refuses a checklist that skips a category or keeps one without a basis", async () => {
    const { portal, request } = await openRequest("usegpt", "deletion", "2026-03-02T08:00:00Z");
    const by = await staff(db(), "usegpt", "agent");
    await startWork(db(), { request: await request(), by: { staff: by }, now: new Date("2026-03-03T08:00:00Z") });
    const now = new Date("2026-03-04T08:00:00Z");
    await expect(completeDeletion(db(), { request: await request(), portal, outcomes: [], by: { staff: by }, now, appUrl: APP })).rejects.toThrow(/every data category/);
    const outcomes = portal.dataCategories.map((category) => ({ category, kept: true as const, basisId: 99_999, keepUntil: "2027-01-01" }));
    await expect(completeDeletion(db(), { request: await request(), portal, outcomes, by: { staff: by }, now, appUrl: APP })).rejects.toThrow(/legal basis/);
  });

  it("delivers an access export by a download link that records each download", async () => {
    const { portal, request, id } = await openRequest("mvsep", "access", "2026-03-02T08:00:00Z");
    const by = await staff(db(), "mvsep", "agent");
    await startWork(db(), { request: await request(), by: { staff: by }, now: new Date("2026-03-03T08:00:00Z") });
    const now = new Date("2026-03-04T08:00:00Z");
    await expect(completeAccess(db(), { request: await request(), portal, file: { name: "data.exe", bytes: Buffer.from("x") }, by: { staff: by }, now, appUrl: APP })).rejects.toThrow(/json, .csv or .zip/);
    await completeAccess(db(), { request: await request(), portal, file: { name: "data.json", bytes: Buffer.from('{"a":1}') }, by: { staff: by }, now, appUrl: APP });
    const token = /download\?token=([\w-]{43})/.exec((await lastMail(id)).text)![1];
    expect((await downloadExport(db(), { token, portalId: portal.id, now }))?.content.toString()).toBe('{"a":1}');
    expect(await downloadExport(db(), { token, portalId: portal.id, now: new Date(now.getTime() + 8 * 86_400_000) })).toBeUndefined();
    expect(await db().select().from(requestEvents).where(eq(requestEvents.type, "export_downloaded"))).toHaveLength(1);
  });

  it("a correction is completed with what was changed", async () => {
    const { portal, request, id } = await openRequest("mgoods-seller", "correction", "2026-03-02T08:00:00Z");
    const by = await staff(db(), "mgoods-seller", "agent");
    await startWork(db(), { request: await request(), by: { staff: by }, now: new Date("2026-03-03T08:00:00Z") });
    await completeWithResolution(db(), { request: await request(), portal, resolution: "Surname corrected", effectiveFrom: "2026-03-03", by: { staff: by }, now: new Date("2026-03-03T09:00:00Z"), appUrl: APP });
    expect(await request()).toMatchObject({ status: "completed", resolution: "Surname corrected" });
    expect((await lastMail(id)).template).toBe("request-completed");
  });
});

describe("the rest of case work", () => {
  it("assigns only to agents and admins of the request's portal", async () => {
    const { request } = await openRequest("deepen", "deletion", "2026-01-12T05:00:00Z");
    const agent = await staff(db(), "deepen", "agent");
    const viewer = await staff(db(), "deepen", "viewer");
    const stranger = await staff(db(), "usegpt", "admin");
    const now = new Date("2026-01-13T05:00:00Z");
    await assignRequest(db(), { request: await request(), assigneeId: agent, by: { staff: agent }, now });
    expect((await request()).assigneeId).toBe(agent);
    await expect(assignRequest(db(), { request: await request(), assigneeId: viewer, by: { staff: agent }, now })).rejects.toThrow(CaseError);
    await expect(assignRequest(db(), { request: await request(), assigneeId: stranger, by: { staff: agent }, now })).rejects.toThrow(CaseError);
  });

  it("a rejection for 'other' reasons needs a message", async () => {
    const { portal, request } = await openRequest("deepen", "deletion", "2026-01-12T05:00:00Z");
    const by = await staff(db(), "deepen", "agent");
    const now = new Date("2026-01-13T05:00:00Z");
    await expect(rejectRequest(db(), { request: await request(), portal, reason: "other", message: " ", by: { staff: by }, now, appUrl: APP })).rejects.toThrow(/needs a message/);
    await rejectRequest(db(), { request: await request(), portal, reason: "duplicate", message: "", by: { staff: by }, now, appUrl: APP });
    expect(await request()).toMatchObject({ status: "rejected", rejectionReason: "duplicate" });
  });

  it("a phone request recorded by staff is acknowledged as a phone request, not thanked for confirming an address, and names the operator's contact", async () => {
    await seedDemoPortals(db());
    const portal = (await getPortalBySlug(db(), { slug: "mvsep" }))!;
    const by = await staff(db(), "mvsep", "agent");
    const request = await recordManualRequest(db(), {
      portal,
      input: { type: "deletion", email: "caller@example.com", language: "en" },
      channel: "phone",
      receivedAt: new Date("2026-03-02T06:00:00Z"),
      identityEvidence: "caller answered the account's security questions",
      by: { staff: by },
      now: new Date("2026-03-02T07:00:00Z"),
      appUrl: APP,
    });
    const mail = await lastMail(request.id);
    expect(mail.text).toContain(`${portal.name} has recorded the request you made by phone under the reference below.`);
    expect(mail.text).not.toContain("confirming your email address");
    expect(mail.text).toContain(`To contact ${portal.name}, write to turbo@mvsep.com.`);
  });

  it("rejects only on the regime's own grounds: KVKK has no 'manifestly unfounded', and nothing changes when it is tried", async () => {
    const { portal, request, id } = await openRequest("moserra", "access", "2026-03-02T09:00:00Z");
    const by = await staff(db(), "moserra", "agent");
    const now = new Date("2026-03-03T09:00:00Z");
    const mails = async () => (await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, id))).length;
    const before = await mails();
    await expect(rejectRequest(db(), { request: await request(), portal, reason: "manifestly-unfounded-or-excessive", message: "again", by: { staff: by }, now, appUrl: APP })).rejects.toThrow(
      /not a ground for rejection under this request.s law/,
    );
    await expect(rejectRequest(db(), { request: await request(), portal, reason: "", message: "", by: { staff: by }, now, appUrl: APP })).rejects.toThrow(/Choose a reason/);
    expect((await request()).status).toBe("open");
    expect(await mails()).toBe(before);

    await rejectRequest(db(), { request: await request(), portal, reason: "outside-kvkk-scope", message: "Yargı süreci kapsamında işleniyor.", by: { staff: by }, now, appUrl: APP });
    expect(await request()).toMatchObject({ status: "rejected", rejectionReason: "outside-kvkk-scope" });
    const mail = await lastMail(id);
    expect(mail).toMatchObject({ template: "rejection-notice", language: "tr" });
    expect(mail.text).toContain("Hukuki dayanak: KVKK md. 28(1).");
    expect(mail.text).toContain("cevabı öğrendiğiniz tarihten itibaren 30 gün ve her hâlde başvuru tarihinizden itibaren 60 gün içinde");
    expect(mail.text).toContain("MOSERRA ile info@moserra.com adresinden iletişime geçebilirsiniz.");
    const event = (await db().select().from(requestEvents).where(eq(requestEvents.requestId, id))).at(-1)!;
    expect(event).toMatchObject({ type: "rejected", data: { reason: "outside-kvkk-scope", article: "KVKK art. 28(1)" } });
  });

  it("a 152-FZ refusal is reasoned with its legal ground, in Russian", async () => {
    const { portal, request, id } = await openRequest("usegpt", "access", "2026-04-28T08:00:00Z");
    const by = await staff(db(), "usegpt", "agent");
    await rejectRequest(db(), { request: await request(), portal, reason: "repeated-request", message: "Сведения направлены вам 20 апреля.", by: { staff: by }, now: new Date("2026-04-29T08:00:00Z"), appUrl: APP });
    const { text } = await lastMail(id);
    expect(text).toContain("Правовое основание: ч. 4–6 ст. 14 Федерального закона № 152-ФЗ.");
    expect(text).toContain("как того требует часть 2 статьи 20 Федерального закона № 152-ФЗ");
    expect(text).toContain("support@usegpt.ru");
  });

  it("manual intake counts the deadline from the back-dated receipt, not from when it was typed in", async () => {
    await seedDemoPortals(db());
    const portal = (await getPortalBySlug(db(), { slug: "deepen" }))!;
    const by = await staff(db(), "deepen", "agent");
    const request = await recordManualRequest(db(), {
      portal,
      input: { type: "deletion", email: "old@example.com", language: "uz" },
      channel: "email",
      receivedAt: new Date("2026-01-05T06:00:00Z"),
      identityEvidence: "sent from the registered address",
      by: { staff: by },
      now: new Date("2026-01-09T06:00:00Z"),
      appUrl: APP,
    });
    expect(request).toMatchObject({ status: "open", dueDate: "2026-01-19", channel: "email" });
    expect((await lastMail(request.id)).template).toBe("acknowledgement");
    expect((await lastMail(request.id)).text).toContain("«Deepen» operatori elektron pochta orqali yuborgan soʻrovingizni oldi va uni quyidagi raqam bilan roʻyxatga oldi.");
    expect((await lastMail(request.id)).text).not.toContain("tasdiqlaganingiz uchun rahmat");
    await expect(
      recordManualRequest(db(), { portal, input: { type: "deletion", email: "x@example.com", language: "uz" }, channel: "post", receivedAt: new Date("2026-02-01T00:00:00Z"), identityEvidence: "letter", by: { staff: by }, now: new Date("2026-01-09T06:00:00Z"), appUrl: APP }),
    ).rejects.toThrow(/future/);
  });

  it("manual intake as the form posts it: the receipt is read in the portal's time zone, and the portal's own rules refuse what its law asks for", async () => {
    await seedDemoPortals(db());
    const deepen = (await getPortalBySlug(db(), { slug: "deepen" }))!;
    const by = await staff(db(), "deepen", "agent");
    const form = { channel: "email" as const, receivedAt: { date: "2026-01-05", time: "11:00" }, identityEvidence: "sent from the registered address", request: { type: "deletion", email: "old@example.com", language: "uz" } };
    const request = await recordIntake(db(), { portal: deepen, form, by: { staff: by }, now: new Date("2026-01-09T06:00:00Z"), appUrl: APP });
    // 11:00 in Tashkent (UTC+5) is 06:00 UTC: the same receipt, and the same due date, as the test above.
    expect(request).toMatchObject({ receivedAt: new Date("2026-01-05T06:00:00Z"), dueDate: "2026-01-19", channel: "email" });

    // KVKK asks for a name, citizenship, a notice address and the subject: each one missing is refused on its field, and nothing is recorded.
    const moserra = (await getPortalBySlug(db(), { slug: "moserra" }))!;
    const refused = recordIntake(db(), { portal: moserra, form: { ...form, request: { type: "access", email: "kvkk@example.com" } }, by: { staff: by }, now: new Date("2026-01-09T06:00:00Z"), appUrl: APP });
    await expect(refused).rejects.toBeInstanceOf(DomainErrors);
    expect((await refused.then(() => [], (e: DomainErrors) => e.errors)).map((e) => [e.field, e.code])).toEqual([
      ["name", "request.nameRequired"],
      ["citizenship", "request.citizenshipRequired"],
      ["noticeAddress", "request.noticeAddressRequired"],
      ["details", "request.subjectRequired"],
    ]);
    expect(await db().select().from(requests).where(eq(requests.portalId, moserra.id))).toEqual([]);
  });

  it("manual intake on a KVKK portal takes the communiqué's details from the staff form and keeps them with the request only", async () => {
    await seedDemoPortals(db());
    const moserra = (await getPortalBySlug(db(), { slug: "moserra" }))!;
    const by = await staff(db(), "moserra", "agent");
    const form = {
      channel: "post" as const,
      receivedAt: { date: "2026-03-02", time: "10:00" },
      identityEvidence: "signed letter, ID copy enclosed",
      request: { type: "access", email: "ayse@example.com", name: "Ayşe Yılmaz", details: "Hangi verilerimin işlendiğini öğrenmek istiyorum.", citizenship: "tr", tcIdentityNumber: "10000000146", noticeAddress: "Moda Cad. 1, Kadıköy, İstanbul", phone: "", language: "tr" },
    };
    const request = await recordIntake(db(), { portal: moserra, form, by: { staff: by }, now: new Date("2026-03-03T09:00:00Z"), appUrl: APP });
    expect(request).toMatchObject({ status: "open", channel: "post", identity: { tcIdentityNumber: "10000000146", noticeAddress: "Moda Cad. 1, Kadıköy, İstanbul" } });
    const stored = (await db().select().from(requests).where(eq(requests.id, request.id)))[0]!;
    expect(stored.identity).toEqual({ tcIdentityNumber: "10000000146", noticeAddress: "Moda Cad. 1, Kadıköy, İstanbul" });
    const mail = await lastMail(request.id);
    expect(mail.text).not.toContain("10000000146");

    const bad = recordIntake(db(), { portal: moserra, form: { ...form, request: { ...form.request, tcIdentityNumber: "10000000147" } }, by: { staff: by }, now: new Date("2026-03-03T09:00:00Z"), appUrl: APP });
    expect((await bad.then(() => [], (e: DomainErrors) => e.errors)).map((e) => [e.field, e.code, e.message])).toEqual([
      ["tcIdentityNumber", "request.tcIdentityNumberInvalid", "The T.C. identity number is not valid: 11 digits, as on the identity card."],
    ]);
  });

  it("manual intake on a 152-FZ portal takes the document, the relationship and the signature from the staff form", async () => {
    await seedDemoPortals(db());
    const usegpt = (await getPortalBySlug(db(), { slug: "usegpt" }))!;
    const by = await staff(db(), "usegpt", "agent");
    const request = {
      type: "access",
      email: "ivan@example.com",
      name: "Иван Петров",
      accountId: "договор № 17 от 01.02.2025",
      documentNumber: "4010 123456",
      documentIssuedOn: "2015-06-01",
      documentIssuer: "ТП № 1 ОУФМС России по г. Москве",
      signature: "Иван Петров",
      language: "ru",
    };
    const form = { channel: "post" as const, receivedAt: { date: "2026-04-27", time: "10:00" }, identityEvidence: "письмо с собственноручной подписью", request };
    const unsigned = recordIntake(db(), { portal: usegpt, form, by: { staff: by }, now: new Date("2026-04-28T09:00:00Z"), appUrl: APP });
    expect((await unsigned.then(() => [], (e: DomainErrors) => e.errors)).map((e) => [e.field, e.code])).toEqual([["signatureConfirmed", "request.signatureNotConfirmed"]]);
    const recorded = await recordIntake(db(), { portal: usegpt, form: { ...form, request: { ...request, signatureConfirmed: "on" } }, by: { staff: by }, now: new Date("2026-04-28T09:00:00Z"), appUrl: APP });
    expect(recorded.identity).toEqual({ documentNumber: "4010 123456", documentIssuedOn: "2015-06-01", documentIssuer: "ТП № 1 ОУФМС России по г. Москве", signature: "Иван Петров" });
  });
});
