import { eq, max, sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { closeDb, type Db, openAnother, rawRows, withTransaction } from "../../db/client";
import { engineFromEnv } from "../../db/engine";
import { emailAttempts, emailOutbox } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { startMailbox, type Mailbox } from "../../e2e/mailbox";
import { staffSignInEmail, verificationEmail } from "../../emails";
import { enqueueEmail } from "./outbox";
import { drainOutbox, type DrainOptions } from "./sender";
import { smtpTransport, type MailTransport } from "./transport";

const FULL_INBOX = "full@example.test";
const settings = { from: "Rightsdesk <no-reply@rightsdesk.test>", appUrl: "https://privacy.example.test", maxAttempts: 8 };
const t0 = new Date("2026-03-02T09:00:00Z");

/** A fresh database per test, on the project's engine (SQLite file or PostgreSQL database). */
const testDb = tempDbPerTest();
let db: Db;
let mailbox: Mailbox;
let transport: MailTransport;

beforeAll(async () => {
  mailbox = await startMailbox({ refuse: (address) => address === FULL_INBOX });
  transport = smtpTransport(mailbox.url);
});

afterAll(async () => {
  await mailbox.stop();
});

beforeEach(async () => {
  db = testDb();
  await withTransaction(db, async (tx) => {
    await tx.delete(emailOutbox);
  });
  mailbox.messages.length = 0;
});

async function queue(to: string, now = t0): Promise<number> {
  const props = { ...verificationEmail.preview, verifyUrl: `http://localhost:3000/p/acme/verify?token=${encodeURIComponent(to)}` };
  return (await withTransaction(db, (tx) => enqueueEmail(tx, { template: verificationEmail, props, to, language: "en", now })))!;
}

const drain = (options: Partial<DrainOptions> & { now: Date }) => drainOutbox({ db, transport, ...settings, ...options });
const row = async (id: number) => (await db.select().from(emailOutbox).where(eq(emailOutbox.id, id)))[0]!;
const attemptsOf = async (id: number) => db.select().from(emailAttempts).where(eq(emailAttempts.outboxId, id));
/** The moment every message waiting for a retry is due again. */
const allDue = async () => (await db.select({ at: max(emailOutbox.nextAttemptAt) }).from(emailOutbox).where(eq(emailOutbox.status, "pending")))[0]!.at!;
const received = (to: string) => mailbox.messages.filter((m) => m.to.includes(to));

describe("drainOutbox over SMTP", () => {
  it("marks every email as machine-sent and ours, and sends a threaded one from its thread's address, answering the message", async () => {
    const thread = { from: "info@deepen.example", replyTo: "info+r-0123456789abcdef0123456789abcdef@deepen.example", inReplyTo: "<m1@ann.example>", references: ["<m1@ann.example>"] };
    const props = { ...verificationEmail.preview, verifyUrl: "http://localhost:3000/p/deepen/verify?token=t" };
    const id = (await withTransaction(db, (tx) => enqueueEmail(tx, { template: verificationEmail, props, to: "ann@ann.example", language: "en", now: t0, thread })))!;
    await drain({ now: t0 });
    const [mail] = received("ann@ann.example");
    expect(mail!.parsed.from?.text).toBe("info@deepen.example");
    expect(mail!.parsed.replyTo?.text).toBe(thread.replyTo);
    expect(mail!.parsed.inReplyTo).toBe("<m1@ann.example>");
    expect(mail!.parsed.references).toBe("<m1@ann.example>");
    expect(mail!.parsed.headers.get("auto-submitted")).toBe("auto-generated");
    expect(mail!.parsed.headers.get("x-rightsdesk-outbox")).toBe(String(id));
  });

  it("delivers a queued email once, as rendered, with a Message-ID derived from the outbox row", async () => {
    const id = await queue("alice@example.test");
    const rendered = await row(id);

    expect(await drain({ now: t0 })).toEqual({ sent: 1, failed: 0, logged: 0, retried: 0, deferred: 0 });
    expect(await drain({ now: new Date(t0.getTime() + 60_000) })).toEqual({ sent: 0, failed: 0, logged: 0, retried: 0, deferred: 0 });

    const [mail, ...more] = received("alice@example.test");
    expect(more).toEqual([]);
    expect(mail!.subject).toBe(rendered.subject);
    expect(mail!.text.trim()).toBe(rendered.text.trim());
    expect(mail!.html.trim()).toBe(rendered.html.trim());
    expect(mail!.text).toContain("http://localhost:3000/p/acme/verify?token=alice%40example.test");
    expect(mail!.messageId).toBe(`<outbox-${id}@privacy.example.test>`);
    expect(mail!.parsed.from?.text).toBe('"Rightsdesk" <no-reply@rightsdesk.test>');
    expect(await row(id)).toMatchObject({ status: "sent", attempts: 1, sentAt: t0, lockedUntil: null });
    expect(await attemptsOf(id)).toMatchObject([{ ok: true, error: null, at: t0 }]);
  });

  it("SMTP down for an hour of simulated time, then up: everything is delivered once, oldest first, and no retry is spent", async () => {
    const outage = await startMailbox();
    const flaky = smtpTransport(outage.url);
    const ids: number[] = [];
    for (const to of ["a@example.test", "b@example.test", "c@example.test"]) ids.push(await queue(to));
    await outage.stop();

    // The server is gone for an hour; the sender tries every simulated minute, and mail keeps coming.
    for (let minute = 0; minute < 60; minute++) {
      const now = new Date(t0.getTime() + minute * 60_000);
      if (minute > 0 && minute % 10 === 0) ids.push(await queue(`late-${minute}@example.test`, now));
      expect(await drain({ now, transport: flaky })).toEqual({ sent: 0, failed: 0, logged: 0, retried: 0, deferred: 1 });
    }
    expect(await Promise.all(ids.map((id) => row(id)))).toMatchObject(ids.map(() => ({ status: "pending", attempts: 0 })));
    expect((await row(ids[0]!)).lastError).toMatch(/ECONNREFUSED/);
    expect(await attemptsOf(ids[0]!)).toHaveLength(60);

    const back = await startMailbox({ port: outage.port });
    try {
      const up = new Date(t0.getTime() + 60 * 60_000);
      expect(await drain({ now: up, transport: flaky })).toEqual({ sent: ids.length, failed: 0, logged: 0, retried: 0, deferred: 0 });
      expect(await drain({ now: new Date(up.getTime() + 3_600_000), transport: flaky })).toEqual({ sent: 0, failed: 0, logged: 0, retried: 0, deferred: 0 });
      expect(back.messages.map((m) => m.messageId)).toEqual(ids.map((id) => `<outbox-${id}@privacy.example.test>`));
      for (const id of ids) expect(await row(id)).toMatchObject({ status: "sent", attempts: 1 });
    } finally {
      await back.stop();
    }
  });

  it("gives up on a message after MAIL_MAX_ATTEMPTS failures, without holding up the others", async () => {
    const doomed = await queue(FULL_INBOX);
    const fine = await queue("bob@example.test");

    expect(await drain({ now: t0, maxAttempts: 3 })).toEqual({ sent: 1, failed: 0, logged: 0, retried: 1, deferred: 0 });
    expect(await drain({ now: await allDue(), maxAttempts: 3 })).toEqual({ sent: 0, failed: 0, logged: 0, retried: 1, deferred: 0 });
    const last = await allDue();
    expect(await drain({ now: last, maxAttempts: 3 })).toEqual({ sent: 0, failed: 1, logged: 0, retried: 0, deferred: 0 });
    expect(await drain({ now: new Date(last.getTime() + 86_400_000), maxAttempts: 3 })).toEqual({ sent: 0, failed: 0, logged: 0, retried: 0, deferred: 0 });

    expect(await row(doomed)).toMatchObject({ status: "failed", attempts: 3, sentAt: null, lastError: expect.stringContaining("450") });
    expect((await attemptsOf(doomed)).map((a) => a.ok)).toEqual([false, false, false]);
    expect(await row(fine)).toMatchObject({ status: "sent", attempts: 1 });
    expect(received(FULL_INBOX)).toEqual([]);
    expect(received("bob@example.test")).toHaveLength(1);
  });

  it("never sends a message twice when two drains run at once on separate connections", async () => {
    const recipients = Array.from({ length: 20 }, (_, i) => `user${i}@example.test`);
    const ids: number[] = [];
    for (const to of recipients) ids.push(await queue(to));
    const other = openAnother(db);
    try {
      const results = await Promise.all([drain({ now: t0 }), drain({ now: t0, db: other, transport: smtpTransport(mailbox.url) })]);
      expect(results[0].sent + results[1].sent).toBe(20);
      expect(results.every((r) => r.sent > 0)).toBe(true);
    } finally {
      await closeDb(other);
    }
    expect(mailbox.messages.map((m) => m.to[0]).sort()).toEqual([...recipients].sort());
    for (const id of ids) expect(await attemptsOf(id)).toHaveLength(1);
  });

  // PostgreSQL only: there two instances' claims run at once, and a row another sender is
  // claiming is skipped (FOR UPDATE SKIP LOCKED), not waited on. SQLite has one writer at a
  // time, so there a claim in progress holds up every other write (BEGIN IMMEDIATE) instead.
  it.runIf(engineFromEnv() === "postgres")("passes over a message another instance is claiming, without waiting, and takes it once that claim is undone", async () => {
    const [busy, ...free] = [await queue("held@example.test"), await queue("free1@example.test"), await queue("free2@example.test")];
    const other = openAnother(db);
    try {
      await withTransaction(other, async (tx) => {
        await rawRows(tx, sql`select id from email_outbox where id = ${busy} for update`);
        expect(await drain({ now: t0 })).toMatchObject({ sent: 2 });
        throw new Error("the other instance dies mid-claim");
      }).catch((e: Error) => expect(e.message).toBe("the other instance dies mid-claim"));
    } finally {
      await closeDb(other);
    }
    expect(await drain({ now: t0 })).toMatchObject({ sent: 1 });
    for (const id of [busy!, ...free]) expect(await attemptsOf(id)).toHaveLength(1);
    expect(mailbox.messages.map((m) => m.to[0]).sort()).toEqual(["free1@example.test", "free2@example.test", "held@example.test"]);
  });

  it("sends again, under the same Message-ID, a message whose sender crashed mid-send, once its claim lapses", async () => {
    const id = await queue("carol@example.test");
    const claimedUntil = new Date(t0.getTime() + 2 * 60_000);
    await withTransaction(db, async (tx) => {
      await tx.update(emailOutbox).set({ status: "sending", lockedUntil: claimedUntil }).where(eq(emailOutbox.id, id));
    });

    expect(await drain({ now: new Date(claimedUntil.getTime() - 1) })).toMatchObject({ sent: 0 });
    expect(await drain({ now: new Date(claimedUntil.getTime() + 1) })).toMatchObject({ sent: 1 });
    expect(received("carol@example.test").map((m) => m.messageId)).toEqual([`<outbox-${id}@privacy.example.test>`]);
  });
});

describe("drainOutbox with several messages in flight", () => {
  it("sends the first message alone, then a few at a time, each claimed once, handed over oldest first", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 12; i++) ids.push(await queue(`many${i}@example.test`));
    const handedOver: string[] = [];
    let inFlight = 0;
    const alongside: number[] = [];
    const slow: MailTransport = {
      async sendMail(mail) {
        handedOver.push(String(mail.messageId));
        alongside.push(inFlight++);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        return {};
      },
    };

    expect(await drain({ now: t0, transport: slow })).toEqual({ sent: 12, failed: 0, logged: 0, retried: 0, deferred: 0 });
    expect(handedOver).toEqual(ids.map((id) => `<outbox-${id}@privacy.example.test>`));
    expect(alongside[0]).toBe(0);
    expect(Math.max(...alongside)).toBeGreaterThan(0);
    expect(Math.max(...alongside)).toBeLessThan(4);
    for (const id of ids) expect(await attemptsOf(id)).toHaveLength(1);
  });

  it("over SMTP, the server receives them oldest first", async () => {
    const ids: number[] = [];
    for (let i = 0; i < 12; i++) ids.push(await queue(`order${i}@example.test`));
    expect(await drain({ now: t0 })).toMatchObject({ sent: 12 });
    expect(mailbox.messages.map((m) => m.messageId)).toEqual(ids.map((id) => `<outbox-${id}@privacy.example.test>`));
  });
});

