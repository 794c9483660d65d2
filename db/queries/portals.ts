import { eq } from "drizzle-orm";
import type { Executor } from "../client";
import { portals } from "../schema";

export function getPortalBySlug(db: Executor, { slug }: { slug: string }) {
  return db.select().from(portals).where(eq(portals.slug, slug)).get();
}

export function getPortalById(db: Executor, { id }: { id: number }) {
  return db.select().from(portals).where(eq(portals.id, id)).get();
}
