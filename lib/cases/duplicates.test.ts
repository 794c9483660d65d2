import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withTransaction } from "../../db/client";
import { getPortalBySlug } from "../../db/queries/portals";
import { getRequestById, insertRequest } from "../../db/queries/requests";
import { insertUser, setMembership } from "../../db/queries/staff";
import { emailOutbox, portals, requestEvents, requests } from "../../db/schema";
import { DEMO_PORTALS } from "../../db/seed-data";
import { testVirginiaPortal } from "../../db/seed-data/test-virginia";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { messages } from "../i18n/catalogue";
import { submitRequest } from "../requests/submit";
import { verifyRequest } from "../requests/verify";
import { keepDuplicate, mergeDuplicate } from "./duplicates";
import { freeLimitExceeded } from "./free-limit";
import { recordManualRequest } from "./intake";
import { CaseError } from "./shared";

const APP = "http://localhost:3000";
const db = tempDbPerTest();

async function portal(slug: string) {
  await seedDemoPortals(db(), [...DEMO_PORTALS, testVirginiaPortal]);
  return (await getPortalBySlug(db(), { slug }))!;
}

/** A request made and verified at `at` (verified a minute later). */
async function verified(slug: string, { type = "deletion", email = "ann@example.com", accountId, at }: { type?: "deletion" | "access"; email?: string; accountId?: string; at: string }) {
  const p = await portal(slug);
  const now = new Date(at);
  const { id } = await submitRequest(db(), { portal: p, input: { type, email, name: "Ann", accountId, language: p.defaultLanguage }, channel: "web", now, appUrl: APP });
  const token = /verify\?token=([\w-]{43})/.exec((await mails(id)).at(-1)!.text)![1];
  await verifyRequest(db(), { token, portal: p, now: new Date(now.getTime() + 60_000), appUrl: APP });
  return (await getRequestById(db(), { id }))!;
}

async function mails(requestId: number) {
  return db().select().from(emailOutbox).where(eq(emailOutbox.requestId, requestId));
}

async function agent(slug: string) {
  const portalId = (await portal(slug)).id;
  return withTransaction(db(), async (tx) => {
    const user = await insertUser(tx, { email: `agent-${Math.random()}@example.test` });
    await setMembership(tx, { userId: user.id, portalId, role: "agent" });
    return user.id;
  });
}

