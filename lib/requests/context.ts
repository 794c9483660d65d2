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
