import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "../../db/client";
import { getPortalBySlug } from "../../db/queries/portals";
import { emailOutbox, requestEvents, requests, tokens } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { chainHash, GENESIS_HASH } from "../../db/audit-chain";
import { loadStatus, withdrawRequest } from "./status";
import { submitRequest } from "./submit";
import { sweepUnverified } from "./unverified";
import { inspectVerifyToken, verifyRequest } from "./verify";

const APP = "http://localhost:3000";
const DAY = 24 * 60 * 60 * 1000;
const db = tempDbPerTest();

async function portal(slug: string) {
  await seedDemoPortals(db());
  return (await getPortalBySlug(db(), { slug }))!;
}

async function submit(slug: string, now = new Date("2026-01-12T09:00:00Z"), type: "deletion" | "access" = "deletion") {
  const p = await portal(slug);
  const { id, reference } = await submitRequest(db(), {
    portal: p,
    input: { type, email: "ann@example.com", name: "Ann", language: p.defaultLanguage },
    channel: "web",
    now,
    appUrl: APP,
  });
  return { p, id, reference, token: await linkToken(db(), id, "verify") };
}

/** The token from the newest email to the request: tests follow the link as the requester would. */
async function linkToken(d: Db, requestId: number, page: "verify" | "status"): Promise<string> {
  const mail = (await d.select().from(emailOutbox).where(eq(emailOutbox.requestId, requestId))).at(-1)!;
  return new RegExp(`/${page}\\?token=([A-Za-z0-9_-]{43})`).exec(mail.text)![1]!;
}

describe("submitting", () => {
  it("stores the request as submitted and queues the verification email in the requester's language, in one go", async () => {
    const { id, reference } = await submit("deepen");
    const request = (await db().select().from(requests).where(eq(requests.id, id)))[0]!;
    expect(request).toMatchObject({ status: "submitted", email: "ann@example.com", language: "uz", channel: "web" });
    expect(reference).toMatch(/^DPN-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const mail = (await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, id)));
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({ template: "verification", to: "ann@example.com", language: "uz", status: "pending" });
    expect(mail[0]!.text).toContain(`${APP}/p/deepen/verify?token=`);
  });

  it("keeps only the token's hash", async () => {
    const { id, token } = await submit("deepen");
    const stored = (await db().select().from(tokens).where(eq(tokens.requestId, id)));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token);
  });
});

describe("verifying", () => {
  it("opens the request with the engine's deadline, issues a status link and queues the acknowledgement", async () => {
    const { p, id, token } = await submit("deepen");
    const now = new Date("2026-01-12T10:00:00Z");
    const outcome = await verifyRequest(db(), { token, portal: p, now, appUrl: APP });
    expect(outcome.state).toBe("verified");
    const request = (await db().select().from(requests).where(eq(requests.id, id)))[0]!;
    // Deepen counts its 14 days from the verified request: Mon 12 Jan + 14 → Mon 26 Jan, Tashkent.
    expect(request).toMatchObject({ status: "open", dueDate: "2026-01-26", verificationReminderAt: null });
    expect(request.dueAt!.toISOString()).toBe("2026-01-26T18:59:59.999Z");
    expect(request.deadlineSteps!.join("\n")).toContain("the operator's promise");
    const ack = (await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, id))).at(-1)!;
    expect(ack.template).toBe("acknowledgement");
    expect(ack.text).toContain(request.reference);
    expect(ack.text).toContain("Manzilingizni tasdiqlaganingiz uchun rahmat. Soʻrovingiz «Deepen» operatoriga yuborildi.");
    expect(ack.text).toContain("«Deepen» operatori bilan info@deepen.uz manzili orqali bogʻlanishingiz mumkin.");
    expect((await loadStatus(db(), { token: await linkToken(db(), id, "status"), portalId: p.id, now }))?.request.id).toBe(id);
  });

  it("calls MVSEP's 30 days the portal's configured period, not the operator's promise: its policy says only 'a reasonable period'", async () => {
    const { p, id, token } = await submit("mvsep", new Date("2026-03-02T09:00:00Z"));
    await verifyRequest(db(), { token, portal: p, now: new Date("2026-03-02T10:00:00Z"), appUrl: APP });
    const request = (await db().select().from(requests).where(eq(requests.id, id)))[0]!;
    // Verified Mon 2 Mar 2026 in Tashkent; 30 calendar days from the day after → Wed 1 Apr.
    expect(request.dueDate).toBe("2026-04-01");
    const steps = request.deadlineSteps!.join("\n");
    expect(steps).toContain("the portal's configured period: 30 calendar days");
    expect(steps).not.toContain("the operator's promise");
  });

  it("counts from receipt where the regime does: UseGPT's access, received Tue 28 Apr, verified 29 Apr → 10 Russian working days end Thu 14 May", async () => {
    const { p, id, token } = await submit("usegpt", new Date("2026-04-28T20:00:00Z"), "access");
    await verifyRequest(db(), { token, portal: p, now: new Date("2026-04-29T10:00:00Z"), appUrl: APP });
    expect((await db().select().from(requests).where(eq(requests.id, id)))[0]!.dueDate).toBe("2026-05-14");
  });

  it("refuses a used, an expired, a forged and another portal's token", async () => {
    const { p, token } = await submit("deepen");
    const now = new Date("2026-01-12T10:00:00Z");
    expect((await verifyRequest(db(), { token, portal: p, now, appUrl: APP })).state).toBe("verified");
    expect((await verifyRequest(db(), { token, portal: p, now, appUrl: APP })).state).toBe("used");

    const late = await submit("deepen");
    expect((await verifyRequest(db(), { token: late.token, portal: p, now: new Date(Date.parse("2026-01-12T09:00:00Z") + DAY + 1), appUrl: APP })).state).toBe("expired");

    expect((await verifyRequest(db(), { token: "A".repeat(43), portal: p, now, appUrl: APP })).state).toBe("invalid");
    expect((await verifyRequest(db(), { token: "not a token", portal: p, now, appUrl: APP })).state).toBe("invalid");
    const other = await submit("mvsep");
    expect((await inspectVerifyToken(db(), { token: other.token, portalId: p.id, now })).state).toBe("invalid");
  });

  it("leaves the request waiting, its link unspent, when the portal's settings no longer time its type", async () => {
    const { p, id, token } = await submit("deepen");
    const now = new Date("2026-01-12T10:00:00Z");
    // ZRU-547 sets no deadline for a deletion: without Deepen's promise there is none to compute.
    const promises = { ...p.promises, deletion: undefined };
    expect((await verifyRequest(db(), { token, portal: { ...p, promises }, now, appUrl: APP })).state).toBe("not-computable");
    expect((await db().select().from(requests).where(eq(requests.id, id)))[0]).toMatchObject({ status: "submitted", verifiedAt: null, dueDate: null });
    expect((await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, id)))).toHaveLength(1);
    expect((await verifyRequest(db(), { token, portal: p, now, appUrl: APP })).state).toBe("verified");
  });
});

