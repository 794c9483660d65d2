import { asc, eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { insertRequestsInBulk } from "./bench-data";
import { withTransaction } from "./client";
import { getPortalBySlug } from "./queries/portals";
import { getRequestReminder } from "./queries/request-reminders";
import { insertRequest, type RequestWithReminder } from "./queries/requests";
import { requestOpenCounts, requests, type NewDsrRequest } from "./schema";
import { seedDemoPortals } from "./seed-portals";
import { tempDbPerTest } from "./testing";

const db = tempDbPerTest();
const received = new Date("2026-03-10T20:30:00.123Z");

it("stores bulk rows exactly as drizzle's own insert does: instants, JSON, nulls and booleans alike", async () => {
  await seedDemoPortals(db());
  const portal = (await getPortalBySlug(db(), { slug: "deepen" }))!;
  const row = (reference: string, more: Partial<RequestWithReminder> = {}): RequestWithReminder => ({
    portalId: portal.id,
    reference,
    type: "deletion",
    status: "completed",
    channel: "web",
    email: `${reference}@example.test`,
    language: "uz",
    receivedAt: received,
    verifiedAt: received,
    dueAt: new Date(received.getTime() + 14 * 86_400_000),
    dueDate: "2026-03-24",
    identity: { fullName: "Ali Valiyev", nested: { list: [1, "two", null] } } as NewDsrRequest["identity"],
    closedAt: null,
    nextReminderAt: null,
    ...more,
  });
  await withTransaction(db(), (tx) => insertRequest(tx, row("BY-DRIZZLE")));
  expect(await insertRequestsInBulk(db(), [row("BY-BULK-1"), row("BY-BULK-2", { closedAt: received, status: "open", nextReminderAt: received })])).toBe(2);

  const [drizzle, bulk, other] = await db().select().from(requests).orderBy(asc(requests.id));
  // What differs by design: the row's identity, and created_at (bulk rows take the SQL default).
  const same = (r: typeof drizzle) => ({ ...r, id: 0, reference: "", email: "", createdAt: null });
  expect(same(bulk)).toEqual(same(drizzle));
  expect(bulk!.receivedAt).toEqual(received);
  expect(other).toMatchObject({ reference: "BY-BULK-2", status: "open", closedAt: received });
  // Reminder times go to their own table, by reference.
  expect(await getRequestReminder(db(), { requestId: bulk!.id })).toBeNull();
  expect(await getRequestReminder(db(), { requestId: other!.id })).toEqual(received);
  // The dashboard's rollups count the bulk rows too (PostgreSQL loads with its triggers off and recounts).
  expect(await db().select({ n: requestOpenCounts.n }).from(requestOpenCounts).where(eq(requestOpenCounts.portalId, portal.id))).toEqual([{ n: 1 }]);
});
