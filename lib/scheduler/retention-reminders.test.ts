import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { listRetentionBases } from "../../db/queries/cases";
import { confirmPurge } from "../../db/queries/retention";
import { deletionOutcomes } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { withTransaction } from "../../db/client";
import { completeDeletion } from "../cases/complete-deletion";
import { startWork } from "../cases/work";
import { sweepRetentionReminders } from "./retention-reminders";
import { addStaff, APP, openRequest, outbox } from "./test-fixtures";

const db = tempDbPerTest();

/** A UseGPT deletion completed on 4 March 2026, keeping payment records until Tuesday 1 September (Moscow, UTC+3). */
async function keptPaymentRecords() {
  const admins = [await addStaff(db(), "usegpt", "admin", "dpo@usegpt.test"), await addStaff(db(), "usegpt", "admin", "cto@usegpt.test")];
  const agent = await addStaff(db(), "usegpt", "agent");
  await addStaff(db(), "usegpt", "viewer");
  await addStaff(db(), "deepen", "admin");
  const { portal, request } = await openRequest(db(), { slug: "usegpt", type: "deletion", receivedAt: new Date("2026-03-02T08:00:00Z"), by: agent.id });
  await startWork(db(), { request: await request(), by: { staff: agent.id }, now: new Date("2026-03-03T08:00:00Z") });
  const basis = (await listRetentionBases(db(), { portalId: portal.id })).find((b) => b.key === "payments-disputes")!;
  const outcomes = portal.dataCategories.map((category) =>
    category.startsWith("payment records") ? { category, kept: true as const, basisId: basis.id, keepUntil: "2026-09-01", anchorDate: "2026-03-01" } : { category, kept: false as const },
  );
  await completeDeletion(db(), { request: await request(), portal, outcomes, by: { staff: agent.id }, now: new Date("2026-03-04T08:00:00Z"), appUrl: APP });
  return { admins, basis, reference: (await request()).reference, category: outcomes.find((o) => o.kept)!.category };
}

const keptOutcome = async () => (await db().select().from(deletionOutcomes).where(eq(deletionOutcomes.kept, true)).limit(1))[0]!;

const sweepAt = (iso: string) => sweepRetentionReminders(db(), { now: new Date(iso), appUrl: APP });
const reminders = () => outbox(db(), "retention-reminder");

describe("retention-register reminders", () => {
  it("reach the portal's admins, and only them, at 09:00 Moscow on the keep-until day", async () => {
    const { admins, basis, reference, category } = await keptPaymentRecords();
    expect((await keptOutcome()).nextReminderAt).toEqual(new Date("2026-09-01T06:00:00Z"));
    expect(await sweepAt("2026-09-01T05:59:00Z")).toEqual({ reminded: 0 });
    expect(await reminders()).toHaveLength(0);
    expect(await sweepAt("2026-09-01T06:00:00Z")).toEqual({ reminded: 1 });
    expect((await reminders()).map((m) => m.to).sort()).toEqual(admins.map((a) => a.email).sort());
    const [mail] = await reminders();
    expect(mail).toMatchObject({ language: "en", subject: `Purge due: ${reference}, ${category}` });
    expect(mail!.text).toContain(`The period for ${category} of ${reference} under ${basis.label} ended on Tue 1 Sep 2026.`);
    expect(mail!.text).toContain(`${APP}/staff/retention?portal=usegpt`);
  });

  it("come back weekly while the purge is not confirmed, and stop once it is", async () => {
    const { admins } = await keptPaymentRecords();
    await sweepAt("2026-09-01T06:00:00Z");
    expect(await sweepAt("2026-09-07T12:00:00Z")).toEqual({ reminded: 0 });
    expect(await sweepAt("2026-09-08T06:00:00Z")).toEqual({ reminded: 1 });
    const id = (await keptOutcome()).id;
    expect((await reminders()).map((m) => m.dedupeKey!.split(":").slice(0, 3).join(":"))).toEqual([1, 1, 8, 8].map((day) => `retention:${id}:2026-09-0${day}`));
    expect((await keptOutcome()).nextReminderAt).toEqual(new Date("2026-09-15T06:00:00Z"));
    expect(await withTransaction(db(), (tx) => confirmPurge(tx, { id, userId: admins[0]!.id, now: new Date("2026-09-10T10:00:00Z") }))).toBe(true);
    expect((await keptOutcome()).nextReminderAt).toBeNull();
    expect(await sweepAt("2026-09-15T06:00:00Z")).toEqual({ reminded: 0 });
    expect(await sweepAt("2026-12-31T06:00:00Z")).toEqual({ reminded: 0 });
    expect(await reminders()).toHaveLength(4);
  });

  it("are sent exactly once however often the sweep runs, and once for a fortnight's outage", async () => {
    await keptPaymentRecords();
    await sweepAt("2026-09-01T06:00:00Z");
    await sweepAt("2026-09-01T06:00:00Z");
    await sweepAt("2026-09-01T06:01:00Z");
    expect(await reminders()).toHaveLength(2);
    // Down from 2 to 18 September: one catch-up, then back on Tuesdays.
    expect(await sweepAt("2026-09-18T12:00:00Z")).toEqual({ reminded: 1 });
    expect(await sweepAt("2026-09-18T12:01:00Z")).toEqual({ reminded: 0 });
    expect(await sweepAt("2026-09-22T06:00:00Z")).toEqual({ reminded: 1 });
    expect(await reminders()).toHaveLength(6);
  });
});