describe("withdrawing", () => {
  it("closes the request, records it publicly and confirms by email; a second withdrawal is refused", async () => {
    const { p, id, token } = await submit("mvsep");
    const now = new Date("2026-01-12T10:00:00Z");
    await verifyRequest(db(), { token, portal: p, now, appUrl: APP });
    const statusToken = await linkToken(db(), id, "status");
    expect((await withdrawRequest(db(), { token: statusToken, portal: p, now })).state).toBe("withdrawn");
    expect((await withdrawRequest(db(), { token: statusToken, portal: p, now })).state).toBe("not-allowed");
    const status = (await loadStatus(db(), { token: statusToken, portalId: p.id, now }))!;
    expect(status.request.status).toBe("withdrawn");
    expect(status.events.map((e) => e.type)).toEqual(["submitted", "verified", "withdrawn"]);
    expect((await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, id))).at(-1)!.template).toBe("withdrawal-confirmation");
  });
});

describe("the unverified sweep", () => {
  it("reminds once after 24 hours with a fresh link, then purges the request and its data after 7 days", async () => {
    const submittedAt = new Date("2026-01-12T09:00:00Z");
    const { id, token: first } = await submit("deepen", submittedAt);
    const at = (ms: number) => new Date(submittedAt.getTime() + ms);

    expect(await sweepUnverified(db(), { now: at(DAY - 1000), appUrl: APP })).toEqual({ reminded: 0, purged: 0 });
    expect(await sweepUnverified(db(), { now: at(DAY), appUrl: APP })).toEqual({ reminded: 1, purged: 0 });
    expect(await sweepUnverified(db(), { now: at(2 * DAY), appUrl: APP })).toEqual({ reminded: 0, purged: 0 });
    const reminder = (await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, id))).at(-1)!;
    expect(reminder.template).toBe("verification-reminder");
    expect(await linkToken(db(), id, "verify")).not.toBe(first);

    expect(await sweepUnverified(db(), { now: at(7 * DAY), appUrl: APP })).toEqual({ reminded: 0, purged: 1 });
    expect((await db().select().from(requests).where(eq(requests.id, id)))[0]).toBeUndefined();
    expect((await db().select().from(tokens).where(eq(tokens.requestId, id)))).toEqual([]);
    expect((await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, id)))).toEqual([]);
    const events = (await db().select().from(requestEvents).where(eq(requestEvents.requestId, id)));
    expect(events.map((e) => e.type)).toEqual(["submitted", "verification_link_sent", "expired"]);
    expect(JSON.stringify(events)).not.toContain("ann@example.com");
  });

  it("leaves verified requests alone", async () => {
    const { p, id, token } = await submit("deepen");
    await verifyRequest(db(), { token, portal: p, now: new Date("2026-01-12T10:00:00Z"), appUrl: APP });
    expect(await sweepUnverified(db(), { now: new Date("2026-02-12T10:00:00Z"), appUrl: APP })).toEqual({ reminded: 0, purged: 0 });
    expect((await db().select().from(requests).where(eq(requests.id, id)))[0]!.status).toBe("open");
  });
});

it("chains every event of a portal to the one before it", async () => {
  const { p, token } = await submit("deepen");
  await verifyRequest(db(), { token, portal: p, now: new Date("2026-01-12T10:00:00Z"), appUrl: APP });
  await submit("deepen");
  const events = (await db().select().from(requestEvents).where(eq(requestEvents.portalId, p.id)).orderBy(requestEvents.id));
  let prev = GENESIS_HASH;
  for (const e of events) {
    expect(e.prevHash).toBe(prev);
    expect(e.hash).toBe(chainHash(prev, e));
    prev = e.hash;
  }
  expect(events).toHaveLength(3);
});
