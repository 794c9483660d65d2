import type { DataCategoryDetails, NewPortal, retentionBases } from "../schema";
import { deepen } from "./deepen";
import { mgoodsSeller } from "./mgoods-seller";
import { moserra } from "./moserra";
import { mvsep } from "./mvsep";
import { usegpt } from "./usegpt";

/** A retention basis as the seed writes it; the portal it belongs to is filled in when seeding. */
export type RetentionBasisSeed = Omit<typeof retentionBases.$inferInsert, "id" | "portalId">;

/** A data category: its English name, its words in the portal's other languages, and the keys of the bases that may keep it. */
export type DataCategorySeed = DataCategoryDetails & { name: string };

/**
 * A demo portal: its row (data categories required, so every seed says what the
 * operator holds and what may keep each) and its catalogue of retention bases.
 * Every label and statute carries a translation into each language the portal
 * speaks besides English, so deletion emails speak the requester's language.
 */
export type PortalSeed = Omit<NewPortal, "id" | "createdAt" | "dataCategories" | "dataCategoryDetails"> & {
  dataCategories: DataCategorySeed[];
  retentionBases: RetentionBasisSeed[];
};

/** The five portals of DESIGN.md's "Portals" table, each modelled on the policy in shared/operators/. */
export const DEMO_PORTALS: readonly PortalSeed[] = [mvsep, moserra, mgoodsSeller, deepen, usegpt];

/**
 * What `seedFingerprint` gave for each portal as earlier seeds wrote it, before
 * fingerprints were stored: main of 2026-11-29 before issue 9, and Deepen as the
 * deadline engine's change to its blocking promise seeded it. A portal still
 * matching one of these was never edited, so the seed may upgrade it.
 */
export const LEGACY_SEED_FINGERPRINTS: Readonly<Record<string, readonly string[]>> = {
  mvsep: ["9aa6b54b70be8d1f8c4ac21e3e486d121f7b81083dd1b0be1d632d8e982b11d9"],
  moserra: ["ccbba7545c6391564f7922b09b63989af24c51cdaa0a4720ead655d37dbb1ad3"],
  "mgoods-seller": ["671cb907d1bc67fbb52d858e1d56eec5ebaa34b2df5fb3e398a8cc8fa91a2ac1"],
  deepen: ["06de4dfc6c1cf5fb3e5571f5bf16eae3e615cff54a141ba9a1289e60aad5998e", "a934552b10b282263cee1742cb66913cef3d083e9dbb2adddd8d3bc280223998"],
  usegpt: ["ff4e2023d03dea13728b51b5c7ddc943a4646d3e71c5fbbad030b7caf91dfd8f"],
};
