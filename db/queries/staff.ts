import { and, eq } from "drizzle-orm";
import type { Executor } from "../client";
import { memberships, portals, users, type Role } from "../schema";

export function getUserById(db: Executor, { id }: { id: string }) {
  return db.select().from(users).where(eq(users.id, id)).get();
}

export function getUserByEmail(db: Executor, { email }: { email: string }) {
  return db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).get();
}

export function insertUser(tx: Executor, user: { email: string; name?: string; passwordHash?: string }) {
  return tx
    .insert(users)
    .values({ ...user, email: user.email.trim().toLowerCase() })
    .returning()
    .get();
}

/** The portals a staff member may see, with the role on each. */
export function listMemberships(db: Executor, { userId }: { userId: string }) {
  return db
    .select({ portalId: portals.id, slug: portals.slug, name: portals.name, role: memberships.role })
    .from(memberships)
    .innerJoin(portals, eq(portals.id, memberships.portalId))
    .where(eq(memberships.userId, userId))
    .orderBy(portals.name)
    .all();
}

export function getMembership(db: Executor, { userId, portalId }: { userId: string; portalId: number }) {
  return db
    .select()
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.portalId, portalId)))
    .get();
}

export function setMembership(tx: Executor, { userId, portalId, role }: { userId: string; portalId: number; role: Role }) {
  tx.insert(memberships)
    .values({ userId, portalId, role })
    .onConflictDoUpdate({ target: [memberships.userId, memberships.portalId], set: { role } })
    .run();
}

export function deleteMembership(tx: Executor, { userId, portalId }: { userId: string; portalId: number }): boolean {
  return tx.delete(memberships).where(and(eq(memberships.userId, userId), eq(memberships.portalId, portalId))).run().changes === 1;
}

export function listMembers(db: Executor, { portalId }: { portalId: number }) {
  return db
    .select({ userId: users.id, email: users.email, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.portalId, portalId))
    .orderBy(users.email)
    .all();
}
