import "server-only";
import type { Db, Reader } from "../../db/client";
import { getPortalById } from "../../db/queries/portals";
import type { DsrRequest, Portal } from "../../db/schema";
import { env } from "../env";
import type { StaffContext } from "../staff/staff-context";
import { requestTarget } from "../staff/targets";
import type { Actor } from "./shared";

/**
 * A case action's target for the staff-action kernel (lib/staff/action.ts):
 * the request, with its portal. The kernel checks the member's role on that
 * portal; another portal's request (or none) is a 404.
 */
export interface CaseTarget {
  request: DsrRequest;
  portal: Portal;
  portalId: number;
}

export async function caseTarget(db: Reader, id: unknown): Promise<CaseTarget | undefined> {
  const request = await requestTarget(db, id);
  const portal = request && (await getPortalById(db, { id: request.portalId })); // a request's portal cannot be deleted under it
  return request && portal && { request, portal, portalId: portal.id };
}

/** The request a case action's form names by its `id` field. */
export function caseFromForm(form: FormData, db: Reader): Promise<CaseTarget | undefined> {
  return caseTarget(db, form.get("id"));
}

/** The request a route's `[id]` names (the access export upload). */
export function caseFromParams(_request: Request, params: { id: string }, db: Reader): Promise<CaseTarget | undefined> {
  return caseTarget(db, params.id);
}

/** What a case use case runs with: the database, the time from the one clock, the app's address for links in emails, the request, its portal, and who acts. */
export interface CaseContext {
  db: Db;
  now: Date;
  appUrl: string;
  request: DsrRequest;
  portal: Portal;
  by: Actor;
}

/** The use case's context from what the kernel gives an action or route. */
export function caseContext({ target, staff, db, now }: { target: CaseTarget; staff: StaffContext; db: Db; now: Date }): CaseContext {
  return { db, now, appUrl: env().APP_URL, request: target.request, portal: target.portal, by: { staff: staff.user.id } };
}
