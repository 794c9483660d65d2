import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "../../db/client";
import { listRetentionBases } from "../../db/queries/portal-settings";
import { getPortalBySlug } from "../../db/queries/portals";
import { listMembers, type Member } from "../../db/queries/staff";
import type { Portal, RetentionBasis } from "../../db/schema";
import { now } from "../clock";
import { mailboxView } from "../inbound/mailbox-settings";
import { portalWebhookEndpoints, webhookDeliveryLog } from "../webhooks/endpoints";
import { atLeast } from "./roles";
import { requireStaff, type StaffContext } from "./session";
import { portalFromForm } from "./targets";

export type { PortalTarget } from "./targets";

/**
 * The kernel's checks for a portal's settings and staff: its admins only.
 * Anyone else gets a 404, by URL or by action, so a portal's settings do not
 * reveal that it exists. Spread into a staffAction spec.
 */
export const ADMIN_OF_PORTAL = { role: "admin", below: "not-found", portalOf: portalFromForm } as const;

/** For a settings page: the portal `slug` names, for a signed-in admin of it; anyone else gets a 404. */
export async function requireAdminPortal(slug: unknown): Promise<{ staff: StaffContext; portal: Portal }> {
  const staff = await requireStaff();
  const portal = typeof slug === "string" ? await getPortalBySlug(getDb(), { slug }) : undefined;
  if (!portal || !atLeast(staff.roleOn(portal.id), "admin")) notFound();
  return { staff, portal };
}

/** The settings page's retention catalogue. */
export function portalRetentionBases(portalId: number): Promise<RetentionBasis[]> {
  return listRetentionBases(getDb(), { portalId });
}

/** The members page's list. */
export function portalMembers(portalId: number): Promise<Member[]> {
  return listMembers(getDb(), { portalId });
}

/** The webhooks page's list of endpoints (never their secrets). */
export function portalWebhooks(portalId: number) {
  return portalWebhookEndpoints(getDb(), { portalId, now: now() });
}

/** An endpoint's delivery log page; undefined when `endpointId` is not an endpoint of the portal. */
export function portalWebhookLog(portalId: number, endpointId: number) {
  return webhookDeliveryLog(getDb(), { portalId, endpointId, now: now() });
}

/** The mailbox page's settings and last check (never the password); undefined when none is connected. */
export function portalMailbox(portalId: number) {
  return mailboxView(getDb(), { portalId });
}
