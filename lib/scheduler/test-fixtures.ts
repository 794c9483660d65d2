import { eq } from "drizzle-orm";
import type { Db } from "../../db/client";
import { getPortalBySlug } from "../../db/queries/portals";
import { getRequestById } from "../../db/queries/requests";
import { insertUser, setMembership } from "../../db/queries/staff";
import { emailOutbox, type Role } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import type { RequestType } from "../deadlines";
import { recordManualRequest } from "../cases/intake";

/** Shared by the scheduler's integration tests: demo portals, staff and requests on a temp database. */

export const APP = "http://localhost:3000";

export function portal(db: Db, slug: string) {
  seedDemoPortals(db);
  return getPortalBySlug(db, { slug })!;
}

export function addStaff(db: Db, slug: string, role: Role, email = `${role}-${crypto.randomUUID()}@example.test`) {
  const user = insertUser(db, { email });
  setMembership(db, { userId: user.id, portalId: portal(db, slug).id, role });
  return user;
}

/**
 * An open request as staff record one from an email (manual intake): it
 * carries every kind of personal data a request holds, identity evidence
 * included, and its deadline counts from `receivedAt`.
 */
export function openRequest(db: Db, { slug, type, receivedAt, by }: { slug: string; type: RequestType; receivedAt: Date; by: string }) {
  const p = portal(db, slug);
  const input = { type, email: "ann@example.com", name: "Ann Example", accountId: "user-42", details: "Please act on my account", language: p.defaultLanguage };
  const { id } = recordManualRequest(db, { portal: p, input, channel: "email", receivedAt, identityEvidence: "sent from the registered address", by, now: receivedAt, appUrl: APP });
  return { portal: p, id, request: () => getRequestById(db, { id })! };
}

/** Queued emails of one template, oldest first. */
export function outbox(db: Db, template: string) {
  return db.select().from(emailOutbox).where(eq(emailOutbox.template, template)).orderBy(emailOutbox.id).all();
}
