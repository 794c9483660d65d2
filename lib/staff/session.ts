import "server-only";
import { notFound, redirect } from "next/navigation";
import { auth } from "../../auth";
import { getDb } from "../../db/client";
import type { Role } from "../../db/schema";
import { now } from "../clock";
import { ForbiddenError } from "./errors";
import { atLeast } from "./roles";
import { requestTarget } from "./targets";
import { loadStaff, type StaffContext } from "./staff-context";

export type { StaffContext } from "./staff-context";

/**
 * The signed-in member, checked against the database (the session row, with
 * its revocation and expiry, and the member), or undefined.
 */
export async function currentStaff(): Promise<StaffContext | undefined> {
  const session = await auth();
  if (!session?.user?.id) return undefined;
  return loadStaff(getDb(), { userId: session.user.id, sessionId: session.sessionId, now: now() });
}

/**
 * The signed-in member, checked against the database on every request: a
 * deleted member, or a session that was signed out (here or everywhere) or has
 * expired, goes back to the sign-in page.
 */
export async function requireStaff(): Promise<StaffContext> {
  return (await currentStaff()) ?? redirect("/staff/sign-in");
}

/**
 * A request the member may touch with at least `needed`: another portal's
 * request is a 404, by URL or by action, so its existence is not revealed.
 */
export async function requireRequest(staff: StaffContext, id: number, needed: Role) {
  const request = await requestTarget(getDb(), id);
  const role = request && staff.roleOn(request.portalId);
  if (!request || !role) notFound();
  if (!atLeast(role, needed)) throw new ForbiddenError(role, needed);
  return { request, role };
}

export { ForbiddenError } from "./errors";
