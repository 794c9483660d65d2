import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { engineOf, rawRun, withTransaction, type Db } from "../../db/client";
import { emailOutbox, requestEvents } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { listFailedMessages } from "../../db/views/outbox";
import { staffInvitationEmail, staffSignInEmail } from "../../emails";
import { dailyDigestEmail } from "../../emails/daily-digest";
import { insertWebhookEndpoint } from "../../db/queries/webhook-endpoints";
import { addStaff, openRequest, portal } from "../scheduler/test-fixtures";
import { PASSWORD_FAILURES, recordPasswordFailure } from "../staff/sign-in-limits";
import { disableEndpoint } from "../webhooks/disable";
import { enqueueEmail } from "./outbox";
import { outboxMessageFromForm, resendFailedMessage } from "./resend-failed";

const db = tempDbPerTest();

/** A trigger that makes every new audit entry fail, in each engine's syntax. */
async function refuseAuditEntries(d: Db) {
  await withTransaction(d, async (tx) => {
    if (engineOf(d) === "sqlite") {
      await rawRun(tx, sql.raw("create trigger refuse_events before insert on request_events begin select raise(abort, 'audit chain unavailable'); end"));
      return;
    }
    await rawRun(tx, sql.raw("create function refuse_events() returns trigger language plpgsql as $$ begin raise exception 'audit chain unavailable'; end $$"));
    await rawRun(tx, sql.raw("create trigger refuse_events before insert on request_events for each row execute function refuse_events()"));
  });
}

/** An error's message and its causes' messages. */
function messagesOf(error: unknown): string[] {
  const out: string[] = [];
  for (let e = error; e instanceof Error; e = e.cause) out.push(e.message);
  return out;
}

async function allowAuditEntries(d: Db) {
  await withTransaction(d, async (tx) => {
    if (engineOf(d) === "sqlite") return rawRun(tx, sql.raw("drop trigger if exists refuse_events"));
    await rawRun(tx, sql.raw("drop trigger if exists refuse_events on request_events"));
    await rawRun(tx, sql.raw("drop function if exists refuse_events()"));
  });
}
const now = new Date("2026-03-02T09:00:00Z");

const fail = (d: Db, id: number) =>
  withTransaction(d, async (tx) => {
    await tx.update(emailOutbox).set({ status: "failed", attempts: 8, lastError: "550 no such user" }).where(eq(emailOutbox.id, id));
  });

/** One failed message of each kind: requester mail of mvsep and deepen, an mvsep invitation, a sign-in link and a digest. */
async function failedMail(d: Db) {
  const agent = await addStaff(d, "mvsep", "agent");
  const mvsep = await openRequest(d, { slug: "mvsep", type: "access", receivedAt: now, by: agent.id });
  const deepen = await openRequest(d, { slug: "deepen", type: "deletion", receivedAt: now, by: (await addStaff(d, "deepen", "agent")).id });
  const requesterMail = async (requestId: number) => (await d.select({ id: emailOutbox.id }).from(emailOutbox).where(eq(emailOutbox.requestId, requestId)).limit(1))[0]!.id;
  const ids = {
    mvsepRequester: await requesterMail(mvsep.id),
    deepenRequester: await requesterMail(deepen.id),
    ...(await withTransaction(d, async (tx) => ({
      invitation: (await enqueueEmail(tx, { template: staffInvitationEmail, props: staffInvitationEmail.preview, to: "new@example.test", language: "en", portalId: mvsep.portal.id, now }))!,
      signIn: (await enqueueEmail(tx, { template: staffSignInEmail, props: staffSignInEmail.preview, to: agent.email!, language: "en", now }))!,
      digest: (await enqueueEmail(tx, { template: dailyDigestEmail, props: dailyDigestEmail.preview, to: agent.email!, language: "en", now }))!,
    }))),
  };
  for (const id of Object.values(ids)) await fail(d, id);
  return { ids, mvsep: mvsep.portal, deepen: deepen.portal };
}

