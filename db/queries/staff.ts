import "server-only";
import { and, eq } from "drizzle-orm";
import type { Executor, Tx } from "../client";
import { memberships, portals, users, type Role, type User } from "../schema";
import type { Language } from "../../lib/i18n/languages";

export async function getUserById(db: Executor, { id }: { id: string }): Promise<User | undefined> {
  return (await db.select().from(users).where(eq(users.id, id)).limit(1))[0];
}

export async function getUserByEmail(db: Executor, { email }: { email: string }): Promise<User | undefined> {
  return (await db.select().from(users).where(eq(users.email, email.trim().toLowerCase())).limit(1))[0];
}

export async function insertUser(tx: Tx, user: { email: string; name?: string; passwordHash?: string }): Promise<User> {
  const [row] = await tx
    .insert(users)
    .values({ ...user, email: user.email.trim().toLowerCase() })
    .returning();
  return row!;
}

/** The portals a staff member may see, with the role on each. */
export async function listMemberships(db: Executor, { userId }: { userId: string }) {
  return db
    .select({ portalId: portals.id, slug: portals.slug, name: portals.name, regime: portals.regime, role: memberships.role })
    .from(memberships)
    .innerJoin(portals, eq(portals.id, memberships.portalId))
    .where(eq(memberships.userId, userId))
    .orderBy(portals.name);
}

export type Membership = Awaited<ReturnType<typeof listMemberships>>[number];

export async function getMembership(db: Executor, { userId, portalId }: { userId: string; portalId: number }) {
  return (
    await db
      .select()
      .from(memberships)
      .where(and(eq(memberships.userId, userId), eq(memberships.portalId, portalId)))
      .limit(1)
  )[0];
}

export async function setMembership(tx: Tx, { userId, portalId, role }: { userId: string; portalId: number; role: Role }): Promise<void> {
  await tx
    .insert(memberships)
    .values({ userId, portalId, role })
    .onConflictDoUpdate({ target: [memberships.userId, memberships.portalId], set: { role } });
}

export async function deleteMembership(tx: Tx, { userId, portalId }: { userId: string; portalId: number }): Promise<boolean> {
  const deleted = await tx
    .delete(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.portalId, portalId)))
    .returning({ userId: memberships.userId });
  return deleted.length === 1;
}

export async function listMembers(db: Executor, { portalId }: { portalId: number }) {
  return db
    .select({ userId: users.id, email: users.email, name: users.name, role: memberships.role, language: users.language })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.portalId, portalId))
    .orderBy(users.email);
}

export type Member = Awaited<ReturnType<typeof listMembers>>[number];

/** The member's own choice of language for the desk and their emails. */
export async function setUserLanguage(tx: Tx, { id, language }: { id: string; language: Language }): Promise<void> {
  await tx.update(users).set({ language }).where(eq(users.id, id));
}

/** Deletes a staff user; their memberships and sessions go with them (ON DELETE CASCADE). For tests' clean-up: the app never deletes members. */
export async function deleteUser(tx: Tx, { id }: { id: string }): Promise<boolean> {
  return (await tx.delete(users).where(eq(users.id, id)).returning({ id: users.id })).length === 1;
}
