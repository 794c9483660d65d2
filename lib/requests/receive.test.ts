import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { getPortalBySlug } from "../../db/queries/portals";
import { emailOutbox, requests } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import type { Portal } from "../../db/schema";
import { formStamp } from "../form-stamp";
import { PER_ADDRESS, receiveSubmission, type SubmissionChannel } from "./receive";

const db = tempDbPerTest();
const t0 = new Date("2026-01-12T09:00:00Z");
const config = { APP_URL: "http://localhost:3000", AUTH_SECRET: "s".repeat(32), FORM_MIN_FILL_MS: 2000, RATE_LIMIT_PER_HOUR: 3 };

// The limits are counted in the process's memory and outlive each test's database: every test
// takes clients and addresses of its own.
let n = 0;
const fresh = (what: string) => `${what}-${++n}-${Math.random().toString(36).slice(2)}`;

let portal: Portal;
let kick: ReturnType<typeof vi.fn<() => void>>;
beforeEach(async () => {
  await seedDemoPortals(db());
  portal = (await getPortalBySlug(db(), { slug: "mvsep" }))!;
  kick = vi.fn<() => void>();
});

/** A form as a person sends it: filled in ten seconds after it was shown. */
function form(email: string, extra: Record<string, string> = {}): Record<string, string> {
  return { type: "access", email, name: "Ann", language: "en", stamp: formStamp(new Date(t0.getTime() - 10_000), config.AUTH_SECRET), ...extra };
}

function receive(channel: SubmissionChannel, body: Record<string, unknown>, { client = fresh("client"), now = t0 }: { client?: string; now?: Date } = {}) {
  return receiveSubmission(db(), { channel, portal, body, client, acceptLanguage: null, now }, { config, kick });
}

const stored = async () => db().select().from(requests);

describe("receiveSubmission", () => {
  it("stores a valid web request, queues its verification email, kicks the mail worker once, and answers with the stored reference", async () => {
    const email = `${fresh("ann")}@example.com`;
    const received = await receive("web", form(email));
    expect(received).toEqual({ outcome: "submitted", language: "en", reference: expect.stringMatching(/^[A-Z]+-[0-9A-Z]{4}-[0-9A-Z]{4}$/) });
    const [request] = await stored();
    expect(request).toMatchObject({ reference: received.outcome === "submitted" && received.reference, email, channel: "web", status: "submitted" });
    const mail = await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, request!.id));
    expect(mail.map((m) => m.template)).toEqual(["verification"]);
    expect(kick).toHaveBeenCalledTimes(1);
  });

  it("takes the API's JSON the same way, without a name or a form stamp, as channel api", async () => {
    const received = await receive("api", { type: "access", email: `${fresh("api")}@example.com` });
    expect(received.outcome === "submitted" && received.reference).toMatch(/-/);
    expect((await stored()).map((r) => [r.reference, r.channel])).toEqual([[received.outcome === "submitted" && received.reference, "api"]]);
    expect(kick).toHaveBeenCalledTimes(1);
  });

  it.each(["web", "api"] as const)("answers a tripped honeypot (%s) as submitted, without a reference, storing, sending and counting nothing", async (channel) => {
    const client = fresh("bot");
    const email = `${fresh("bot")}@example.com`;
    const body = channel === "web" ? form(email, { website: "http://spam.example" }) : { type: "access", email, website: "http://spam.example" };
    for (let i = 0; i < config.RATE_LIMIT_PER_HOUR + 1; i++) expect(await receive(channel, body, { client })).toEqual({ outcome: "submitted", language: "en" });
    expect(await stored()).toEqual([]);
    expect(await db().select().from(emailOutbox)).toEqual([]);
    expect(kick).not.toHaveBeenCalled();
    // The bot's posts spent none of the client's allowance.
    const real = channel === "web" ? form(email) : { type: "access", email };
    expect((await receive(channel, real, { client })).outcome).toBe("submitted");
    expect(await stored()).toHaveLength(1);
  });

  it("returns field errors for an invalid body, storing nothing and spending no allowance", async () => {
    const client = fresh("client");
    for (let i = 0; i < config.RATE_LIMIT_PER_HOUR + 1; i++) {
      expect(await receive("api", { type: "access", email: "not an address" }, { client })).toEqual({ outcome: "invalid", fieldErrors: { email: ["emailInvalid"] } });
    }
    expect(await stored()).toEqual([]);
    expect((await receive("api", { type: "access", email: `${fresh("ok")}@example.com` }, { client })).outcome).toBe("submitted");
  });

  it("refuses a web form sent faster than a person fills it, with a fresh stamp, storing nothing", async () => {
    const received = await receive("web", form(`${fresh("fast")}@example.com`, { stamp: formStamp(new Date(t0.getTime() - 500), config.AUTH_SECRET) }));
    expect(received).toEqual({ outcome: "too-fast", stamp: formStamp(t0, config.AUTH_SECRET) });
    expect(await stored()).toEqual([]);
    expect(kick).not.toHaveBeenCalled();
  });

  it("limits each client per channel and hour: past RATE_LIMIT_PER_HOUR it is told how long to wait, and nothing is stored", async () => {
    const client = fresh("client");
    for (let i = 0; i < config.RATE_LIMIT_PER_HOUR; i++) {
      expect((await receive("api", { type: "access", email: `${fresh("a")}@example.com` }, { client })).outcome).toBe("submitted");
    }
    const later = new Date(t0.getTime() + 20 * 60_000);
    expect(await receive("api", { type: "access", email: `${fresh("a")}@example.com` }, { client, now: later })).toEqual({ outcome: "rate-limited", retryAfterSeconds: 40 * 60 });
    expect(await stored()).toHaveLength(config.RATE_LIMIT_PER_HOUR);
    // The web form's allowance is counted apart.
    expect((await receive("web", form(`${fresh("w")}@example.com`), { client, now: later })).outcome).toBe("submitted");
    // A new hour, a new allowance.
    expect((await receive("api", { type: "access", email: `${fresh("a")}@example.com` }, { client, now: new Date(t0.getTime() + 60 * 60_000) })).outcome).toBe("submitted");
  });

  it.each(["web", "api"] as const)("sends a flooded address (%s) no more email and no reference: the answer is 'submitted' without one", async (channel) => {
    const email = `${fresh("victim")}@example.com`;
    const body = () => (channel === "web" ? form(email) : { type: "access", email });
    const references: (string | undefined)[] = [];
    for (let i = 0; i < PER_ADDRESS.limit; i++) {
      const received = await receive(channel, body());
      references.push(received.outcome === "submitted" ? received.reference : "not submitted");
    }
    const flooded = await receive(channel, body());
    expect(flooded).toEqual({ outcome: "submitted", language: "en" });
    expect("reference" in flooded).toBe(false);
    const rows = await stored();
    expect(rows).toHaveLength(PER_ADDRESS.limit);
    expect(rows.map((r) => r.reference).sort()).toEqual([...references].sort());
    expect(await db().select().from(emailOutbox)).toHaveLength(PER_ADDRESS.limit);
    expect(kick).toHaveBeenCalledTimes(PER_ADDRESS.limit);
  });
});
