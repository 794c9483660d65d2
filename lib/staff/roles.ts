import type { Role } from "../../db/schema";

const RANK: Record<Role, number> = { viewer: 0, agent: 1, admin: 2 };

/** Viewers read everything, agents also work requests, admins also configure the portal. */
export function atLeast(role: Role | undefined, needed: Role): boolean {
  return role !== undefined && RANK[role] >= RANK[needed];
}
