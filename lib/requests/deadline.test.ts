import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getPortalBySlug } from "../../db/queries/portals";
import { getRequestReminder } from "../../db/queries/request-reminders";
import { emailOutbox, requests } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { computeRequestDeadline, deadlinePolicy } from "./deadline";
import { submitRequest } from "./submit";
import { verifyRequest } from "./verify";

const APP = "http://localhost:3000";
const db = tempDbPerTest();

async function portal(slug: string) {
  await seedDemoPortals(db());
  return (await getPortalBySlug(db(), { slug }))!;
}

/** A web request as its requester leaves it: submitted at `submittedAt`, the link followed at `verifiedAt`. */
async function submitAndVerify(slug: string, type: "correction" | "restriction", submittedAt: string, verifiedAt: string) {
  const p = await portal(slug);
  const { id } = await submitRequest(db(), {
    portal: p,
    input: { type, email: "ann@example.com", language: p.defaultLanguage },
    channel: "web",
    now: new Date(submittedAt),
    appUrl: APP,
  });
  const mail = (await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, id)))[0]!;
  const token = /verify\?token=([\w-]{43})/.exec(mail.text)![1]!;
  expect((await verifyRequest(db(), { token, portal: p, now: new Date(verifiedAt), appUrl: APP })).state).toBe("verified");
  const request = (await db().select().from(requests).where(eq(requests.id, id)))[0]!;
  return { ...request, nextReminderAt: await getRequestReminder(db(), { requestId: id }) };
}

describe("a statute's clock start wins over the portal's", () => {
  it("MGoods correction (ZRU-547 art. 11): submitted Mon 12 Jan 10:00, verified Tue 13 Jan 09:00 Tashkent → due Thu 15 Jan, three days from submission", async () => {
    const request = await submitAndVerify("mgoods-seller", "correction", "2026-01-12T05:00:00Z", "2026-01-13T04:00:00Z");
    expect(request.dueDate).toBe("2026-01-15");
    expect(request.dueAt!.toISOString()).toBe("2026-01-15T18:59:59.999Z");
    expect(request.deadlinePolicy).toMatchObject({ clockStartAt: Date.parse("2026-01-13T04:00:00Z"), submittedAt: Date.parse("2026-01-12T05:00:00Z") });
    expect(request.deadlineSteps).toContain("ZRU-547 art. 11: the period runs from the submission of the request, not from the portal's later clock start → from Mon 12 Jan 2026");
  });

  it("the portal's promise still counts from verification: MGoods access, 30 days from Tue 13 Jan → Thu 12 Feb", async () => {
    const p = await portal("mgoods-seller");
    const policy = deadlinePolicy(p, { type: "access", receivedAt: new Date("2026-01-12T05:00:00Z"), verifiedAt: new Date("2026-01-13T04:00:00Z") });
    expect(computeRequestDeadline(policy, "access").dueDate).toBe("2026-02-12");
  });

  it("a policy kept before the submission time was recorded counts from its clock start, as it did: Tue 13 Jan + 3 → Fri 16 Jan", async () => {
    const p = await portal("mgoods-seller");
    const policy = deadlinePolicy(p, { type: "correction", receivedAt: new Date("2026-01-12T05:00:00Z"), verifiedAt: new Date("2026-01-13T04:00:00Z") });
    expect(computeRequestDeadline({ ...policy, submittedAt: undefined }, "correction").dueDate).toBe("2026-01-16");
  });

  it("Deepen blocking (policy §7.2.4): submitted 14:00 and verified 15:00 Tashkent on Mon 12 Jan → due that day", async () => {
    const request = await submitAndVerify("deepen", "restriction", "2026-01-12T09:00:00Z", "2026-01-12T10:00:00Z");
    expect(request.dueDate).toBe("2026-01-12");
    expect(request.dueAt!.toISOString()).toBe("2026-01-12T18:59:59.999Z");
    expect(request.nextReminderAt).toEqual(new Date("2026-01-12T10:00:00Z"));
  });

  it("Deepen blocking submitted Mon 12 Jan 20:00 and confirmed Tue 13 Jan 09:30 Tashkent is due Mon 12 Jan, the day it was asked; its reminder goes at once", async () => {
    const request = await submitAndVerify("deepen", "restriction", "2026-01-12T15:00:00Z", "2026-01-13T04:30:00Z");
    expect(request.dueDate).toBe("2026-01-12");
    expect(request.dueAt!.toISOString()).toBe("2026-01-12T18:59:59.999Z");
    expect(request.deadlineSteps).toContain("the operator's promise: the period runs from the submission of the request, not from the portal's later clock start → from Mon 12 Jan 2026");
    expect(request.nextReminderAt).toEqual(new Date("2026-01-13T04:30:00Z"));
  });

  it("Deepen deletion still counts its 14 days from the confirmation: confirmed Tue 13 Jan → Tue 27 Jan", async () => {
    const p = await portal("deepen");
    const policy = deadlinePolicy(p, { type: "deletion", receivedAt: new Date("2026-01-12T05:00:00Z"), verifiedAt: new Date("2026-01-13T06:00:00Z") });
    expect(computeRequestDeadline(policy, "deletion").dueDate).toBe("2026-01-27");
  });
});
