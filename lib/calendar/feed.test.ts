import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { withTransaction } from "../../db/client";
import { deleteMembership } from "../../db/queries/staff";
import { calendarFeeds, deletionOutcomes, requests, users } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { addStaff, APP, openRequest } from "../scheduler/test-fixtures";
import { hashToken } from "../verification";
import { calendarFeed, calendarFeedState, createCalendarFeed, revokeCalendarFeed } from "./feed";

const db = tempDbPerTest();
const NOW = new Date("2026-03-02T08:00:00Z");
const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");
const summaries = (text: string | undefined) => (unfold(text ?? "").match(/^SUMMARY:.*$/gm) ?? []).sort();

let userId: string;

beforeEach(async () => {
  userId = (await addStaff(db(), "deepen", "viewer")).id;
});

describe("a staff member's deadline calendar feed", () => {
  it("lists the due dates, extension-notice days and retention ends of the member's portals only, each linking to its request", async () => {
    const deepen = await openRequest(db(), { slug: "deepen", type: "deletion", receivedAt: NOW, by: userId });
    const usegpt = await openRequest(db(), { slug: "usegpt", type: "access", receivedAt: NOW, by: userId });
    const mine = await deepen.request();
    await withTransaction(db(), async (tx) => {
      await tx.update(requests).set({ extensionNoticeBy: "2026-03-10" }).where(eq(requests.id, mine.id));
      await tx.insert(deletionOutcomes).values({ requestId: mine.id, portalId: mine.portalId, category: "Invoices", kept: true, keepUntil: "2027-01-31" });
    });
    const { token } = await createCalendarFeed(db(), { userId, now: NOW });
    const text = await calendarFeed(db(), { token, now: NOW, appUrl: APP });
    expect(summaries(text)).toEqual(
      [
        `SUMMARY:Due: ${mine.reference} · Deletion · Deepen`,
        `SUMMARY:Last day to notify an extension: ${mine.reference} · Deletion · Deepen`,
        `SUMMARY:Retention ends: Invoices · ${mine.reference} · Deepen`,
      ].sort(),
    );
    expect(unfold(text!)).toContain(`URL;VALUE=URI:${APP}/staff/requests/${mine.id}`);
    expect(unfold(text!)).toContain(`DTSTART;VALUE=DATE:${mine.dueDate!.replaceAll("-", "")}`);
    // Another portal's request, and anything about the requester, never appear.
    expect(text).not.toContain((await usegpt.request()).reference);
    expect(text).not.toContain("ann@example.com");
    expect(text).not.toContain("Ann Example");
  });

  it("lists the day a ZRU-547 refusal of access must be sent in writing (art. 21), beside the answer's due date", async () => {
    const staff = (await addStaff(db(), "mgoods-seller", "agent")).id;
    const opened = await openRequest(db(), { slug: "mgoods-seller", type: "access", receivedAt: NOW, by: staff });
    const access = await opened.request();
    expect(access.refusalBy).not.toBeNull();
    const { token } = await createCalendarFeed(db(), { userId: staff, now: NOW });
    const text = unfold((await calendarFeed(db(), { token, now: NOW, appUrl: APP }))!);
    expect(summaries(text)).toContain(`SUMMARY:Last day to refuse in writing: ${access.reference} · Access · ${opened.portal.name}`);
    expect(text).toContain(`DTSTART;VALUE=DATE:${access.refusalBy!.replaceAll("-", "")}`);
    expect(access.refusalBy! < access.dueDate!).toBe(true);
  });

  it("leaves out closed requests, extended ones' notice day, purged retention and dates outside the window", async () => {
    const a = await openRequest(db(), { slug: "deepen", type: "deletion", receivedAt: NOW, by: userId });
    const b = await openRequest(db(), { slug: "deepen", type: "deletion", receivedAt: NOW, by: userId });
    const closed = await a.request();
    const extended = await b.request();
    await withTransaction(db(), async (tx) => {
      await tx.update(requests).set({ status: "completed", closedAt: NOW }).where(eq(requests.id, closed.id));
      await tx.update(requests).set({ extensionNoticeBy: "2026-03-10", extendedAt: NOW }).where(eq(requests.id, extended.id));
      await tx.insert(deletionOutcomes).values([
        { requestId: closed.id, portalId: closed.portalId, category: "Purged", kept: true, keepUntil: "2026-06-01", purgedAt: NOW },
        { requestId: closed.id, portalId: closed.portalId, category: "Erased", kept: false },
        { requestId: closed.id, portalId: closed.portalId, category: "Far", kept: true, keepUntil: "2031-01-01" },
        { requestId: closed.id, portalId: closed.portalId, category: "Kept", kept: true, keepUntil: "2026-06-01" },
      ]);
    });
    const { token } = await createCalendarFeed(db(), { userId, now: NOW });
    expect(summaries(await calendarFeed(db(), { token, now: NOW, appUrl: APP }))).toEqual(
      [`SUMMARY:Due: ${extended.reference} · Deletion · Deepen`, `SUMMARY:Retention ends: Kept · ${closed.reference} · Deepen`].sort(),
    );
  });

  it("stores only the secret's hash; a new address revokes the old one, and revocation ends the feed", async () => {
    const first = await createCalendarFeed(db(), { userId, now: NOW });
    const [row] = await db().select().from(calendarFeeds);
    expect(row!.hash).toBe(hashToken(first.token));
    expect(JSON.stringify(row)).not.toContain(first.token);

    const second = await createCalendarFeed(db(), { userId, now: NOW });
    expect(await calendarFeed(db(), { token: first.token, now: NOW, appUrl: APP })).toBeUndefined();
    expect(await calendarFeed(db(), { token: second.token, now: NOW, appUrl: APP })).toContain("BEGIN:VCALENDAR");

    expect(await revokeCalendarFeed(db(), { userId, now: NOW })).toBe("revoked");
    expect(await revokeCalendarFeed(db(), { userId, now: NOW })).toBe("none");
    expect(await calendarFeed(db(), { token: second.token, now: NOW, appUrl: APP })).toBeUndefined();
    expect(await calendarFeedState(db(), { userId })).toBeUndefined();
  });

  it("answers nothing for a malformed or unknown secret", async () => {
    await createCalendarFeed(db(), { userId, now: NOW });
    expect(await calendarFeed(db(), { token: "../../etc/passwd", now: NOW, appUrl: APP })).toBeUndefined();
    expect(await calendarFeed(db(), { token: "A".repeat(43), now: NOW, appUrl: APP })).toBeUndefined();
  });

  it("drops a portal's dates as soon as the member leaves it", async () => {
    const { portal } = await openRequest(db(), { slug: "deepen", type: "deletion", receivedAt: NOW, by: userId });
    const { token } = await createCalendarFeed(db(), { userId, now: NOW });
    expect(summaries(await calendarFeed(db(), { token, now: NOW, appUrl: APP }))).toHaveLength(1);
    await withTransaction(db(), (tx) => deleteMembership(tx, { userId, portalId: portal.id }));
    expect(summaries(await calendarFeed(db(), { token, now: NOW, appUrl: APP }))).toEqual([]);
  });

  it("speaks the member's own language", async () => {
    await openRequest(db(), { slug: "deepen", type: "deletion", receivedAt: NOW, by: userId });
    await withTransaction(db(), (tx) => tx.update(users).set({ language: "ru" }).where(eq(users.id, userId)));
    const { token } = await createCalendarFeed(db(), { userId, now: NOW });
    expect(summaries(await calendarFeed(db(), { token, now: NOW, appUrl: APP }))).toEqual([expect.stringMatching(/^SUMMARY:Срок ответа: DPN-.* · Уничтожение · Deepen$/)]);
  });

  it("records when a calendar app last fetched it, at most once an hour", async () => {
    const { token } = await createCalendarFeed(db(), { userId, now: NOW });
    await calendarFeed(db(), { token, now: NOW, appUrl: APP });
    await calendarFeed(db(), { token, now: new Date(NOW.getTime() + 10 * 60_000), appUrl: APP });
    expect((await calendarFeedState(db(), { userId }))!.lastUsedAt).toEqual(NOW);
    const later = new Date(NOW.getTime() + 61 * 60_000);
    await calendarFeed(db(), { token, now: later, appUrl: APP });
    expect((await calendarFeedState(db(), { userId }))!.lastUsedAt).toEqual(later);
  });
});
