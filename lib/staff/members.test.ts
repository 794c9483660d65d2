import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { withTransaction } from "../../db/client";
import { getPortalBySlug } from "../../db/queries/portals";
import { getMembership, insertUser, listMembers, setMembership } from "../../db/queries/staff";
import { emailOutbox, requestEvents, type Portal, type Role } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { DomainError } from "./errors";
import { changeMemberRole, inviteMember, isLastAdmin, revokeMember } from "./members";
import { loadStaff } from "./staff-context";
import { openStaffSession } from "./staff-sessions";

vi.mock("../mail/worker", () => ({ kickMailWorker: vi.fn() }));

const db = tempDbPerTest();
const NOW = new Date("2026-11-29T09:00:00Z");
const APP_URL = "https://rightsdesk.test";
let portal: Portal;

async function staffMember(email: string, role: Role) {
  return withTransaction(db(), async (tx) => {
    const user = await insertUser(tx, { email });
    await setMembership(tx, { userId: user.id, portalId: portal.id, role });
    return user;
  });
}

const events = async (type: string) => (await db().select({ data: requestEvents.data, actor: requestEvents.actor }).from(requestEvents).where(eq(requestEvents.type, type)));
const refusal = (p: Promise<unknown>) => p.then(() => undefined, (e: unknown) => (e instanceof DomainError ? { code: e.code, field: e.field, text: e.message } : Promise.reject(e)));

beforeEach(async () => {
  await seedDemoPortals(db());
  portal = (await getPortalBySlug(db(), { slug: "moserra" }))!;
});

describe("inviting a member", () => {
  it("creates the account, gives the role, queues the invitation and records it, together", async () => {
    const admin = await staffMember("admin@rightsdesk.test", "admin");
    const { userId } = await inviteMember(db(), { portal, email: "new@rightsdesk.test", role: "agent", by: admin, now: NOW, appUrl: APP_URL });
    expect(await getMembership(db(), { userId, portalId: portal.id })).toMatchObject({ role: "agent" });
    const mails = await db().select().from(emailOutbox);
    expect(mails).toEqual([expect.objectContaining({ to: "new@rightsdesk.test", template: "staff-invitation", portalId: portal.id })]);
    expect(mails[0]!.text).toContain(`${APP_URL}/staff/sign-in`);
    expect(await events("member_invited")).toEqual([{ data: { memberId: userId, email: "new@rightsdesk.test", role: "agent" }, actor: `staff:${admin.id}` }]);
  });

  it("gives an existing account the role, and refuses an address already a member, on the email field, changing nothing", async () => {
    const admin = await staffMember("admin@rightsdesk.test", "admin");
    const elsewhere = await withTransaction(db(), (tx) => insertUser(tx, { email: "known@rightsdesk.test" }));
    expect(await inviteMember(db(), { portal, email: "known@rightsdesk.test", role: "viewer", by: admin, now: NOW, appUrl: APP_URL })).toEqual({ userId: elsewhere.id });
    expect(await refusal(inviteMember(db(), { portal, email: "known@rightsdesk.test", role: "admin", by: admin, now: NOW, appUrl: APP_URL }))).toEqual({
      code: "member_already",
      field: "email",
      text: "known@rightsdesk.test is already a member of MOSERRA: change their role in the list instead.",
    });
    expect(await getMembership(db(), { userId: elsewhere.id, portalId: portal.id })).toMatchObject({ role: "viewer" });
    expect(await db().select().from(emailOutbox)).toHaveLength(1);
    expect(await events("member_invited")).toHaveLength(1);
  });
});

