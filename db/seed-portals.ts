import { eq } from "drizzle-orm";
import type { Db, Executor } from "./client";
import { portals, retentionBases } from "./schema";
import { DEMO_PORTALS, type PortalSeed } from "./seed-data";

export interface SeedOutcome {
  slug: string;
  created: boolean;
}

/**
 * Creates the demo portals that are missing, by slug, and adds any retention
 * basis missing from their catalogues, by key, in one transaction. A portal or
 * basis that already exists is left exactly as it is: `npm start` seeds on every
 * boot, and must not undo what an admin has changed since.
 */
export function seedDemoPortals(db: Db, seeds: readonly PortalSeed[] = DEMO_PORTALS): SeedOutcome[] {
  return db.transaction((tx) => seeds.map((seed) => seedPortal(tx, seed)));
}

function seedPortal(tx: Executor, { retentionBases: bases, ...portal }: PortalSeed): SeedOutcome {
  const [inserted] = tx.insert(portals).values(portal).onConflictDoNothing({ target: portals.slug }).returning({ id: portals.id }).all();
  const portalId = inserted?.id ?? tx.select({ id: portals.id }).from(portals).where(eq(portals.slug, portal.slug)).get()!.id;
  if (bases.length > 0) {
    tx.insert(retentionBases)
      .values(bases.map((basis) => ({ ...basis, portalId })))
      .onConflictDoNothing({ target: [retentionBases.portalId, retentionBases.key] })
      .run();
  }
  return { slug: portal.slug, created: inserted !== undefined };
}
