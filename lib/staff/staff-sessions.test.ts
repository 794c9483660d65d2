import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withTransaction } from "../../db/client";
import { revokeStaffSession as revokeRow, revokeStaffSessionsOf as revokeRowsOf } from "../../db/queries/staff-sessions";
import { getPortalBySlug } from "../../db/queries/portals";
import { insertUser, setMembership } from "../../db/queries/staff";
import { requestEvents, staffSessions } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { endStaffSession, signOutEverywhere } from "./sign-out";
import { openStaffSession, staffSessionIsLive } from "./staff-sessions";

const db = tempDbPerTest();
const t0 = new Date("2026-11-29T09:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

async function member(email = "member@rightsdesk.test") {
  return (await withTransaction(db(), (tx) => insertUser(tx, { email }))).id;
}

const revokeStaffSession = (args: Parameters<typeof revokeRow>[1]) => withTransaction(db(), (tx) => revokeRow(tx, args));
const revokeStaffSessionsOf = (args: Parameters<typeof revokeRowsOf>[1]) => withTransaction(db(), (tx) => revokeRowsOf(tx, args));

describe("staff sessions", () => {
  it("a signed-out session is refused; the member's other sessions stay live", async () => {
    const userId = await member();
    const laptop = await openStaffSession(db(), { userId, now: t0 });
    const phone = await openStaffSession(db(), { userId, now: t0 });
    expect(await staffSessionIsLive(db(), { id: laptop, userId, now: at(1) })).toBe(true);
    await revokeStaffSession({ id: laptop, userId, at: at(2) });
    expect(await staffSessionIsLive(db(), { id: laptop, userId, now: at(3) })).toBe(false);
    expect(await staffSessionIsLive(db(), { id: phone, userId, now: at(3) })).toBe(true);
  });

  it("sign out everywhere revokes every session of the member and no one else's", async () => {
    const userId = await member();
    const other = await member("other@rightsdesk.test");
    const mine = [await openStaffSession(db(), { userId, now: t0 }), await openStaffSession(db(), { userId, now: t0 })];
    const theirs = await openStaffSession(db(), { userId: other, now: t0 });
    expect(await revokeStaffSessionsOf({ userId, at: at(1) })).toBe(2);
    expect(await Promise.all(mine.map((id) => staffSessionIsLive(db(), { id, userId, now: at(2) })))).toEqual([false, false]);
    expect(await staffSessionIsLive(db(), { id: theirs, userId: other, now: at(2) })).toBe(true);
  });

  it("a session id is live only for its own member, and revoking needs the owner too", async () => {
    const userId = await member();
    const other = await member("other@rightsdesk.test");
    const id = await openStaffSession(db(), { userId, now: t0 });
    expect(await staffSessionIsLive(db(), { id, userId: other, now: at(1) })).toBe(false);
    await revokeStaffSession({ id, userId: other, at: at(1) });
    expect(await staffSessionIsLive(db(), { id, userId, now: at(2) })).toBe(true);
    expect(await staffSessionIsLive(db(), { id: "made-up", userId, now: at(2) })).toBe(false);
  });

  it("expires after eight hours unused, and use slides the expiry", async () => {
    const userId = await member();
    const idle = await openStaffSession(db(), { userId, now: t0 });
    const busy = await openStaffSession(db(), { userId, now: t0 });
    expect(await staffSessionIsLive(db(), { id: busy, userId, now: at(7 * 60) })).toBe(true);
    expect(await staffSessionIsLive(db(), { id: idle, userId, now: at(8 * 60) })).toBe(false);
    // 7 h after its last use at 16:00, so until 00:00.
    expect(await staffSessionIsLive(db(), { id: busy, userId, now: at(14 * 60) })).toBe(true);
  });

  it("a new sign-in clears the member's ended sessions", async () => {
    const userId = await member();
    const old = await openStaffSession(db(), { userId, now: t0 });
    await revokeStaffSession({ id: old, userId, at: at(1) });
    const expired = await openStaffSession(db(), { userId, now: t0 });
    const fresh = await openStaffSession(db(), { userId, now: at(9 * 60) });
    expect(await db().select({ id: staffSessions.id }).from(staffSessions)).toEqual([{ id: fresh }]);
    expect(expired).not.toBe(fresh);
  });
});

describe("signing out", () => {
  it("everywhere: revokes every live session of the member and records it on each of their portals", async () => {
    await seedDemoPortals(db());
    const userId = await member();
    const portal = (await getPortalBySlug(db(), { slug: "moserra" }))!;
    await withTransaction(db(), (tx) => setMembership(tx, { userId, portalId: portal.id, role: "viewer" }));
    const sessions = [await openStaffSession(db(), { userId, now: t0 }), await openStaffSession(db(), { userId, now: t0 })];
    expect(await signOutEverywhere(db(), { userId, now: at(1) })).toBe(2);
    expect(await Promise.all(sessions.map((id) => staffSessionIsLive(db(), { id, userId, now: at(2) })))).toEqual([false, false]);
    const recorded = await db().select().from(requestEvents).where(eq(requestEvents.type, "staff_signed_out_everywhere"));
    expect(recorded.map((e) => [e.portalId, e.actor, e.at])).toEqual([[portal.id, `staff:${userId}`, at(1)]]);
  });

  it("here: ends this session only", async () => {
    const userId = await member();
    const [here, there] = [await openStaffSession(db(), { userId, now: t0 }), await openStaffSession(db(), { userId, now: t0 })];
    await endStaffSession(db(), { id: here, userId, now: at(1) });
    expect([await staffSessionIsLive(db(), { id: here, userId, now: at(2) }), await staffSessionIsLive(db(), { id: there, userId, now: at(2) })]).toEqual([false, true]);
  });
});