describe("possible duplicates", () => {
  it("a second deletion from the same address 29 days later is flagged at verification, linked to the first; one 31 days after the first is not", async () => {
    const first = await verified("mgoods-seller", { at: "2026-03-01T08:00:00Z" });
    const second = await verified("mgoods-seller", { at: "2026-03-30T08:00:00Z" });
    const third = await verified("mgoods-seller", { email: "bob@example.com", at: "2026-03-30T09:00:00Z" });
    const fourth = await verified("mgoods-seller", { type: "access", at: "2026-03-30T10:00:00Z" });
    expect(second).toMatchObject({ duplicateOf: first.id, duplicateState: "flagged" });
    expect(third.duplicateState).toBeNull();
    expect(fourth.duplicateState).toBeNull();
    const flagged = (await db().select().from(requestEvents).where(eq(requestEvents.requestId, second.id))).find((e) => e.type === "duplicate_flagged")!;
    expect(flagged).toMatchObject({ public: false, data: { earlier: first.reference, windowDays: 30 } });
    expect((await verified("mgoods-seller", { at: "2026-04-01T09:00:00Z" })).duplicateOf).toBe(second.id);
  });

  it("the window is the portal's setting: at 7 days, a second deletion 6 days later is flagged and one 8 days after that is not", async () => {
    const { id: portalId } = await portal("mgoods-seller");
    await withTransaction(db(), async (tx) => {
      await tx.update(portals).set({ duplicateWindowDays: 7 }).where(eq(portals.id, portalId));
    });
    const first = await verified("mgoods-seller", { at: "2026-03-01T08:00:00Z" });
    const second = await verified("mgoods-seller", { at: "2026-03-07T08:00:00Z" });
    expect(second).toMatchObject({ duplicateOf: first.id, duplicateState: "flagged" });
    expect((await verified("mgoods-seller", { at: "2026-03-15T08:00:00Z" })).duplicateState).toBeNull();
  });

  it("the same account ID from another address counts as the same person", async () => {
    const first = await verified("mgoods-seller", { accountId: "seller-42", at: "2026-03-01T08:00:00Z" });
    expect((await verified("mgoods-seller", { email: "other@example.com", accountId: "seller-42", at: "2026-03-02T08:00:00Z" })).duplicateOf).toBe(first.id);
  });

  it("a request recorded by staff is flagged in the same transaction", async () => {
    const p = await portal("deepen");
    const first = await verified("deepen", { at: "2026-03-01T08:00:00Z" });
    const recorded = await recordManualRequest(db(), {
      portal: p,
      input: { type: "deletion", email: "ann@example.com", name: "Ann", language: "uz" },
      channel: "email",
      receivedAt: new Date("2026-03-05T08:00:00Z"),
      identityEvidence: "sent from the registered address",
      by: { staff: await agent("deepen") },
      now: new Date("2026-03-05T09:00:00Z"),
      appUrl: APP,
    });
    expect(await getRequestById(db(), { id: recorded.id })).toMatchObject({ duplicateOf: first.id, duplicateState: "flagged" });
  });

  it("merging closes the later request as a duplicate and tells the requester, in Uzbek, which reference stands", async () => {
    const first = await verified("mgoods-seller", { at: "2026-03-01T08:00:00Z" });
    const second = await verified("mgoods-seller", { at: "2026-03-10T08:00:00Z" });
    await mergeDuplicate(db(), { request: second, portal: await portal("mgoods-seller"), by: { staff: await agent("mgoods-seller") }, now: new Date("2026-03-11T08:00:00Z"), appUrl: APP });
    expect(await getRequestById(db(), { id: second.id })).toMatchObject({ status: "rejected", rejectionReason: "duplicate", duplicateState: "merged" });
    expect((await getRequestById(db(), { id: first.id }))!.status).toBe("open");
    const mail = (await mails(second.id)).at(-1)!;
    expect(mail).toMatchObject({ template: "duplicate-merged", language: "uz" });
    expect(mail.subject).toBe(messages("uz").appeals.emails.duplicateMerged.subject((await portal("mgoods-seller")).name, second.reference));
    expect(mail.text).toContain(messages("uz").appeals.emails.duplicateMerged.stands(first.reference, second.reference));
    expect(mail.text).toMatch(/\/p\/mgoods-seller\/status\?token=/);
    const types = (await db().select().from(requestEvents)).map((e) => [e.requestId, e.type]);
    expect(types).toContainEqual([second.id, "duplicate_merged"]);
    expect(types).toContainEqual([first.id, "duplicate_merged_in"]);
    await expect(mergeDuplicate(db(), { request: (await getRequestById(db(), { id: second.id }))!, portal: await portal("mgoods-seller"), by: { staff: "x" }, now: new Date(), appUrl: APP })).rejects.toThrow(CaseError);
  });

  it("refuses a merge across addresses (an account ID proves nothing) and into a request no longer being answered, changing nothing", async () => {
    const first = await verified("mgoods-seller", { accountId: "seller-42", at: "2026-03-01T08:00:00Z" });
    const other = await verified("mgoods-seller", { email: "other@example.com", accountId: "seller-42", at: "2026-03-02T08:00:00Z" });
    const merge = async (request: typeof other) => mergeDuplicate(db(), { request, portal: await portal("mgoods-seller"), by: { staff: await agent("mgoods-seller") }, now: new Date("2026-03-03T08:00:00Z"), appUrl: APP });
    await expect(merge(other)).rejects.toThrow(new CaseError("duplicate_other_address"));
    expect(await getRequestById(db(), { id: other.id })).toMatchObject({ status: "open", duplicateState: "flagged" });

    const again = await verified("mgoods-seller", { accountId: "seller-42", at: "2026-03-04T08:00:00Z" });
    await withTransaction(db(), async (tx) => {
      await tx.update(requests).set({ status: "withdrawn", closedAt: new Date("2026-03-04T09:00:00Z") }).where(eq(requests.id, first.id));
    });
    await expect(merge(again)).rejects.toThrow(new CaseError("duplicate_earlier_gone"));
    expect((await mails(again.id)).filter((m) => m.template === "duplicate-merged")).toEqual([]);
  });

  it("refuses a merge into an earlier request whose type is still the classifier's guess (an email awaiting triage), changing nothing", async () => {
    const first = await verified("mgoods-seller", { at: "2026-03-01T08:00:00Z" });
    const second = await verified("mgoods-seller", { at: "2026-03-02T08:00:00Z" });
    await withTransaction(db(), async (tx) => {
      await tx.update(requests).set({ channel: "email", triage: "needs_triage" }).where(eq(requests.id, first.id));
    });
    const merge = mergeDuplicate(db(), { request: second, portal: await portal("mgoods-seller"), by: { staff: await agent("mgoods-seller") }, now: new Date("2026-03-03T08:00:00Z"), appUrl: APP });
    await expect(merge).rejects.toThrow(new CaseError("duplicate_earlier_in_triage"));
    expect(await getRequestById(db(), { id: second.id })).toMatchObject({ status: "open", duplicateState: "flagged" });
    expect((await mails(second.id)).filter((m) => m.template === "duplicate-merged")).toEqual([]);
  });

  it("refuses a merge into an earlier request whose type is no longer the later one's, changing nothing", async () => {
    const first = await verified("mgoods-seller", { at: "2026-03-01T08:00:00Z" });
    const second = await verified("mgoods-seller", { at: "2026-03-02T08:00:00Z" });
    // As a type confirmed at triage left it before the flags of later requests were cleared with it.
    await withTransaction(db(), async (tx) => {
      await tx.update(requests).set({ type: "access" }).where(eq(requests.id, first.id));
    });
    const merge = mergeDuplicate(db(), { request: second, portal: await portal("mgoods-seller"), by: { staff: await agent("mgoods-seller") }, now: new Date("2026-03-03T08:00:00Z"), appUrl: APP });
    await expect(merge).rejects.toThrow(new CaseError("duplicate_other_type"));
    expect(await getRequestById(db(), { id: second.id })).toMatchObject({ status: "open", duplicateOf: first.id, duplicateState: "flagged" });
    expect((await mails(second.id)).filter((m) => m.template === "duplicate-merged")).toEqual([]);
  });

  it("keeping both clears the flag, audited, with no email", async () => {
    await verified("mgoods-seller", { at: "2026-03-01T08:00:00Z" });
    const second = await verified("mgoods-seller", { at: "2026-03-10T08:00:00Z" });
    const before = (await mails(second.id)).length;
    await keepDuplicate(db(), { request: second, by: { staff: await agent("mgoods-seller") }, now: new Date("2026-03-11T08:00:00Z") });
    expect(await getRequestById(db(), { id: second.id })).toMatchObject({ status: "open", duplicateState: "kept" });
    expect(await mails(second.id)).toHaveLength(before);
    expect((await db().select().from(requestEvents)).map((e) => e.type)).toContain("duplicate_kept");
  });
});

