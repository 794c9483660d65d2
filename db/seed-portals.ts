import type { Db, Executor } from "./client";
import { portals, retentionBases } from "./schema";
import { DEMO_PORTALS, type PortalSeed } from "./seed-data";

export interface SeedOutcome {
  slug: string;
  created: boolean;
}

/**
 * Creates the demo portals that are missing, by slug, with their retention
 * catalogues, in one transaction. A portal that already exists is left exactly
 * as it is, catalogue included: `npm start` seeds on every boot, and must not
 * undo what an admin has changed since (a basis they removed stays removed).
 */
export function seedDemoPortals(db: Db, seeds: readonly PortalSeed[] = DEMO_PORTALS): SeedOutcome[] {
  return db.transaction((tx) => seeds.map((seed) => seedPortal(tx, seed)));
}

function seedPortal(tx: Executor, { retentionBases: bases, dataCategories: categories, ...portal }: PortalSeed): SeedOutcome {
  const dataCategories = categories.map((c) => c.name);
  const dataCategoryDetails = Object.fromEntries(categories.map(({ name, ...details }) => [name, details]));
  const [inserted] = tx.insert(portals).values({ ...portal, dataCategories, dataCategoryDetails }).onConflictDoNothing({ target: portals.slug }).returning({ id: portals.id }).all();
  if (inserted && bases.length > 0) tx.insert(retentionBases).values(bases.map((basis) => ({ ...basis, portalId: inserted.id }))).run();
  return { slug: portal.slug, created: inserted !== undefined };
}
