import { notFound } from "next/navigation";
import { getDb, type Db } from "@/db/client";
import { getPortalBySlug } from "@/db/queries/portals";
import { atLeast } from "@/lib/staff/roles";
import { requireStaff } from "@/lib/staff/session";

/**
 * The portal `slug` names, for a signed-in admin of it. Anyone else gets a 404,
 * by URL or by action, so a portal's settings do not reveal that it exists.
 */
export async function requireAdminPortal(slug: unknown) {
  const staff = await requireStaff();
  const portal = typeof slug === "string" ? getPortalBySlug(getDb(), { slug }) : undefined;
  if (!portal || !atLeast(staff.roleOn(portal.id), "admin")) notFound();
  return { staff, portal };
}

/**
 * Runs `change` in one immediate transaction. The helpers it calls
 * (updatePortalSettings, recordStaffEvent) open their own transactions on the
 * same connection, which become savepoints of this one: a change and its audit
 * entry commit together or not at all.
 */
export function atomically<T>(change: (db: Db) => T): T {
  const db = getDb();
  return db.transaction(() => change(db), { behavior: "immediate" });
}
