import "server-only";
import type { Db } from "../../db/client";
import { getUserById, listMemberships, type Membership } from "../../db/queries/staff";
import type { Role, User } from "../../db/schema";
import { staffSessionIsLive } from "./staff-sessions";

/** A signed-in member whose session row is live: who they are and their role on each of their portals. */
export interface StaffContext {
  user: User;
  memberships: Membership[];
  roleOn(portalId: number): Role | undefined;
}

/**
 * The member behind session `sessionId`, if the member still exists and the
 * session row is live (not signed out here or everywhere, not expired); else
 * undefined. No Next or Auth.js here: the kernel's tests call it directly.
 */
export async function loadStaff(db: Db, { userId, sessionId, now }: { userId: string; sessionId: string; now: Date }): Promise<StaffContext | undefined> {
  const user = await getUserById(db, { id: userId });
  if (!user || !(await staffSessionIsLive(db, { id: sessionId, userId: user.id, now }))) return undefined;
  const memberships = await listMemberships(db, { userId: user.id });
  return { user, memberships, roleOn: (portalId) => memberships.find((m) => m.portalId === portalId)?.role };
}
