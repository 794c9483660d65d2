import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getPortalBySlug } from "../../db/queries/portals";
import { findAppealOf } from "../../db/queries/related";
import { getRequestById } from "../../db/queries/requests";
import { insertUser, setMembership } from "../../db/queries/staff";
import { emailOutbox, requestEvents } from "../../db/schema";
import { testVirginiaPortal } from "../../db/seed-data/test-virginia";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { withTransaction } from "../../db/client";
import { rejectRequest } from "../cases/reject";
import { CaseError } from "../cases/shared";
import { startWork } from "../cases/work";
import { submitRequest } from "../requests/submit";
import { verifyRequest } from "../requests/verify";
import { decideAppeal } from "./decide";
import { lodgeAppeal } from "./lodge";

const APP = "http://localhost:3000";
const db = tempDbPerTest();

/** A Virginia deletion made Mon 5 Jan 2026 and declined Tue 13 Jan at 10:00 in Richmond. */
async function declined() {
  await seedDemoPortals(db(), [testVirginiaPortal]);
  const portal = (await getPortalBySlug(db(), { slug: "blue-ridge" }))!;
  const { id } = await submitRequest(db(), { portal, input: { type: "deletion", email: "ann@example.com", name: "Ann", language: "en" }, channel: "web", now: new Date("2026-01-05T15:00:00Z"), appUrl: APP });
  const token = /verify\?token=([\w-]{43})/.exec((await mails(id)).at(-1)!.text)![1];
  await verifyRequest(db(), { token, portal, now: new Date("2026-01-05T16:00:00Z"), appUrl: APP });
  const by = await withTransaction(db(), async (tx) => {
    const user = await insertUser(tx, { email: "agent@example.test" });
    await setMembership(tx, { userId: user.id, portalId: portal.id, role: "agent" });
    return user.id;
  });
  await rejectRequest(db(), { request: (await getRequestById(db(), { id }))!, portal, reason: "no-data-held", message: "", by: { staff: by }, now: new Date("2026-01-13T15:00:00Z"), appUrl: APP });
  return { portal, original: (await getRequestById(db(), { id }))!, by };
}

async function mails(requestId: number) {
  return (await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, requestId)));
}

