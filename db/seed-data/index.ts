import type { NewPortal, retentionBases } from "../schema";
import { deepen } from "./deepen";
import { mgoodsSeller } from "./mgoods-seller";
import { moserra } from "./moserra";
import { mvsep } from "./mvsep";
import { usegpt } from "./usegpt";

/** A retention basis as the seed writes it; the portal it belongs to is filled in when seeding. */
export type RetentionBasisSeed = Omit<typeof retentionBases.$inferInsert, "id" | "portalId">;

/**
 * A demo portal: its row (data categories required, so every seed says what the
 * operator holds) and its catalogue of retention bases.
 */
export type PortalSeed = Omit<NewPortal, "id" | "createdAt" | "dataCategories"> & {
  dataCategories: string[];
  retentionBases: RetentionBasisSeed[];
};

/** The five portals of DESIGN.md's "Portals" table, each modelled on the policy in shared/operators/. */
export const DEMO_PORTALS: readonly PortalSeed[] = [mvsep, moserra, mgoodsSeller, deepen, usegpt];
