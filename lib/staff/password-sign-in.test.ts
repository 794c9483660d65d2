import { beforeEach, describe, expect, it } from "vitest";
import { getPortalBySlug } from "../../db/queries/portals";
import { insertUser, setMembership } from "../../db/queries/staff";
import { withTransaction } from "../../db/client";
import { emailOutbox, signInThrottles } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { hashPassword, scryptKdf, verifyPassword, type Kdf } from "../password";
import { SemaphoreFull } from "../semaphore";
import { signInWithPassword } from "./password-sign-in";

const db = tempDbPerTest();
const t0 = new Date("2026-11-29T09:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);
let client = 0;
/** A fresh client address per test: the per-client counters live in module memory. */
const nextClient = () => `192.0.2.${++client}`;

async function member(email: string, passwordHash?: string) {
  await seedDemoPortals(db());
  const portal = (await getPortalBySlug(db(), { slug: "moserra" }))!;
  return withTransaction(db(), async (tx) => {
    const user = await insertUser(tx, { email, passwordHash });
    await setMembership(tx, { userId: user.id, portalId: portal.id, role: "agent" });
    return user;
  });
}

/** Stands in for scrypt where the test is about the limits: "hash:<password>" matches <password>. */
function fakeVerify() {
  const seen: (string | null | undefined)[] = [];
  const verify = async (password: string, stored: string | null | undefined) => {
    seen.push(stored);
    return stored === `hash:${password}`;
  };
  return { verify, seen };
}

const outbox = () => db().select({ to: emailOutbox.to, template: emailOutbox.template, text: emailOutbox.text }).from(emailOutbox);

describe("password sign-in: constant work", () => {
  it("runs one full scrypt for an unknown address, a member without a password and a member with one", async () => {
    await member("no-password@rightsdesk.test");
    await member("has-password@rightsdesk.test", await hashPassword("right one"));
    for (const email of ["nobody@rightsdesk.test", "no-password@rightsdesk.test", "has-password@rightsdesk.test"]) {
      const calls: number[] = [];
      const kdf: Kdf = (password, salt, options) => {
        calls.push(options.N ?? 0);
        return scryptKdf(password, salt, options);
      };
      const verify = (password: string, stored: string | null | undefined) => verifyPassword(password, stored, kdf);
      const outcome = await signInWithPassword({ db: db(), email, password: "wrong one", client: nextClient(), now: t0, verify });
      expect(outcome).toEqual({ kind: "wrong" });
      expect(calls).toEqual([32768]);
    }
  });
});

describe("password sign-in: limits", () => {
  let ip: string;
  beforeEach(() => {
    ip = nextClient();
  });

  it("signs in with the right password, matching the address however it is typed", async () => {
    const user = await member("ann@rightsdesk.test", "hash:right");
    const { verify } = fakeVerify();
    expect(await signInWithPassword({ db: db(), email: " Ann@RightsDesk.test ", password: "right", client: ip, now: t0, verify })).toEqual({ kind: "ok", user });
  });

  it("five wrong passwords pause the address: the right one is then refused without hashing, and the member is emailed once", async () => {
    await member("ann@rightsdesk.test", "hash:right");
    const { verify, seen } = fakeVerify();
    const attempt = (password: string, now: Date) => signInWithPassword({ db: db(), email: "ann@rightsdesk.test", password, client: ip, now, verify });
    const wrong = [];
    for (let i = 0; i < 5; i++) wrong.push(await attempt("wrong", at(i)));
    expect(wrong).toEqual([...Array(4).fill({ kind: "wrong" }), { kind: "limited", retryAfterSeconds: 300 }]);
    // Locked at 09:04 for five minutes: until 09:09.
    expect(await attempt("right", at(6))).toEqual({ kind: "limited", retryAfterSeconds: 180 });
    expect(await attempt("wrong", at(7))).toEqual({ kind: "limited", retryAfterSeconds: 120 });
    expect(seen).toHaveLength(5);

    const mails = await outbox();
    expect(mails).toEqual([expect.objectContaining({ to: "ann@rightsdesk.test", template: "staff-sign-in-lockout" })]);
    expect(mails[0]!.text).toContain("5 sign-in attempts with a wrong password for ann@rightsdesk.test");
    expect(mails[0]!.text).toContain("paused until 2026-11-29 09:09 UTC");

    expect(await attempt("right", at(9))).toEqual(expect.objectContaining({ kind: "ok" }));
    expect(await db().select().from(signInThrottles)).toEqual([]);
  });

  it("a second lockout in a row lasts twice as long and sends a second email", async () => {
    await member("ann@rightsdesk.test", "hash:right");
    const { verify } = fakeVerify();
    const attempt = (now: Date) => signInWithPassword({ db: db(), email: "ann@rightsdesk.test", password: "wrong", client: ip, now, verify });
    for (let i = 0; i < 5; i++) await attempt(at(i));
    for (let i = 0; i < 4; i++) await attempt(at(10 + i));
    expect(await attempt(at(14))).toEqual({ kind: "limited", retryAfterSeconds: 600 });
    expect((await outbox()).map((m) => m.text.match(/paused until ([\d-]+ [\d:]+ UTC)/)![1])).toEqual(["2026-11-29 09:09 UTC", "2026-11-29 09:24 UTC"]);
  });

  it("an address with no account is paused just the same, and nobody is emailed", async () => {
    const { verify, seen } = fakeVerify();
    const attempt = (now: Date) => signInWithPassword({ db: db(), email: "nobody@rightsdesk.test", password: "guess", client: ip, now, verify });
    const outcomes = [];
    for (let i = 0; i < 6; i++) outcomes.push(await attempt(at(i)));
    expect(outcomes).toEqual([...Array(4).fill({ kind: "wrong" }), { kind: "limited", retryAfterSeconds: 300 }, { kind: "limited", retryAfterSeconds: 240 }]);
    expect(seen).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(await outbox()).toEqual([]);
  });

  it("one client gets 30 attempts in 15 minutes, whatever the addresses, then waits", async () => {
    const { verify } = fakeVerify();
    const attempt = (i: number) => signInWithPassword({ db: db(), email: `guess-${i}@rightsdesk.test`, password: "guess", client: ip, now: t0, verify });
    for (let i = 0; i < 30; i++) expect(await attempt(i)).toEqual({ kind: "wrong" });
    expect(await attempt(30)).toEqual({ kind: "limited", retryAfterSeconds: 900 });
    expect(await signInWithPassword({ db: db(), email: "guess-30@rightsdesk.test", password: "guess", client: nextClient(), now: t0, verify })).toEqual({ kind: "wrong" });
  });

  it("when every hashing slot is taken, the attempt is refused as limited and counts as no failure", async () => {
    const busy = async () => {
      throw new SemaphoreFull();
    };
    expect(await signInWithPassword({ db: db(), email: "ann@rightsdesk.test", password: "x", client: ip, now: t0, verify: busy })).toEqual({ kind: "limited", retryAfterSeconds: 60 });
    expect(await db().select().from(signInThrottles)).toEqual([]);
  });
});
