import "server-only";
import { eq } from "drizzle-orm";
import type { Executor } from "../client";
import { portals, type Portal } from "../schema";

export async function getPortalBySlug(db: Executor, { slug }: { slug: string }): Promise<Portal | undefined> {
  return (await db.select().from(portals).where(eq(portals.slug, slug)).limit(1))[0];
}

export async function getPortalById(db: Executor, { id }: { id: number }): Promise<Portal | undefined> {
  return (await db.select().from(portals).where(eq(portals.id, id)).limit(1))[0];
}