describe("the outbox page's failed messages, by portal", () => {
  it("records each message's portal: the request's for requester mail, the invitation's portal, none for sign-in links and digests", async () => {
    const { ids, mvsep, deepen } = await failedMail(db());
    const portalOf = async (id: number) => (await db().select({ portalId: emailOutbox.portalId }).from(emailOutbox).where(eq(emailOutbox.id, id)))[0]!.portalId;
    expect(await portalOf(ids.mvsepRequester)).toBe(mvsep.id);
    expect(await portalOf(ids.deepenRequester)).toBe(deepen.id);
    expect(await portalOf(ids.invitation)).toBe(mvsep.id);
    expect(await portalOf(ids.signIn)).toBeNull();
    expect(await portalOf(ids.digest)).toBeNull();
  });

  // Staff mail added since the finding, from its real producers: a webhook endpoint's admins are told of
  // its portal only; a sign-in lockout names no portal (the member may work in several) and is shown to nobody.
  it("records a disabled webhook's email under its portal, and a sign-in lockout's under none", async () => {
    const admin = await addStaff(db(), "deepen", "admin");
    const deepen = await portal(db(), "deepen");
    const endpoint = await withTransaction(db(), (tx) => insertWebhookEndpoint(tx, { portalId: deepen.id, url: "https://hooks.example.test/in", events: ["request.created"], secret: "sealed", now }));
    await withTransaction(db(), (tx) => disableEndpoint(tx, { endpoint, reason: "410 Gone", now, appUrl: "http://localhost:3000" }));
    for (let i = 0; i < PASSWORD_FAILURES.limit; i++) await recordPasswordFailure(db(), { email: admin.email!, user: admin, now });
    const rows = await db().select({ template: emailOutbox.template, portalId: emailOutbox.portalId }).from(emailOutbox).where(eq(emailOutbox.to, admin.email!)).orderBy(emailOutbox.id);
    expect(rows).toEqual([
      { template: "webhook-endpoint-disabled", portalId: deepen.id },
      { template: "staff-sign-in-lockout", portalId: null },
    ]);
  });

  it("lists to an admin of mvsep only mvsep's messages: not deepen's, not a sign-in link, not a digest", async () => {
    const { ids, mvsep, deepen } = await failedMail(db());
    expect((await listFailedMessages(db(), { portalIds: [mvsep.id] })).map((m) => m.id)).toEqual([ids.invitation, ids.mvsepRequester]);
    expect((await listFailedMessages(db(), { portalIds: [deepen.id] })).map((m) => m.id)).toEqual([ids.deepenRequester]);
    expect(await listFailedMessages(db(), { portalIds: [] })).toEqual([]);
  });

  it("resends a message of the admin's portal, recording it in that portal's chain; another portal's, or no portal's, is not found and stays failed", async () => {
    const { ids, mvsep, deepen } = await failedMail(db());
    const admin = await addStaff(db(), "mvsep", "admin");
    const resend = (id: number) => resendFailedMessage(db(), { id, userId: admin.id, adminOf: [mvsep.id], now });
    const status = async (id: number) => (await db().select({ status: emailOutbox.status }).from(emailOutbox).where(eq(emailOutbox.id, id)))[0]!.status;

    expect(await resend(ids.deepenRequester)).toBe("not-found");
    expect(await resend(ids.signIn)).toBe("not-found");
    expect(await resend(ids.digest)).toBe("not-found");
    expect(await resend(999_999)).toBe("not-found");
    expect(await Promise.all([ids.deepenRequester, ids.signIn, ids.digest].map(status))).toEqual(["failed", "failed", "failed"]);

    expect(await resend(ids.invitation)).toBe("resent");
    expect(await status(ids.invitation)).toBe("pending");
    expect(await resend(ids.invitation)).toBe("not-failed");
    const events = await db().select().from(requestEvents).where(eq(requestEvents.type, "email_resent"));
    expect(events.map((e) => [e.portalId, e.data])).toEqual([[mvsep.id, { outboxId: ids.invitation }]]);
    expect(events.some((e) => e.portalId === deepen.id)).toBe(false);
  });

  it("puts nothing back in the queue when the audit entry cannot be written: the requeue and its entry commit together", async () => {
    const { ids, mvsep } = await failedMail(db());
    const admin = await addStaff(db(), "mvsep", "admin");
    const status = async (id: number) => (await db().select({ status: emailOutbox.status }).from(emailOutbox).where(eq(emailOutbox.id, id)))[0]!.status;
    // The audit chain refuses every new entry (a trigger stands in for a failing write).
    await refuseAuditEntries(db());
    try {
      // drizzle wraps node-postgres's error ("Failed query: …"), with the trigger's message as its cause.
      const error = await resendFailedMessage(db(), { id: ids.invitation, userId: admin.id, adminOf: [mvsep.id], now }).then(() => undefined, (e: unknown) => e);
      expect(messagesOf(error)).toContainEqual(expect.stringContaining("audit chain unavailable"));
      expect(await status(ids.invitation)).toBe("failed");
    } finally {
      // On PostgreSQL the file's tests share one database (emptied, not recreated): the trigger must not outlive this test.
      await allowAuditEntries(db());
    }
  });

  it("names, as the resend action's target, a message under its own portal, and nothing for mail of no portal or an id that is none", async () => {
    const { ids, mvsep, deepen } = await failedMail(db());
    const form = (id: string) => {
      const f = new FormData();
      f.set("id", id);
      return f;
    };
    expect(await outboxMessageFromForm(form(String(ids.mvsepRequester)), db())).toEqual({ id: ids.mvsepRequester, portalId: mvsep.id });
    expect(await outboxMessageFromForm(form(String(ids.deepenRequester)), db())).toEqual({ id: ids.deepenRequester, portalId: deepen.id });
    expect(await outboxMessageFromForm(form(String(ids.signIn)), db())).toBeUndefined();
    expect(await outboxMessageFromForm(form(String(ids.digest)), db())).toBeUndefined();
    for (const junk of ["", "abc", "1.5", "999999"]) expect(await outboxMessageFromForm(form(junk), db())).toBeUndefined();
  });
});