describe("appeals under the Virginia VCDPA", () => {
  it("the rejection tells the requester how to appeal, and until when: Tue 13 Jan + 60 days → Sat 14 Mar 2026", async () => {
    const { original } = await declined();
    const rejection = (await mails(original.id)).at(-1)!;
    expect(rejection.template).toBe("rejection-notice");
    expect(rejection.text).toContain("Appeal this decision");
    expect(rejection.text).toContain("You can appeal until 14 March 2026.");
  });

  it("an appeal lodged Mon 2 Feb 2026 at 10:00 in Richmond opens at once, due Fri 3 Apr 2026 (60 days: 26 + 31 + 3), and both trails record it", async () => {
    const { portal, original } = await declined();
    const outcome = await lodgeAppeal(db(), { portal, original, grounds: "You do hold my order history.", channel: "web", now: new Date("2026-02-02T15:00:00Z"), appUrl: APP });
    expect(outcome.state).toBe("lodged");
    const appeal = (await findAppealOf(db(), { requestId: original.id }))!;
    expect(appeal).toMatchObject({ type: "appeal", status: "open", email: "ann@example.com", dueDate: "2026-04-03", details: "You do hold my order history." });
    expect(appeal.deadlineSteps!.join("\n")).toMatch(/Va\. Code §59\.1-577\(C\)/);
    const mail = (await mails(appeal.id)).at(-1)!;
    expect(mail.template).toBe("appeal-received");
    expect(mail.text).toContain(original.reference);
    expect(mail.text).toContain("3 April 2026");
    const events = (await db().select().from(requestEvents)).map((e) => [e.requestId, e.type]);
    expect(events).toContainEqual([original.id, "appeal_lodged"]);
    expect(events).toContainEqual([appeal.id, "appealed"]);
  });

  it("a decision is appealed once, within the portal's 60-day window, and only with reasons in plain text", async () => {
    const { portal, original } = await declined();
    const late = new Date("2026-03-15T05:00:00Z"); // 00:00 on Sun 15 Mar in Richmond: the window ended with Sat 14 Mar
    expect(await lodgeAppeal(db(), { portal, original, grounds: "Late", channel: "web", now: late, appUrl: APP })).toEqual({ state: "not-allowed" });
    expect(await lodgeAppeal(db(), { portal, original, grounds: "  ", channel: "web", now: new Date("2026-02-02T15:00:00Z"), appUrl: APP })).toEqual({ state: "empty" });
    expect(await lodgeAppeal(db(), { portal, original, grounds: "x".repeat(5001), channel: "web", now: new Date("2026-02-02T15:00:00Z"), appUrl: APP })).toEqual({ state: "too-long" });
    expect(await lodgeAppeal(db(), { portal, original, grounds: "Wrong\u202Edecision", channel: "web", now: new Date("2026-02-02T15:00:00Z"), appUrl: APP })).toEqual({ state: "bad-character" });
    const onTime = new Date("2026-03-15T03:59:00Z"); // 23:59 on Sat 14 Mar in Richmond (EDT since 8 Mar)
    expect((await lodgeAppeal(db(), { portal, original, grounds: "Last day", channel: "web", now: onTime, appUrl: APP })).state).toBe("lodged");
    expect(await lodgeAppeal(db(), { portal, original, grounds: "Again", channel: "web", now: onTime, appUrl: APP })).toEqual({ state: "not-allowed" });
  });

  it("a denied appeal's written decision names the Attorney General of Virginia; a granted one does not", async () => {
    const { portal, original, by } = await declined();
    await lodgeAppeal(db(), { portal, original, grounds: "Please look again.", channel: "web", now: new Date("2026-02-02T15:00:00Z"), appUrl: APP });
    const appeal = async () => (await findAppealOf(db(), { requestId: original.id }))!;
    await expect(decideAppeal(db(), { request: await appeal(), portal, outcome: "denied", explanation: " ", by: { staff: by }, now: new Date("2026-02-10T15:00:00Z"), appUrl: APP })).rejects.toThrow(CaseError);
    await decideAppeal(db(), { request: await appeal(), portal, outcome: "denied", explanation: "We checked again and hold nothing.", by: { staff: by }, now: new Date("2026-02-10T15:00:00Z"), appUrl: APP });
    expect(await appeal()).toMatchObject({ status: "rejected", rejectionReason: "appeal_denied", resolution: "We checked again and hold nothing." });
    const mail = (await mails((await appeal()).id)).at(-1)!;
    expect(mail.template).toBe("appeal-decision");
    expect(mail.text).toContain("Attorney General of Virginia");
    expect(mail.text).toContain("https://www.oag.state.va.us/consumer-protection/");
    expect(mail.text).toContain("We checked again and hold nothing.");
  });

  it("a granted appeal completes once work has started, and its email points nowhere else", async () => {
    const { portal, original, by } = await declined();
    await lodgeAppeal(db(), { portal, original, grounds: "Please look again.", channel: "web", now: new Date("2026-02-02T15:00:00Z"), appUrl: APP });
    const appeal = async () => (await findAppealOf(db(), { requestId: original.id }))!;
    await startWork(db(), { request: await appeal(), by: { staff: by }, now: new Date("2026-02-03T15:00:00Z") });
    await decideAppeal(db(), { request: await appeal(), portal, outcome: "granted", explanation: "We found the order history and deleted it.", by: { staff: by }, now: new Date("2026-02-10T15:00:00Z"), appUrl: APP });
    expect((await appeal()).status).toBe("completed");
    expect((await mails((await appeal()).id)).at(-1)!.text).not.toContain("Attorney General");
  });
});
