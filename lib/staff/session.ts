import { notFound, redirect } from "next/navigation";
import { auth } from "../../auth";
import { getDb } from "../../db/client";
import { getRequestById } from "../../db/queries/requests";
import { getUserById, listMemberships } from "../../db/queries/staff";
import type { Role } from "../../db/schema";
import { now } from "../clock";
import { atLeast } from "./roles";
import { staffSessionIsLive } from "./staff-sessions";

export type StaffContext = Awaited<ReturnType<typeof requireStaff>>;

/**
 * The signed-in member, checked against the database on every request: a
 * deleted member, or a session that was signed out (here or everywhere) or has
 * expired, goes back to the sign-in page.
 */
export async function requireStaff() {
  const session = await auth();
  const db = getDb();
  const user = session?.user?.id ? getUserById(db, { id: session.user.id }) : undefined;
  if (!session || !user || !staffSessionIsLive(db, { id: session.sessionId, userId: user.id, now: now() })) redirect("/staff/sign-in");
  const memberships = listMemberships(db, { userId: user.id });
  const roleOn = (portalId: number): Role | undefined => memberships.find((m) => m.portalId === portalId)?.role;
  return { user, memberships, roleOn };
}

/**
 * A request the member may touch with at least `needed`: another portal's
 * request is a 404, by URL or by action, so its existence is not revealed.
 */
export function requireRequest(staff: StaffContext, id: number, needed: Role) {
  const request = Number.isInteger(id) ? getRequestById(getDb(), { id }) : undefined;
  const role = request && staff.roleOn(request.portalId);
  if (!request || !role || request.status === "submitted") notFound();
  if (!atLeast(role, needed)) throw new ForbiddenError(role, needed);
  return { request, role };
}

export class ForbiddenError extends Error {
  /** Its code in the staff error catalogue (lib/staff/errors.ts). */
  readonly code = "forbidden";
  constructor(
    readonly role: Role,
    readonly needed: Role,
  ) {
    super(`your role on this portal (${role}) cannot do this; it needs ${needed}`);
  }
}
