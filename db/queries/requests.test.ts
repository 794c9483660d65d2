import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { withTransaction } from "../client";
import * as reference from "../reference";
import { portals, requests } from "../schema";
import { seedDemoPortals } from "../seed-portals";
import { tempDbPerTest } from "../testing";
import { createRequest } from "./requests";

const db = tempDbPerTest();
afterEach(() => vi.restoreAllMocks());

describe("createRequest", () => {
  it("draws again when a reference is taken, inside the caller's transaction, which still commits", async () => {
    await seedDemoPortals(db());
    const portal = (await db().select().from(portals).limit(1))[0]!;
    const base = { referencePrefix: "TST", portalId: portal.id, type: "access", status: "submitted", channel: "api", email: "a@example.test", language: "en", receivedAt: new Date("2026-03-02T09:00:00Z") } as const;
    const draws = vi.spyOn(reference, "newReference").mockReturnValueOnce("TST-AAAA-AAAA").mockReturnValueOnce("TST-AAAA-AAAA").mockReturnValueOnce("TST-BBBB-BBBB");

    const [first, second] = await withTransaction(db(), async (tx) => [await createRequest(tx, base), await createRequest(tx, { ...base, email: "b@example.test" })]);

    expect(draws).toHaveBeenCalledTimes(3);
    expect([first!.reference, second!.reference]).toEqual(["TST-AAAA-AAAA", "TST-BBBB-BBBB"]);
    const stored = await db().select({ reference: requests.reference, email: requests.email }).from(requests).where(eq(requests.portalId, portal.id)).orderBy(requests.id);
    expect(stored).toEqual([
      { reference: "TST-AAAA-AAAA", email: "a@example.test" },
      { reference: "TST-BBBB-BBBB", email: "b@example.test" },
    ]);
  });
});