describe("drainOutbox in embedded mode (no SMTP_URL)", () => {
  it("marks due messages logged and prints their subject, recipient and links", async () => {
    const id = await queue("dave@example.test");
    const printed: string[] = [];

    expect(await drainOutbox({ db, now: t0, log: (block) => printed.push(block) })).toEqual({ sent: 0, failed: 0, logged: 1, retried: 0, deferred: 0 });
    expect(await drainOutbox({ db, now: t0, log: (block) => printed.push(block) })).toMatchObject({ logged: 0 });

    const logged = await row(id);
    expect(logged).toMatchObject({ status: "logged", attempts: 0, sentAt: null, lockedUntil: null });
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain(logged.subject);
    expect(printed[0]).toContain("dave@example.test");
    expect(printed[0]).toContain("http://localhost:3000/p/acme/verify?token=dave%40example.test");
    expect(mailbox.messages).toEqual([]);
  });

  describe("staff sign-in links", () => {
    const confirmUrl = "http://localhost:3000/staff/sign-in/confirm?callback=secret-callback";
    afterEach(() => vi.unstubAllEnvs());

    async function printedFor(options: { production?: boolean }) {
      const requester = await queue("erin@example.test");
      await withTransaction(db, (tx) => enqueueEmail(tx, { template: staffSignInEmail, props: { confirmUrl, expiresInMinutes: 15 }, to: "staff@example.test", language: "en", now: t0 }));
      // Read before the drain: a delivered message keeps no body.
      const requesterLink = (await row(requester)).text.match(/https?:\/\/\S+verify\S+/)![0];
      const printed: string[] = [];
      await drainOutbox({ db, now: t0, log: (block) => printed.push(block), ...options });
      return { printed: printed.join("\n"), requesterLink };
    }

    it("are never printed with NODE_ENV=production; requester links still are", async () => {
      vi.stubEnv("NODE_ENV", "production");
      const { printed, requesterLink } = await printedFor({});
      expect(printed).toContain(requesterLink);
      expect(printed).toContain('"Sign in to Rightsdesk" to staff@example.test');
      expect(printed).toContain("staff sign-in link not printed in production");
      expect(printed).not.toContain("secret-callback");
      expect(printed).not.toContain("/staff/sign-in/confirm");
    });

    it("are printed in development, where the console is the developer's own", async () => {
      const { printed } = await printedFor({ production: false });
      expect(printed).toContain(confirmUrl);
    });
  });
});