describe("changing a role and revoking", () => {
  it("changes a role and records from and to; the same role again changes and records nothing", async () => {
    const admin = await staffMember("admin@rightsdesk.test", "admin");
    const agent = await staffMember("agent@rightsdesk.test", "agent");
    expect(await changeMemberRole(db(), { portalId: portal.id, userId: agent.id, role: "viewer", by: admin.id, now: NOW })).toBe("role-changed");
    expect(await changeMemberRole(db(), { portalId: portal.id, userId: agent.id, role: "viewer", by: admin.id, now: NOW })).toBe("role-changed");
    expect(await getMembership(db(), { userId: agent.id, portalId: portal.id })).toMatchObject({ role: "viewer" });
    expect((await events("member_role_changed")).map((e) => e.data)).toEqual([{ memberId: agent.id, email: "agent@rightsdesk.test", from: "agent", to: "viewer" }]);
  });

  it("revokes this portal's membership only, and records it", async () => {
    const admin = await staffMember("admin@rightsdesk.test", "admin");
    const agent = await staffMember("agent@rightsdesk.test", "agent");
    const other = (await getPortalBySlug(db(), { slug: "mvsep" }))!;
    await withTransaction(db(), (tx) => setMembership(tx, { userId: agent.id, portalId: other.id, role: "agent" }));
    expect(await revokeMember(db(), { portalId: portal.id, userId: agent.id, by: admin.id, now: NOW })).toBe("revoked");
    expect(await getMembership(db(), { userId: agent.id, portalId: portal.id })).toBeUndefined();
    expect(await getMembership(db(), { userId: agent.id, portalId: other.id })).toMatchObject({ role: "agent" });
    expect((await events("member_revoked")).map((e) => e.data)).toEqual([{ memberId: agent.id, email: "agent@rightsdesk.test", role: "agent" }]);
  });

  // Issue 8 finding 3: an admin of one portal must not sign a colleague out of their other portals.
  it("ends access to this portal at the member's next request, and only to it: their session stays signed in", async () => {
    const admin = await staffMember("admin@rightsdesk.test", "admin");
    const agent = await staffMember("agent@rightsdesk.test", "agent");
    const other = (await getPortalBySlug(db(), { slug: "mvsep" }))!;
    await withTransaction(db(), (tx) => setMembership(tx, { userId: agent.id, portalId: other.id, role: "agent" }));
    const sessionId = await openStaffSession(db(), { userId: agent.id, now: NOW });
    await revokeMember(db(), { portalId: portal.id, userId: agent.id, by: admin.id, now: NOW });
    const staff = await loadStaff(db(), { userId: agent.id, sessionId, now: NOW });
    expect(staff).toBeDefined();
    expect(staff!.roleOn(portal.id)).toBeUndefined();
    expect(staff!.roleOn(other.id)).toBe("agent");
  });

  it("refuses someone who is not a member of this portal", async () => {
    const admin = await staffMember("admin@rightsdesk.test", "admin");
    expect(await refusal(changeMemberRole(db(), { portalId: portal.id, userId: "nobody", role: "viewer", by: admin.id, now: NOW }))).toMatchObject({ code: "member_not_found" });
    expect(await refusal(revokeMember(db(), { portalId: portal.id, userId: "nobody", by: admin.id, now: NOW }))).toMatchObject({ code: "member_not_found" });
  });

  it("keeps the last admin: they can neither step down nor leave, until another member is an admin", async () => {
    const admin = await staffMember("admin@rightsdesk.test", "admin");
    const agent = await staffMember("agent@rightsdesk.test", "agent");
    const lastAdmin = { code: "last_admin", field: undefined, text: "You are this portal's last admin: make another member an admin before you step down or leave." };
    expect(await refusal(changeMemberRole(db(), { portalId: portal.id, userId: admin.id, role: "agent", by: admin.id, now: NOW }))).toEqual(lastAdmin);
    expect(await refusal(revokeMember(db(), { portalId: portal.id, userId: admin.id, by: admin.id, now: NOW }))).toEqual(lastAdmin);
    expect((await listMembers(db(), { portalId: portal.id })).map((m) => [m.email, m.role])).toEqual([
      ["admin@rightsdesk.test", "admin"],
      ["agent@rightsdesk.test", "agent"],
    ]);
    await changeMemberRole(db(), { portalId: portal.id, userId: agent.id, role: "admin", by: admin.id, now: NOW });
    expect(await revokeMember(db(), { portalId: portal.id, userId: admin.id, by: admin.id, now: NOW })).toBe("revoked");
  });

  it("isLastAdmin: only an admin's stepping down or leaving, and only when no other admin is left", () => {
    const admins = (n: number) => [...Array(n).fill({ role: "admin" }), { role: "agent" }] as { role: Role }[];
    expect(isLastAdmin(admins(1), "admin", "agent")).toBe(true);
    expect(isLastAdmin(admins(1), "admin", undefined)).toBe(true);
    expect(isLastAdmin(admins(1), "admin", "admin")).toBe(false);
    expect(isLastAdmin(admins(2), "admin", undefined)).toBe(false);
    expect(isLastAdmin(admins(1), "agent", undefined)).toBe(false);
  });
});
