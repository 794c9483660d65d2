import { describe, expect, it } from "vitest";
import { withTransaction } from "../../db/client";
import { getPortalBySlug } from "../../db/queries/portals";
import { insertRequest } from "../../db/queries/requests";
import { testVirginiaPortal } from "../../db/seed-data/test-virginia";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import type { Language } from "../i18n/languages";
import { portalReport, reportYear } from "./portal-report";

const db = tempDbPerTest();

describe("portalReport", () => {
  it("counts the portal's own calendar year (America/New_York) and only verified requests, not merged duplicates; appeals get their own line", async () => {
    await seedDemoPortals(db(), [testVirginiaPortal]);
    const portal = (await getPortalBySlug(db(), { slug: "blue-ridge" }))!;
    let n = 0;
    const add = (type: "deletion" | "appeal", status: "completed" | "submitted" | "rejected", receivedAt: string, closedAt?: string, duplicateState: "merged" | null = null) =>
      withTransaction(db(), (tx) => insertRequest(tx, {
        portalId: portal.id,
        reference: `BRO-0000-${String(++n).padStart(4, "0")}`,
        type,
        status,
        channel: "web",
        email: "ann@example.com",
        language: "en",
        receivedAt: new Date(receivedAt),
        closedAt: closedAt ? new Date(closedAt) : null,
        dueAt: new Date("2027-01-01T00:00:00Z"),
        duplicateState,
      }));
    await add("deletion", "completed", "2026-01-01T04:59:00Z", "2026-01-03T04:59:00Z"); // 23:59 on 31 Dec 2025 in New York: 2025
    await add("deletion", "completed", "2026-01-01T05:00:00Z", "2026-01-04T05:00:00Z"); // 00:00 on 1 Jan 2026: 3 days
    await add("deletion", "submitted", "2026-03-01T12:00:00Z"); // never verified
    await add("deletion", "rejected", "2026-03-02T12:00:00Z", "2026-03-03T12:00:00Z", "merged"); // the same person asking again
    await add("appeal", "rejected", "2026-12-31T12:00:00Z", "2027-01-05T12:00:00Z"); // 5 days
    await add("deletion", "completed", "2027-01-01T05:00:00Z", "2027-01-02T05:00:00Z"); // 2027
    const report = await portalReport(db(), { portal, year: 2026, language: "en" });
    expect(report.layout).toBe("per-type");
    const line = (key: string) => report.lines.find((l) => l.group.key === key)!;
    expect(line("deletion")).toMatchObject({ received: 1, completed: 1, medianDays: 3, onTimePercent: 100 });
    expect(line("appeal")).toMatchObject({ received: 1, rejected: 1, meanDays: 5 });
    expect(line("access").received).toBe(0);
    expect(line("deletion").group.label).toBe("Deletion");
    expect((await portalReport(db(), { portal, year: 2025, language: "en" })).lines.find((l) => l.group.key === "deletion")!.received).toBe(1);
  });

  it("labels its lines in the reader's language, in the staff's voice", async () => {
    await seedDemoPortals(db(), [testVirginiaPortal]);
    const portal = (await getPortalBySlug(db(), { slug: "blue-ridge" }))!;
    const labels = async (language: Language) => (await portalReport(db(), { portal, year: 2026, language })).lines.map((l) => l.group.label);
    expect(await labels("ru")).toContain("Уничтожение");
    expect(await labels("uz")).toContain("Yoʻq qilish");
    expect(await labels("tr")).toContain("Silme");
  });

  it("leaves out an email dismissed at triage as not a request, and names each rejection reason in the reader's words", async () => {
    await seedDemoPortals(db(), [testVirginiaPortal]);
    const portal = (await getPortalBySlug(db(), { slug: "blue-ridge" }))!;
    let n = 0;
    const add = (type: "deletion" | "appeal", rejectionReason: string | null, triage: "not_a_request" | "confirmed" | null = null) =>
      withTransaction(db(), (tx) => insertRequest(tx, {
        portalId: portal.id,
        reference: `BRO-0000-${String(++n).padStart(4, "0")}`,
        type,
        status: "rejected",
        channel: triage ? "email" : "web",
        email: "ann@example.com",
        language: "en",
        receivedAt: new Date("2026-05-04T12:00:00Z"),
        closedAt: new Date("2026-05-06T12:00:00Z"),
        dueAt: new Date("2026-06-19T03:59:59Z"),
        rejectionReason,
        triage,
      }));
    await add("deletion", "not_a_request", "not_a_request");
    await add("deletion", "no-data-held", "confirmed");
    await add("deletion", "no-data-held");
    await add("deletion", null);
    await add("appeal", "appeal_denied");
    const report = async (language: Language) => portalReport(db(), { portal, year: 2026, language });
    const en = await report("en");
    const deletion = en.lines.find((l) => l.group.key === "deletion")!;
    expect(deletion).toMatchObject({ received: 3, rejected: 3, rejectedByReason: { "no-data-held": 2, unspecified: 1 } });
    expect(en.reasons).toEqual({
      "no-data-held": "No personal data about the requester is held",
      unspecified: "No reason recorded",
      appeal_denied: "Appeal denied: the original decision stands",
    });
    expect((await report("ru")).reasons).toMatchObject({ "no-data-held": "Оператор не осуществляет обработку персональных данных субъекта", appeal_denied: "Жалоба отклонена: первоначальное решение оставлено в силе" });
    expect((await report("uz")).reasons.unspecified).toBe("Sabab koʻrsatilmagan");
    expect((await report("tr")).reasons.appeal_denied).toBe("Karara itiraz reddedildi: ilk karar geçerli");
  });

  it("reportYear: a whole year up to this one, else this one", () => {
    const now = new Date("2026-11-29T08:00:00Z");
    expect(reportYear("2025", now)).toBe(2025);
    expect(reportYear("2027", now)).toBe(2026);
    expect(reportYear("20x5", now)).toBe(2026);
    expect(reportYear(undefined, now)).toBe(2026);
  });
});
