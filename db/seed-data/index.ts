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
