import { withTransaction, type Db } from "../../db/client";
import { listMessagesOfTemplate } from "../../db/queries/outbox";
import { getPortalBySlug } from "../../db/queries/portals";
import { getRequestReminder } from "../../db/queries/request-reminders";
import { getRequestById } from "../../db/queries/requests";
import { insertUser, setMembership } from "../../db/queries/staff";
import { requestReminders, requests, type Role } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import type { RequestType } from "../deadlines";
import { recordManualRequest } from "../cases/intake";

/** Shared by the scheduler's integration tests: demo portals, staff and requests on a temp database. */

export const APP = "http://localhost:3000";

export async function portal(db: Db, slug: string) {
  await seedDemoPortals(db);
  return (await getPortalBySlug(db, { slug }))!;
}

export async function addStaff(db: Db, slug: string, role: Role, email = `${role}-${crypto.randomUUID()}@example.test`) {
  const { id: portalId } = await portal(db, slug);
  return withTransaction(db, async (tx) => {
    const user = await insertUser(tx, { email });
    await setMembership(tx, { userId: user.id, portalId, role });
    return user;
  });
}

/**
 * An open request as staff record one from an email (manual intake): it
 * carries every kind of personal data a request holds, identity evidence
 * included, and its deadline counts from `receivedAt`.
 */
export async function openRequest(db: Db, { slug, type, receivedAt, by }: { slug: string; type: RequestType; receivedAt: Date; by: string }) {
  const p = await portal(db, slug);
  const input = { type, email: "ann@example.com", name: "Ann Example", accountId: "user-42", details: "Please act on my account", language: p.defaultLanguage };
  const { id } = await recordManualRequest(db, { portal: p, input, channel: "email", receivedAt, identityEvidence: "sent from the registered address", by: { staff: by }, now: receivedAt, appUrl: APP });
  return { portal: p, id, request: async () => (await getRequestById(db, { id }))! };
}

/**
 * `count` copies of request `id` (new ids and references, the same deadline
 * and reminder time), written directly: many requests due at once, for
 * sweeps over more than one batch, without taking each through intake.
 */
export async function copyRequest(db: Db, { id, count }: { id: number; count: number }): Promise<number[]> {
  const request = (await getRequestById(db, { id }))!;
  const copies = Array.from({ length: count }, (_, i) => ({ ...request, id: undefined, createdAt: undefined, reference: `${request.reference}-${i + 1}` }));
  const at = await getRequestReminder(db, { requestId: id });
  return withTransaction(db, async (tx) => {
    const ids = (await tx.insert(requests).values(copies).returning({ id: requests.id })).map((r) => r.id);
    if (at) await tx.insert(requestReminders).values(ids.map((requestId) => ({ requestId, nextReminderAt: at })));
    return ids;
  });
}

/** Queued emails of one template, oldest first. */
export function outbox(db: Db, template: string) {
  return listMessagesOfTemplate(db, { template });
}

