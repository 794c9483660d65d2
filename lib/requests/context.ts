import "server-only";
import { getDb, type Db } from "../../db/client";
import { getPortalBySlug } from "../../db/queries/portals";
import type { Portal } from "../../db/schema";
import { now } from "../clock";
import { env } from "../env";

/**
 * What every requester-side use case runs with (the requester's counterpart of
 * `CaseContext` in lib/cases/context.ts): the database, the time from the one
 * clock and the app's address for links in emails, each read once per request,
 * and the portal named in the URL.
 */
export interface RequesterContext {
  db: Db;
  now: Date;
  appUrl: string;
  portal: Portal;
}

/** The context of the portal at `slug`; undefined for a slug of no portal. */
export async function requesterContext(slug: string, db: Db = getDb()): Promise<RequesterContext | undefined> {
  const portal = await getPortalBySlug(db, { slug });
  return portal && { db, portal, now: now(), appUrl: env().APP_URL };
}

/**
 * How long the intake API uses a portal it has read before reading it again: a
 * staff member's settings change reaches the API within a second. The API's
 * callers are other programs, for which a second is no delay; invalidating on
 * the settings write instead would reach only the process that wrote, not the
 * other instances on the same database. At hundreds of submissions per second it
 * still saves nearly every read.
 */
export const API_PORTAL_MAX_AGE_MS = 1_000;

/** Per database (tests open many), per slug; a slug of no portal is never kept, so made-up slugs cost no memory. */
const readPortals = new WeakMap<Db, Map<string, { portal: Portal; readAt: number }>>();

/**
 * `requesterContext` for the intake API, with the portal as read at most
 * API_PORTAL_MAX_AGE_MS ago. The age is real elapsed time (performance.now),
 * not the clock's `now()`, which tests hold still or move by weeks.
 */
export async function apiRequesterContext(slug: string, db: Db = getDb()): Promise<RequesterContext | undefined> {
  let portals = readPortals.get(db);
  if (!portals) readPortals.set(db, (portals = new Map()));
  const at = performance.now();
  let kept = portals.get(slug);
  if (!kept || at - kept.readAt > API_PORTAL_MAX_AGE_MS) {
    const portal = await getPortalBySlug(db, { slug });
    if (!portal) {
      portals.delete(slug);
      return undefined;
    }
    portals.set(slug, (kept = { portal, readAt: at }));
  }
  return { db, portal: kept.portal, now: now(), appUrl: env().APP_URL };
}
