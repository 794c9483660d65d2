import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getPortalBySlug } from "../../db/queries/portals";
import { getRequestById } from "../../db/queries/requests";
import { requestEvents } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { identityGaps } from "../requests/identity-gaps";
import { addStaff } from "../scheduler/test-fixtures";
import { DomainErrors } from "../staff/errors";
import { recordIdentityDetails } from "./identity";
import { messages } from "../i18n/catalogue";
import { LANGUAGES, type Language } from "../i18n/languages";
import type { RequestInput } from "../validation/request";
import { recordManualRequest } from "./intake";
import { rejectRequest } from "./reject";

const db = tempDbPerTest();
const APP = "http://localhost:3000";
const NOW = new Date("2026-03-03T09:00:00Z");

/** A request that came by email with what an email carries: an address, a name, a subject (the KVKK application's by default). */
async function emailedTo(slug = "moserra", input: Partial<RequestInput> & { language?: Language } = {}) {
  await seedDemoPortals(db());
  const portal = (await getPortalBySlug(db(), { slug }))!;
  const by = { staff: (await addStaff(db(), slug, "agent")).id };
  const request = await recordManualRequest(db(), {
    portal,
    input: { type: "access", email: "ayse@example.com", name: "Ayşe Yılmaz", details: "Hangi verilerimi işliyorsunuz?", language: "tr", ...input },
    channel: "email",
    receivedAt: new Date("2026-03-02T09:00:00Z"),
    identityEvidence: "sent from the registered address",
    by,
    now: NOW,
    appUrl: APP,
  });
  return { portal, by, request };
}

const refusals = (p: Promise<unknown>) => p.then(() => [], (e: DomainErrors) => e.errors.map((r) => [r.field, r.code]));

