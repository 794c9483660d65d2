import "server-only";
import type { Reader } from "../../db/client";
import { getPortalBySlug } from "../../db/queries/portals";
import { getRequestById } from "../../db/queries/requests";
import type { DsrRequest, Portal } from "../../db/schema";

/**
 * Targets for the staff-action kernel's `portalOf` (lib/staff/action.ts): each
 * finds what an action or route touches, which names its portal; undefined is
 * a 404. The kernel then checks the member's role on that portal.
 */

/** A request staff may see: not one still waiting for its requester's confirmation (those do not exist for staff). */
export async function requestTarget(db: Reader, id: unknown): Promise<DsrRequest | undefined> {
  const n = typeof id === "number" ? id : Number(id);
  const request = Number.isInteger(n) ? await getRequestById(db, { id: n }) : undefined;
  return request && request.status !== "submitted" ? request : undefined;
}

/** The request a form's `id` field names (case actions). */
export function requestFromForm(form: FormData, db: Reader): Promise<DsrRequest | undefined> {
  return requestTarget(db, form.get("id"));
}

/** The request a route's `[id]` names (its audit export, its upload). */
export function requestFromParams(_request: Request, params: { id: string }, db: Reader): Promise<DsrRequest | undefined> {
  return requestTarget(db, params.id);
}

/** A portal as a target: the row, with `portalId`. */
export type PortalTarget = Portal & { portalId: number };

export async function portalTarget(db: Reader, slug: unknown): Promise<PortalTarget | undefined> {
  const portal = typeof slug === "string" ? await getPortalBySlug(db, { slug }) : undefined;
  return portal && { ...portal, portalId: portal.id };
}

/** The portal a form's `portal` field names (its slug): settings and members actions. */
export function portalFromForm(form: FormData, db: Reader): Promise<PortalTarget | undefined> {
  return portalTarget(db, form.get("portal"));
}

/** The portal a route's `[portal]` names (the portal's audit export). */
export function portalFromParams(_request: Request, params: { portal: string }, db: Reader): Promise<PortalTarget | undefined> {
  return portalTarget(db, params.portal);
}
