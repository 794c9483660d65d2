import { describe, expect, it } from "vitest";
import { revokeStaffSession, revokeStaffSessionsOf } from "../../db/queries/staff-sessions";
import { insertUser } from "../../db/queries/staff";
import { staffSessions } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { openStaffSession, staffSessionIsLive } from "./staff-sessions";

const db = tempDbPerTest();
const t0 = new Date("2026-11-29T09:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

function member(email = "member@rightsdesk.test") {
  return insertUser(db(), { email }).id;
}

describe("staff sessions", () => {
  it("a signed-out session is refused; the member's other sessions stay live", () => {
    const userId = member();
    const laptop = openStaffSession(db(), { userId, now: t0 });
    const phone = openStaffSession(db(), { userId, now: t0 });
    expect(staffSessionIsLive(db(), { id: laptop, userId, now: at(1) })).toBe(true);
    revokeStaffSession(db(), { id: laptop, userId, at: at(2) });
    expect(staffSessionIsLive(db(), { id: laptop, userId, now: at(3) })).toBe(false);
    expect(staffSessionIsLive(db(), { id: phone, userId, now: at(3) })).toBe(true);
  });

  it("sign out everywhere revokes every session of the member and no one else's", () => {
    const userId = member();
    const other = member("other@rightsdesk.test");
    const mine = [openStaffSession(db(), { userId, now: t0 }), openStaffSession(db(), { userId, now: t0 })];
    const theirs = openStaffSession(db(), { userId: other, now: t0 });
    expect(revokeStaffSessionsOf(db(), { userId, at: at(1) })).toBe(2);
    expect(mine.map((id) => staffSessionIsLive(db(), { id, userId, now: at(2) }))).toEqual([false, false]);
    expect(staffSessionIsLive(db(), { id: theirs, userId: other, now: at(2) })).toBe(true);
  });

  it("a session id is live only for its own member, and revoking needs the owner too", () => {
    const userId = member();
    const other = member("other@rightsdesk.test");
    const id = openStaffSession(db(), { userId, now: t0 });
    expect(staffSessionIsLive(db(), { id, userId: other, now: at(1) })).toBe(false);
    revokeStaffSession(db(), { id, userId: other, at: at(1) });
    expect(staffSessionIsLive(db(), { id, userId, now: at(2) })).toBe(true);
    expect(staffSessionIsLive(db(), { id: "made-up", userId, now: at(2) })).toBe(false);
  });

  it("expires after eight hours unused, and use slides the expiry", () => {
    const userId = member();
    const idle = openStaffSession(db(), { userId, now: t0 });
    const busy = openStaffSession(db(), { userId, now: t0 });
    expect(staffSessionIsLive(db(), { id: busy, userId, now: at(7 * 60) })).toBe(true);
    expect(staffSessionIsLive(db(), { id: idle, userId, now: at(8 * 60) })).toBe(false);
    // 7 h after its last use at 16:00, so until 00:00.
    expect(staffSessionIsLive(db(), { id: busy, userId, now: at(14 * 60) })).toBe(true);
  });

  it("a new sign-in clears the member's ended sessions", () => {
    const userId = member();
    const old = openStaffSession(db(), { userId, now: t0 });
    revokeStaffSession(db(), { id: old, userId, at: at(1) });
    const expired = openStaffSession(db(), { userId, now: t0 });
    const fresh = openStaffSession(db(), { userId, now: at(9 * 60) });
    expect(db().select({ id: staffSessions.id }).from(staffSessions).all()).toEqual([{ id: fresh }]);
    expect(expired).not.toBe(fresh);
  });
});