describe("identity details obtained after the request came without them", () => {
  it("staff record them, each missing one refused on its field; the gap closes and the trail names the fields, never the values", async () => {
    const { portal, by, request } = await emailedTo();
    expect(identityGaps(portal, request)).toEqual({ rule: "kvkk", missing: ["citizenship", "noticeAddress"] });
    expect(await refusals(recordIdentityDetails(db(), { request, portal, posted: {}, by, now: NOW }))).toEqual([
      ["citizenship", "request.citizenshipRequired"],
      ["noticeAddress", "request.noticeAddressRequired"],
    ]);
    expect(await refusals(recordIdentityDetails(db(), { request, portal, posted: { citizenship: "tr", tcIdentityNumber: "12345678901", noticeAddress: "Moda Cad. 1" }, by, now: NOW }))).toEqual([
      ["tcIdentityNumber", "request.tcIdentityNumberInvalid"],
    ]);

    // A name the request already has stays as it came, whatever is posted.
    await recordIdentityDetails(db(), { request, portal, posted: { name: "Someone Else", citizenship: "tr", tcIdentityNumber: "10000000146", noticeAddress: "Moda Cad. 1, Kadıköy" }, by, now: NOW });
    const updated = (await getRequestById(db(), { id: request.id }))!;
    expect(updated).toMatchObject({ name: "Ayşe Yılmaz", details: "Hangi verilerimi işliyorsunuz?", identity: { tcIdentityNumber: "10000000146", noticeAddress: "Moda Cad. 1, Kadıköy" } });
    expect(identityGaps(portal, updated)).toBeUndefined();
    const event = (await db().select().from(requestEvents).where(eq(requestEvents.requestId, request.id))).at(-1)!;
    expect(event).toMatchObject({ type: "identity_recorded", public: false, data: { fields: ["tcIdentityNumber", "noticeAddress"] } });
    expect(JSON.stringify(event)).not.toContain("10000000146");
    for (const language of LANGUAGES) expect(messages(language).staffCase.timeline.events[event.type]).toBeTruthy();
  });

  it("refuses only what staff can post: an email's long subject and an address the form would refuse stay as they came", async () => {
    // An email's subject and body (up to 20,000 characters) exceed the form's 5,000; an inbound sender's address may be one the form's check refuses.
    const details = `Verilerim\n\n${"Hangi verilerimi işliyorsunuz? ".repeat(250)}`;
    const { portal, by, request } = await emailedTo("moserra", { email: "ayse..yilmaz@example.com", details });
    expect(identityGaps(portal, request)).toEqual({ rule: "kvkk", missing: ["citizenship", "noticeAddress"] });
    expect(await refusals(recordIdentityDetails(db(), { request, portal, posted: { details: "replaced" }, by, now: NOW }))).toEqual([
      ["citizenship", "request.citizenshipRequired"],
      ["noticeAddress", "request.noticeAddressRequired"],
    ]);
    await recordIdentityDetails(db(), { request, portal, posted: { details: "replaced", citizenship: "tr", tcIdentityNumber: "10000000146", noticeAddress: "Moda Cad. 1" }, by, now: NOW });
    const updated = (await getRequestById(db(), { id: request.id }))!;
    expect(updated).toMatchObject({ email: "ayse..yilmaz@example.com", details, identity: { tcIdentityNumber: "10000000146", noticeAddress: "Moda Cad. 1" } });
    expect(identityGaps(portal, updated)).toBeUndefined();
  });

  it("under 152-FZ takes the name as the requester signed it, not the one the email carried, and checks the signature against it", async () => {
    const { portal, by, request } = await emailedTo("usegpt", { email: "ivan@example.com", name: "Ivan Petrov", details: undefined, language: "ru" });
    expect(identityGaps(portal, request)).toEqual({ rule: "152fz", missing: ["documentNumber", "documentIssuedOn", "documentIssuer", "accountId", "signature"] });
    const letter = { accountId: "договор 17", documentNumber: "4010 123456", documentIssuedOn: "2015-06-01", documentIssuer: "ОУФМС", signature: "Петров Иван Иванович", signatureConfirmed: "on" };
    expect(await refusals(recordIdentityDetails(db(), { request, portal, posted: { ...letter, name: "Ivan Petrov" }, by, now: NOW }))).toEqual([["signature", "request.signatureMismatch"]]);
    expect(await refusals(recordIdentityDetails(db(), { request, portal, posted: { ...letter, name: " " }, by, now: NOW }))).toEqual([["name", "request.nameRequired"]]);
    await recordIdentityDetails(db(), { request, portal, posted: { ...letter, name: "Петров  Иван Иванович" }, by, now: NOW });
    const updated = (await getRequestById(db(), { id: request.id }))!;
    expect(updated).toMatchObject({ name: "Петров  Иван Иванович", accountId: "договор 17", identity: { documentNumber: "4010 123456", signature: "Петров Иван Иванович" } });
    expect(identityGaps(portal, updated)).toBeUndefined();
  });

  it("takes nothing for a closed request, whose details are erased, nor on a portal whose law asks for none", async () => {
    const { portal, by, request } = await emailedTo();
    await rejectRequest(db(), { request, portal, reason: "outside-kvkk-scope", message: "Kapsam dışı.", by, now: NOW, appUrl: APP });
    const closed = (await getRequestById(db(), { id: request.id }))!;
    const posted = { citizenship: "tr", tcIdentityNumber: "10000000146", noticeAddress: "Moda Cad. 1" };
    await expect(recordIdentityDetails(db(), { request: closed, portal, posted, by, now: NOW })).rejects.toMatchObject({ code: "transition_not_allowed" });
    const deepen = (await getPortalBySlug(db(), { slug: "deepen" }))!;
    await expect(recordIdentityDetails(db(), { request, portal: deepen, posted, by, now: NOW })).rejects.toMatchObject({ code: "invalid_input" });
    expect((await getRequestById(db(), { id: request.id }))!.identity).toBeNull();
  });
});
