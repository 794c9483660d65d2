import "server-only";
import { createHash } from "node:crypto";
import { eq } from "drizzle-orm";
import { withTransaction, type Db, type Tx } from "./client";
import { portals, retentionBases, type Portal } from "./schema";
import { DEMO_PORTALS, LEGACY_SEED_FINGERPRINTS, type PortalSeed } from "./seed-data";

export interface SeedOutcome {
  slug: string;
  created: boolean;
  /** An existing portal nobody had edited was brought up to the current seed. */
  upgraded: boolean;
}

/**
 * What an admin or a deployment could change on a portal when fingerprints were
 * introduced: if any differs from what the seed wrote, the portal was edited.
 * A fixed list, not SETTINGS_FIELDS, so the stored and legacy hashes stay valid
 * when settings grow; an upgrade writes only the seed's own columns, so a
 * setting outside this list is never overwritten by it unless the seed sets it.
 */
const FINGERPRINTED = [
  "name",
  "languages",
  "defaultLanguage",
  "requestTypes",
  "regime",
  "promises",
  "clockStart",
  "timeZone",
  "holidayCountry",
  "calendarOverrides",
  "dataCategories",
  "reminderDays",
  "referencePrefix",
  "policyUrl",
  "contactEmail",
  "contactEmailConfirmed",
  "emailIntake",
  "closedRetentionDays",
] as const satisfies readonly (keyof Portal)[];

/** A stable hash of the portal's fingerprinted columns (object keys sorted, so JSON key order is no change). */
export function seedFingerprint(portal: Pick<Portal, (typeof FINGERPRINTED)[number] | "dataCategoryDetails">): string {
  const canonical = (value: unknown): unknown =>
    value && typeof value === "object" && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]))
      : Array.isArray(value) ? value.map(canonical) : value;
  const columns: Record<string, unknown> = Object.fromEntries(FINGERPRINTED.map((column) => [column, canonical(portal[column])]));
  // Category details came after the first fingerprints: they count once set, so a legacy hash still matches a portal without them.
  if (Object.keys(portal.dataCategoryDetails).length > 0) columns.dataCategoryDetails = canonical(portal.dataCategoryDetails);
  return createHash("sha256").update(JSON.stringify(columns)).digest("hex");
}

/**
 * Creates the demo portals that are missing, by slug, with their retention
 * catalogues, in one transaction. An existing portal is upgraded to the current
 * seed only while its columns still hash to what the seed last wrote (or, for a
 * portal seeded before fingerprints were kept, to what that seed wrote): `npm
 * start` seeds on every boot and must not undo what an admin has changed. The
 * retention catalogue of an existing portal is never touched (a basis an admin
 * removed stays removed).
 */
export function seedDemoPortals(db: Db, seeds: readonly PortalSeed[] = DEMO_PORTALS): Promise<SeedOutcome[]> {
  return withTransaction(db, async (tx) => {
    const outcomes: SeedOutcome[] = [];
    for (const seed of seeds) outcomes.push(await seedPortal(tx, seed));
    return outcomes;
  });
}

async function seedPortal(tx: Tx, { retentionBases: bases, dataCategories: categories, ...rest }: PortalSeed): Promise<SeedOutcome> {
  const portal = {
    ...rest,
    dataCategories: categories.map((c) => c.name),
    dataCategoryDetails: Object.fromEntries(categories.map(({ name, ...details }) => [name, details])),
  };
  const [inserted] = await tx.insert(portals).values(portal).onConflictDoNothing({ target: portals.slug }).returning({ id: portals.id });
  if (inserted) {
    if (bases.length > 0) await tx.insert(retentionBases).values(bases.map((basis) => ({ ...basis, portalId: inserted.id })));
    await stamp(tx, inserted.id);
    return { slug: portal.slug, created: true, upgraded: false };
  }
  const [current] = await tx.select().from(portals).where(eq(portals.slug, portal.slug));
  if (!current) throw new Error(`portal ${portal.slug} is neither new nor present`);
  const written = current.seedFingerprint ? [current.seedFingerprint] : (LEGACY_SEED_FINGERPRINTS[portal.slug] ?? []);
  const fingerprint = seedFingerprint(current);
  if (!written.includes(fingerprint)) return { slug: portal.slug, created: false, upgraded: false };
  await tx.update(portals).set(portal).where(eq(portals.id, current.id));
  return { slug: portal.slug, created: false, upgraded: (await stamp(tx, current.id)) !== fingerprint };
}

/** Records what the seed wrote, as read back (column defaults included). */
async function stamp(tx: Tx, id: number): Promise<string> {
  const [row] = await tx.select().from(portals).where(eq(portals.id, id));
  const fingerprint = seedFingerprint(row!);
  await tx.update(portals).set({ seedFingerprint: fingerprint }).where(eq(portals.id, id));
  return fingerprint;
}
