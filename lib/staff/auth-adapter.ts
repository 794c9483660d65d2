import "server-only";
import type { Adapter, AdapterUser } from "next-auth/adapters";
import { withTransaction, type Db } from "../../db/client";
import { createAuthUser, insertVerificationToken, takeVerificationToken, updateAuthUser } from "../../db/queries/auth";
import { getUserByEmail, getUserById } from "../../db/queries/staff";
import type { User } from "../../db/schema";

/**
 * Auth.js's adapter on our data layer: its reads on the database, its writes
 * each in a transaction of their own (drizzle's own adapter would write on the
 * read-only connection). Only what the email and credentials providers use
 * with JWT sessions is here: users by id and email, creating and updating a
 * user at a magic-link sign-in, and the one-time link tokens.
 */
export function rightsdeskAdapter(db: Db): Adapter {
  return {
    async getUser(id) {
      return toAdapterUser(await getUserById(db, { id }));
    },
    async getUserByEmail(email) {
      return toAdapterUser(await getUserByEmail(db, { email }));
    },
    async createUser(user) {
      const created = await withTransaction(db, (tx) => createAuthUser(tx, { id: user.id, email: user.email, name: user.name, image: user.image, emailVerified: user.emailVerified }));
      return toAdapterUser(created)!;
    },
    async updateUser(user) {
      const updated = await withTransaction(db, (tx) => updateAuthUser(tx, { id: user.id, name: user.name, image: user.image, emailVerified: user.emailVerified }));
      if (!updated) throw new Error(`no user with id ${user.id}`);
      return toAdapterUser(updated)!;
    },
    async createVerificationToken(token) {
      return withTransaction(db, (tx) => insertVerificationToken(tx, token));
    },
    async useVerificationToken({ identifier, token }) {
      return (await withTransaction(db, (tx) => takeVerificationToken(tx, { identifier, token }))) ?? null;
    },
  };
}

function toAdapterUser(user: User | undefined): AdapterUser | null {
  if (!user?.email) return null;
  return { id: user.id, email: user.email, emailVerified: user.emailVerified, name: user.name, image: user.image };
}
