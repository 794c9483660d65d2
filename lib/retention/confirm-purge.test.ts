import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { withTransaction } from "../../db/client";
import { getPortalBySlug } from "../../db/queries/portals";
import { getKeptOutcome } from "../../db/queries/retention";
import { insertUser } from "../../db/queries/staff";
import { deletionOutcomes, requestEvents, requests } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { confirmPurge } from "./confirm-purge";

const db = tempDbPerTest();
const NOW = new Date("2026-11-29T09:00:00Z");

async function keptOutcome() {
  await seedDemoPortals(db());
  const portal = (await getPortalBySlug(db(), { slug: "usegpt" }))!;
  return withTransaction(db(), async (tx) => {
    const [request] = await tx
      .insert(requests)
      .values({ portalId: portal.id, reference: "UGP-PURGE-0001", type: "deletion", status: "completed", channel: "web", email: "a@example.test", language: "en", receivedAt: NOW })
      .returning();
    const [kept] = await tx.insert(deletionOutcomes).values({ requestId: request!.id, portalId: portal.id, category: "payments", kept: true, keepUntil: "2026-12-01", nextReminderAt: NOW }).returning();
    const agent = await insertUser(tx, { email: "agent@rightsdesk.test" });
    const colleague = await insertUser(tx, { email: "colleague@rightsdesk.test" });
    return { kept: kept!, agent, colleague };
  });
}

describe("confirming a purge", () => {
  it("marks the row purged, stops its reminder and records who confirmed, together", async () => {
    const { kept, agent } = await keptOutcome();
    expect(await confirmPurge(db(), { outcome: kept, userId: agent.id, now: NOW })).toBe("confirmed");
    expect(await getKeptOutcome(db(), { id: kept.id })).toMatchObject({ purgedAt: NOW, purgedBy: agent.id, nextReminderAt: null });
    const recorded = await db().select().from(requestEvents).where(eq(requestEvents.type, "retention_purge_confirmed"));
    expect(recorded).toEqual([
      expect.objectContaining({ requestId: kept.requestId, portalId: kept.portalId, actor: `staff:${agent.id}`, public: false, data: { outcomeId: kept.id, category: "payments", keepUntil: "2026-12-01" } }),
    ]);
  });

  it("counts only the first of two confirmations at once: the second changes and records nothing", async () => {
    const { kept, agent, colleague } = await keptOutcome();
    const later = new Date(NOW.getTime() + 1000);
    const outcomes = await Promise.all([confirmPurge(db(), { outcome: kept, userId: agent.id, now: NOW }), confirmPurge(db(), { outcome: kept, userId: colleague.id, now: later })]);
    expect(outcomes).toEqual(["confirmed", "already"]);
    expect(await getKeptOutcome(db(), { id: kept.id })).toMatchObject({ purgedAt: NOW, purgedBy: agent.id });
    expect(await db().select().from(requestEvents).where(eq(requestEvents.type, "retention_purge_confirmed"))).toHaveLength(1);
  });
});
