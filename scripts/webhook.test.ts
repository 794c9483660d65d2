import { spawnSync } from "node:child_process";
import { eq } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { databaseEnv, withTransaction } from "../db/client";
import { getPortalBySlug } from "../db/queries/portals";
import { requestEvents, webhookEndpoints } from "../db/schema";
import { seedDemoPortals } from "../db/seed-portals";
import { tempDbPerTest } from "../db/testing";
import { drainWebhooks } from "../lib/webhooks/deliver";
import { queueWebhookEvent } from "../lib/webhooks/queue";
import { startReceiver } from "../lib/webhooks/test-receiver";

const AUTH_SECRET = "x".repeat(32);

describe("npm run -s webhook -- add", () => {
  const db = tempDbPerTest();
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  beforeEach(async () => {
    await seedDemoPortals(db());
    receiver = await startReceiver();
  });
  afterEach(() => receiver.close());

  /** Runs the script as `npm run -s webhook --` does, on the test's database. */
  function webhook(args: string[], { allowPrivate = true } = {}) {
    const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/webhook.ts", ...args], {
      encoding: "utf8",
      env: { ...process.env, ...databaseEnv(db()), AUTH_SECRET, WEBHOOK_ALLOW_PRIVATE: allowPrivate ? "1" : "" },
    });
    return { code: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  it("adds an endpoint and prints its id and secret as JSON; the secret verifies what is sent", async () => {
    const r = webhook(["add", "--portal", "mvsep", "--url", receiver.url, "--event", "request.verified", "--event", "request.completed", "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as { id: number; secret: string };
    expect(Object.keys(printed)).toEqual(["id", "secret"]);
    expect(printed.secret).toMatch(/^whsec_/);

    const [row] = await db().select().from(webhookEndpoints);
    const portal = (await getPortalBySlug(db(), { slug: "mvsep" }))!;
    expect(row).toMatchObject({ id: printed.id, portalId: portal.id, url: receiver.url, events: ["request.verified", "request.completed"], enabled: true });
    expect(row!.secret).not.toContain(printed.secret.slice(6));
    const audit = await db().select().from(requestEvents).where(eq(requestEvents.type, "webhook_endpoint_added"));
    expect(audit).toEqual([expect.objectContaining({ portalId: portal.id, actor: "cli", data: { endpointId: printed.id, url: receiver.url, events: ["request.verified", "request.completed"] } })]);

    const now = new Date();
    await withTransaction(db(), (tx) => queueWebhookEvent(tx, { portalId: portal.id, type: "request.verified", data: { reference: "MV-1" }, now }));
    await drainWebhooks({ db: db(), now, allowPrivate: true, authSecret: AUTH_SECRET, appUrl: "https://rightsdesk.test" });
    const [got] = receiver.received;
    expect(new Webhook(printed.secret).verify(got!.body, got!.headers as Record<string, string>)).toMatchObject({ type: "request.verified" });
  });

  it("prints the secret for people without --json", () => {
    const r = webhook(["add", "--portal", "mvsep", "--url", receiver.url, "--event", "request.verified"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Added webhook endpoint 1 to mvsep: ${receiver.url}\nEvents: request.verified\nSigning secret \\(shown only now, keep it\\): whsec_\\S+\n$`));
  });

  it.each([
    [["add", "--portal", "nope", "--url", "https://example.com/", "--event", "request.verified"], 'webhook: no portal "nope"\n'],
    [
      ["add", "--portal", "mvsep", "--url", "https://example.com/", "--event", "request.deleted"],
      'webhook: unknown event type "request.deleted"; valid types: request.submitted, request.verified, request.due_soon, request.overdue, request.clarification_answered, request.withdrawn, request.completed, request.rejected, retention.expiring\n',
    ],
    [["add", "--portal", "mvsep", "--url", "ftp://example.com/", "--event", "request.verified"], "webhook: The URL must be an http(s) URL, not ftp.\n"],
    [["add", "--portal", "mvsep", "--event", "request.verified"], "webhook: --url is required\nusage: npm run -s webhook -- add --portal <slug> --url <url> --event <type> [--event <type> …] [--json]\n"],
    [["remove", "1"], 'webhook: unknown command "remove"\nusage: npm run -s webhook -- add --portal <slug> --url <url> --event <type> [--event <type> …] [--json]\n'],
  ])("refuses %j with exit 1 and says why", async (args, message) => {
    const r = webhook(args);
    expect(r.stderr).toBe(message);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    expect(await db().select().from(webhookEndpoints)).toEqual([]);
  });

  it("refuses a private address unless WEBHOOK_ALLOW_PRIVATE=1", () => {
    const r = webhook(["add", "--portal", "mvsep", "--url", receiver.url, "--event", "request.verified"], { allowPrivate: false });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("webhook: The URL points to 127.0.0.1, a loopback address; webhooks go to public addresses only (WEBHOOK_ALLOW_PRIVATE=1 lifts this).\n");
  });
});
