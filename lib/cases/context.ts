import { getDb, type Db, type Reader } from "../../db/client";
import { getPortalById } from "../../db/queries/portals";
import type { DsrRequest, Portal, Role } from "../../db/schema";
import { now } from "../clock";
import { env } from "../env";
import { requireRequest, type StaffContext } from "../staff/session";

/** What every staff use case runs with: the database, the time from the one clock, and the app's address for links in emails. */
export interface WorkContext {
  db: Db;
  now: Date;
  appUrl: string;
}

export function workContext(): WorkContext {
  return { db: getDb(), now: now(), appUrl: env().APP_URL };
}

/** A case action's context: the request (checked for the member's role on its portal, else 404 or `forbidden`), its portal, and who acts. */
export interface CaseContext extends WorkContext {
  request: DsrRequest;
  portal: Portal;
  by: string;
}

export async function caseContext(staff: StaffContext, id: number, needed: Role): Promise<CaseContext> {
  const { request } = await requireRequest(staff, id, needed);
  const work = workContext();
  const portal = (await getPortalById(work.db, { id: request.portalId }))!; // a request's portal cannot be deleted under it
  return { ...work, request, portal, by: staff.user.id };
}

/** One of the member's portals, by its slug, with their role on it; undefined for a slug of no portal of theirs. */
export async function memberPortal(staff: StaffContext, slug: string, db: Reader = getDb()): Promise<{ portal: Portal; role: Role } | undefined> {
  const membership = staff.memberships.find((m) => m.slug === slug);
  const portal = membership && (await getPortalById(db, { id: membership.portalId }));
  return portal && { portal, role: membership.role };
}
