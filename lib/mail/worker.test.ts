import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { withTransaction } from "../../db/client";
import { emailOutbox } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { verificationEmail } from "../../emails";
import { enqueueEmail } from "./outbox";
import { kickMailWorker, startMailWorker } from "./worker";

const db = tempDbPerTest();
const tick = (ms = 0) => new Promise((resolve) => setTimeout(resolve, ms));
let stop = () => {};
afterEach(() => stop());

describe("the mail worker's kick", () => {
  it("runs its round outside the kicking transaction: after the commit, never inside it", async () => {
    const printed: string[] = [];
    // A long interval: only the first round and the kick below run.
    stop = startMailWorker({ intervalMs: 3_600_000, db: db(), transport: null, log: (block) => printed.push(block) });
    await tick(50);
    const statusOf = async (reader: Parameters<typeof enqueueEmail>[0], id: number) =>
      (await reader.select({ status: emailOutbox.status }).from(emailOutbox).where(eq(emailOutbox.id, id)))[0]!.status;

    const id = await withTransaction(db(), async (tx) => {
      const queued = (await enqueueEmail(tx, { template: verificationEmail, props: verificationEmail.preview, to: "kick@example.test", language: "en", now: new Date("2026-01-01T00:00:00Z") }))!;
      // Kicked too early, before the commit: the round waits for this transaction
      // instead of joining it (it would see and send the uncommitted message).
      kickMailWorker();
      await tick(100);
      expect(await statusOf(tx, queued)).toBe("pending");
      expect(printed).toEqual([]);
      return queued;
    });

    for (let i = 0; i < 100 && printed.length === 0; i++) await tick(20);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain("kick@example.test");
    expect((await db().select({ status: emailOutbox.status }).from(emailOutbox).where(eq(emailOutbox.id, id)))[0]!.status).toBe("logged");
  });

  it("drains a burst larger than one round without waiting for a tick between rounds", async () => {
    const at = new Date("2026-01-01T00:00:00Z");
    const BURST = 130;
    await withTransaction(db(), async (tx) => {
      for (let i = 0; i < BURST; i++) await enqueueEmail(tx, { template: verificationEmail, props: verificationEmail.preview, to: `burst-${i}@example.test`, language: "en", now: at });
    });
    const printed: string[] = [];
    // With the tick an hour away, only back-to-back rounds can print all of them.
    stop = startMailWorker({ intervalMs: 3_600_000, db: db(), transport: null, log: (block) => printed.push(block) });
    for (let i = 0; i < 500 && printed.length < BURST; i++) await tick(20);
    expect(printed).toHaveLength(BURST);
  });
});
