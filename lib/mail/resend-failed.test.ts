import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { Db } from "../../db/client";
import { listFailedMessages } from "../../db/queries/outbox-admin";
import { emailOutbox, requestEvents } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { staffInvitationEmail, staffSignInEmail } from "../../emails";
import { dailyDigestEmail } from "../../emails/daily-digest";
import { addStaff, openRequest } from "../scheduler/test-fixtures";
import { enqueueEmail } from "./outbox";
import { resendFailedMessage } from "./resend-failed";

const db = tempDbPerTest();
const now = new Date("2026-03-02T09:00:00Z");

const fail = (d: Db, id: number) => d.update(emailOutbox).set({ status: "failed", attempts: 8, lastError: "550 no such user" }).where(eq(emailOutbox.id, id)).run();

/** One failed message of each kind: requester mail of mvsep and deepen, an mvsep invitation, a sign-in link and a digest. */
function failedMail(d: Db) {
  const agent = addStaff(d, "mvsep", "agent");
  const mvsep = openRequest(d, { slug: "mvsep", type: "access", receivedAt: now, by: agent.id });
  const deepen = openRequest(d, { slug: "deepen", type: "deletion", receivedAt: now, by: addStaff(d, "deepen", "agent").id });
  const requesterMail = (requestId: number) => d.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.requestId, requestId)).get()!.id;
  const ids = d.transaction((tx) => ({
    mvsepRequester: requesterMail(mvsep.id),
    deepenRequester: requesterMail(deepen.id),
    invitation: enqueueEmail(tx, { template: staffInvitationEmail, props: staffInvitationEmail.preview, to: "new@example.test", language: "en", portalId: mvsep.portal.id, now })!,
    signIn: enqueueEmail(tx, { template: staffSignInEmail, props: staffSignInEmail.preview, to: agent.email!, language: "en", now })!,
    digest: enqueueEmail(tx, { template: dailyDigestEmail, props: dailyDigestEmail.preview, to: agent.email!, language: "en", now })!,
  }));
  for (const id of Object.values(ids)) fail(d, id);
  return { ids, mvsep: mvsep.portal, deepen: deepen.portal };
}

describe("the outbox page's failed messages, by portal", () => {
  it("records each message's portal: the request's for requester mail, the invitation's portal, none for sign-in links and digests", () => {
    const { ids, mvsep, deepen } = failedMail(db());
    const portalOf = (id: number) => db().select({ portalId: emailOutbox.portalId }).from(emailOutbox).where(eq(emailOutbox.id, id)).get()!.portalId;
    expect(portalOf(ids.mvsepRequester)).toBe(mvsep.id);
    expect(portalOf(ids.deepenRequester)).toBe(deepen.id);
    expect(portalOf(ids.invitation)).toBe(mvsep.id);
    expect(portalOf(ids.signIn)).toBeNull();
    expect(portalOf(ids.digest)).toBeNull();
  });

  it("lists to an admin of mvsep only mvsep's messages: not deepen's, not a sign-in link, not a digest", () => {
    const { ids, mvsep, deepen } = failedMail(db());
    expect(listFailedMessages(db(), { portalIds: [mvsep.id] }).map((m) => m.id)).toEqual([ids.invitation, ids.mvsepRequester]);
    expect(listFailedMessages(db(), { portalIds: [deepen.id] }).map((m) => m.id)).toEqual([ids.deepenRequester]);
    expect(listFailedMessages(db(), { portalIds: [] })).toEqual([]);
  });

  it("resends a message of the admin's portal, recording it in that portal's chain; another portal's, or no portal's, is not found and stays failed", () => {
    const { ids, mvsep, deepen } = failedMail(db());
    const admin = addStaff(db(), "mvsep", "admin");
    const resend = (id: number) => resendFailedMessage(db(), { id, userId: admin.id, adminOf: [mvsep.id], now });
    const status = (id: number) => db().select({ status: emailOutbox.status }).from(emailOutbox).where(eq(emailOutbox.id, id)).get()!.status;

    expect(resend(ids.deepenRequester)).toBe("not-found");
    expect(resend(ids.signIn)).toBe("not-found");
    expect(resend(ids.digest)).toBe("not-found");
    expect(resend(999_999)).toBe("not-found");
    expect([ids.deepenRequester, ids.signIn, ids.digest].map(status)).toEqual(["failed", "failed", "failed"]);

    expect(resend(ids.invitation)).toBe("resent");
    expect(status(ids.invitation)).toBe("pending");
    expect(resend(ids.invitation)).toBe("not-failed");
    const events = db().select().from(requestEvents).where(eq(requestEvents.type, "email_resent")).all();
    expect(events.map((e) => [e.portalId, e.data])).toEqual([[mvsep.id, { outboxId: ids.invitation }]]);
    expect(events.some((e) => e.portalId === deepen.id)).toBe(false);
  });
});