describe("free-request limits", () => {
  it("Virginia: the third request from one address within 12 months is over the limit of two; the second is not", async () => {
    await verified("blue-ridge", { type: "access", at: "2025-06-01T15:00:00Z" });
    const second = await verified("blue-ridge", { at: "2026-01-10T15:00:00Z" });
    const third = await verified("blue-ridge", { type: "access", at: "2026-05-31T15:00:00Z" });
    expect(await freeLimitExceeded(db(), { request: second })).toBeUndefined();
    expect(await freeLimitExceeded(db(), { request: third })).toMatchObject({ count: 3, limit: { count: 2, source: "Va. Code §59.1-577(B)(3)" } });
    expect(await freeLimitExceeded(db(), { request: await verified("blue-ridge", { type: "access", email: "bob@example.com", at: "2026-06-02T15:00:00Z" }) })).toBeUndefined();
  });

  it("an email dismissed at triage as not a request does not count towards the limit", async () => {
    const { id: portalId } = await portal("blue-ridge");
    await verified("blue-ridge", { type: "access", at: "2025-06-01T15:00:00Z" });
    await withTransaction(db(), (tx) =>
      insertRequest(tx, {
        portalId,
        reference: "BRO-0000-9001",
        type: "access",
        status: "rejected",
        channel: "email",
        email: "ann@example.com",
        language: "en",
        receivedAt: new Date("2026-01-10T15:00:00Z"),
        verifiedAt: new Date("2026-01-10T15:00:00Z"),
        closedAt: new Date("2026-01-11T15:00:00Z"),
        rejectionReason: "not_a_request",
        triage: "not_a_request",
      }),
    );
    const second = await verified("blue-ridge", { type: "access", at: "2026-05-31T15:00:00Z" });
    expect(await freeLimitExceeded(db(), { request: second })).toBeUndefined();
  });
});
