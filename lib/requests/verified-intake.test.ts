import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { closeDb, openAnother } from "../../db/client";
import { getPortalBySlug } from "../../db/queries/portals";
import { emailOutbox, requestEvents, requests, type Portal } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import type { ApiKeyPrincipal } from "../api-keys/authenticate";
import { createApiKey } from "../api-keys/manage";
import { computeRequestDeadline, deadlinePolicy } from "./deadline";
import { IDEMPOTENCY_MS, receiveVerifiedSubmission } from "./verified-intake";

const db = tempDbPerTest();
const NOW = new Date("2026-03-02T08:00:00Z");
let mvsep: Portal;
let key: ApiKeyPrincipal;

beforeEach(async () => {
  await seedDemoPortals(db());
  mvsep = (await getPortalBySlug(db(), { slug: "mvsep" }))!;
  const created = await createApiKey(db(), { portalId: mvsep.id, name: "profile backend", scopes: ["requests:create"], expiresInDays: null, by: null, now: NOW });
  key = { id: created.id, portalId: mvsep.id, scopes: ["requests:create"], name: "profile backend" };
});

const body = (more: Record<string, unknown> = {}) => ({ type: "deletion", email: "Ann@Example.com", name: "Ann", identity: { verifiedBy: "operator", accountId: "u-42" }, ...more });
const file = (b: Record<string, unknown>, options: { idempotencyKey?: string | null; now?: Date; database?: ReturnType<typeof db> } = {}) =>
  receiveVerifiedSubmission(options.database ?? db(), { portal: mvsep, key, body: b, rawBody: JSON.stringify(b), idempotencyKey: options.idempotencyKey ?? null, acceptLanguage: null, now: options.now ?? NOW, appUrl: "http://localhost:3000" });

describe("a request the operator vouches for", () => {
  it("opens at once with the portal's deadline: no verification email, the acknowledgement queued, the key named in the trail", async () => {
    const answer = await file(body());
    expect(answer).toMatchObject({ outcome: "answer", status: 201, replayed: false });
    const { id, status, dueDate, dueAt } = (answer as { body: { id: string; status: string; dueDate: string; dueAt: string } }).body;
    const expected = computeRequestDeadline(deadlinePolicy(mvsep, { type: "deletion", receivedAt: NOW, verifiedAt: NOW }), "deletion");
    expect({ status, dueDate, dueAt }).toEqual({ status: "open", dueDate: expected.dueDate, dueAt: expected.dueAt.toISOString() });
    const [request] = await db().select().from(requests).where(eq(requests.reference, id));
    expect(request).toMatchObject({ status: "open", channel: "api", email: "ann@example.com", accountId: "u-42", verifiedAt: NOW });
    const mails = await db().select({ template: emailOutbox.template }).from(emailOutbox).where(eq(emailOutbox.requestId, request!.id));
    expect(mails.map((m) => m.template)).toEqual(["acknowledgement"]);
    const events = await db().select({ type: requestEvents.type, actor: requestEvents.actor }).from(requestEvents).where(eq(requestEvents.requestId, request!.id));
    expect(events).toEqual([
      { type: "submitted", actor: `api-key:${key.id}:profile backend` },
      { type: "verified", actor: `api-key:${key.id}:profile backend` },
    ]);
  });

  it("acknowledges without thanking the requester for confirming an address they never confirmed, and names the operator's contact", async () => {
    const answer = await file(body());
    const [request] = await db().select().from(requests).where(eq(requests.reference, (answer as { body: { id: string } }).body.id));
    const [mail] = await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, request!.id));
    expect(mail!.text).toContain(`${mvsep.name} has received the request you made through its service and recorded it under the reference below.`);
    expect(mail!.text).not.toContain("confirming your email address");
    expect(mail!.text).toContain(`write to ${mvsep.contactEmail}.`);
  });

  it("refuses an identity that is not the operator's word, and an account id that contradicts it", async () => {
    expect(await file(body({ identity: { verifiedBy: "email", accountId: "u-42" } }))).toMatchObject({ outcome: "invalid", identity: [expect.stringContaining("identity.verifiedBy")] });
    expect(await file(body({ identity: { verifiedBy: "operator" } }))).toMatchObject({ outcome: "invalid", identity: [expect.stringContaining("identity.accountId")] });
    expect(await file(body({ accountId: "u-7" }))).toMatchObject({ outcome: "invalid", identity: [expect.stringContaining("same as accountId")] });
    expect(await file(body({ email: "not an address" }))).toMatchObject({ outcome: "invalid", fieldErrors: { email: ["emailInvalid"] } });
    expect(await db().$count(requests)).toBe(0);
  });
});

describe("possible duplicates (issue 9)", () => {
  it("a second deletion the operator vouches for, from the same account under another address, is flagged as a possible duplicate of the first", async () => {
    const first = (await file(body())) as { body: { id: string } };
    const second = (await file(body({ email: "ann.new@example.com" }), { now: new Date(NOW.getTime() + 86_400_000) })) as { body: { id: string } };
    const [earlier] = await db().select().from(requests).where(eq(requests.reference, first.body.id));
    const [later] = await db().select().from(requests).where(eq(requests.reference, second.body.id));
    expect(later).toMatchObject({ channel: "api", duplicateOf: earlier!.id, duplicateState: "flagged" });
  });
});

describe("Idempotency-Key", () => {
  it("replays the first answer to a retry for 24 hours and files nothing more; another body under the key is refused", async () => {
    const first = await file(body(), { idempotencyKey: "k-1" });
    const retry = await file(body(), { idempotencyKey: "k-1", now: new Date(NOW.getTime() + 60_000) });
    expect(retry).toEqual({ ...first, replayed: true });
    expect(await file(body({ name: "Bob" }), { idempotencyKey: "k-1" })).toEqual({ outcome: "key-reused" });
    expect(await db().$count(requests)).toBe(1);
    const dayLater = await file(body(), { idempotencyKey: "k-1", now: new Date(NOW.getTime() + IDEMPOTENCY_MS + 1) });
    expect(dayLater).toMatchObject({ outcome: "answer", status: 201, replayed: false });
    expect(await db().$count(requests)).toBe(2);
  });

  it("two retries at the same moment, on two connections, file one request and get the same answer", async () => {
    const other = openAnother(db());
    try {
      const answers = await Promise.all([file(body(), { idempotencyKey: "k-race" }), file(body(), { idempotencyKey: "k-race", database: other })]);
      expect(await db().$count(requests)).toBe(1);
      expect(answers.map((a) => (a as { body: { id: string } }).body.id)).toEqual([(answers[0] as { body: { id: string } }).body.id, (answers[0] as { body: { id: string } }).body.id]);
    } finally {
      await closeDb(other);
    }
  });
});
