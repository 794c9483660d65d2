import { execFileSync } from "node:child_process";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { expect, mailTo, seedOf, t, test, uniqueEmail } from "./fixtures";

/** The operator's command line, on the e2e server's database and secret. */
function cli(script: "api-key" | "webhook", args: string[]): { id: number; key?: string; secret?: string } {
  const env = { ...process.env, NODE_OPTIONS: "", DATABASE_PATH: process.env.RIGHTSDESK_E2E_DB, AUTH_SECRET: process.env.RIGHTSDESK_E2E_AUTH_SECRET, WEBHOOK_ALLOW_PRIVATE: "1" };
  return JSON.parse(execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", `scripts/${script}.ts`, ...args, "--json"], { env, encoding: "utf8" }));
}

/** The operator's backend: a real HTTP receiver that keeps each delivery's raw body and headers. */
async function receiver() {
  const received: { body: string; headers: IncomingHttpHeaders }[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      received.push({ body: Buffer.concat(chunks).toString("utf8"), headers: req.headers });
      res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

test("an operator's app files a verified deletion, hears it by webhook, completes it through the API, and the requester is told in Uzbek", async ({ request, mailbox }) => {
  const portal = seedOf("deepen");
  const { key } = cli("api-key", ["create", "--portal", "deepen", "--name", "e2e profile backend", "--scope", "requests:create", "--scope", "requests:write", "--scope", "requests:read"]);
  const backend = await receiver();
  try {
    const { secret } = cli("webhook", ["add", "--portal", "deepen", "--url", backend.url, "--event", "request.verified", "--event", "request.completed"]);
    const email = uniqueEmail("connect");
    const auth = { Authorization: `Bearer ${key}` };

    // Filed from the signed-in profile, retried once as a flaky network would: one request.
    const body = { type: "deletion", email, name: "Aziza Karimova", language: "uz", identity: { verifiedBy: "operator", accountId: "deepen-user-77" } };
    const headers = { ...auth, "Idempotency-Key": `e2e-${email}` };
    const filed = await request.post("/api/v1/portals/deepen/requests", { headers, data: body });
    expect(filed.status(), await filed.text()).toBe(201);
    const { id: reference, status, dueDate } = await filed.json();
    expect(status).toBe("open");
    const retried = await request.post("/api/v1/portals/deepen/requests", { headers, data: body });
    expect(retried.status()).toBe(201);
    expect(retried.headers()["idempotent-replayed"]).toBe("true");
    expect((await retried.json()).id).toBe(reference);

    // No address to prove: the acknowledgement comes at once, in the requester's language.
    const ack = await mailTo(mailbox, email);
    expect(ack.subject).toBe(t("uz").emails.acknowledgement.subject(portal.name, reference));

    // The backend hears of it, signed as Standard Webhooks prescribes.
    const webhook = new Webhook(secret!);
    await expect.poll(() => backend.received.length, { timeout: 30_000 }).toBeGreaterThan(0);
    const verified = webhook.verify(backend.received[0]!.body, backend.received[0]!.headers as Record<string, string>) as { type: string; data: Record<string, unknown> };
    expect(verified).toMatchObject({ type: "request.verified", data: { reference, accountId: "deepen-user-77", requestType: "deletion", status: "open", dueDate } });

    // It deletes the user in its own systems and reports back: every category deleted, as Deepen's policy keeps nothing.
    const api = (path: string, data: unknown) => request.post(`/api/v1/requests/${reference}/${path}`, { headers: auth, data });
    expect((await api("start", {})).status()).toBe(200);
    const completed = await api("completion", { outcomes: portal.dataCategories.map((c) => ({ category: c.name, kept: false })) });
    expect(completed.status(), await completed.text()).toBe(200);
    expect(await completed.json()).toMatchObject({ id: reference, status: "completed", retentionOutcomes: portal.dataCategories.map((c) => ({ category: c.name, kept: false })) });

    const done = await mailTo(mailbox, email, (m) => m.subject === t("uz").emails.deletionCompleted.subject(portal.name, reference));
    expect(done.text).toContain(portal.dataCategories[0]!.translations.uz!);
    await expect.poll(() => backend.received.length, { timeout: 30_000 }).toBe(2);
    expect(webhook.verify(backend.received[1]!.body, backend.received[1]!.headers as Record<string, string>)).toMatchObject({ type: "request.completed", data: { reference, status: "completed" } });

    // The trail names the key that vouched and acted.
    const read = await request.get(`/api/v1/requests/${reference}`, { headers: auth });
    const actors = ((await read.json()).events as { type: string; actor: string }[]).filter((e) => ["verified", "completed"].includes(e.type)).map((e) => e.actor);
    expect(actors).toEqual([expect.stringMatching(/^api-key:\d+:e2e profile backend$/), expect.stringMatching(/^api-key:\d+:e2e profile backend$/)]);
  } finally {
    await backend.close();
  }
});

test("an access export of several megabytes reaches the API's completion over HTTP, past the 1 MB pages and actions are held to; one over 10 MB gets the API's own 413", async ({ request }) => {
  const { key } = cli("api-key", ["create", "--portal", "mvsep", "--name", "e2e export backend", "--scope", "requests:create", "--scope", "requests:write"]);
  const auth = { Authorization: `Bearer ${key}` };
  const filed = await request.post("/api/v1/portals/mvsep/requests", { headers: auth, data: { type: "access", email: uniqueEmail("export"), name: "Export Test", identity: { verifiedBy: "operator", accountId: "mvsep-export-1" } } });
  expect(filed.status(), await filed.text()).toBe(201);
  const { id: reference } = await filed.json();
  expect((await request.post(`/api/v1/requests/${reference}/start`, { headers: auth, data: {} })).status()).toBe(200);
  const upload = (bytes: number) =>
    request.post(`/api/v1/requests/${reference}/completion`, { headers: auth, multipart: { file: { name: "export.json", mimeType: "application/json", buffer: Buffer.alloc(bytes, 0x20) } } });

  const tooLarge = await upload(11 * 1024 * 1024);
  expect(tooLarge.status()).toBe(413);
  expect((await tooLarge.json()).error).toMatchObject({ code: "payload_too_large", message: "The export can be at most 10 MB." });
  expect(tooLarge.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(tooLarge.headers()["x-content-type-options"]).toBe("nosniff");

  const completed = await upload(3 * 1024 * 1024);
  expect(completed.status(), await completed.text()).toBe(200);
  expect(await completed.json()).toMatchObject({ id: reference, status: "completed" });
});

test("a body over 1 MB anywhere else in the REST API or DRP is refused in that API's JSON error shape", async ({ request }) => {
  const big = Buffer.alloc(1024 * 1024 + 1, 0x20);
  const api = await request.post("/api/v1/portals/mvsep/requests", { headers: { "Content-Type": "application/json" }, data: big });
  expect(api.status()).toBe(413);
  expect(await api.json()).toEqual({ error: { code: "payload_too_large", message: "The body must be at most 1048576 bytes." } });
  const drp = await request.post("/drp/mvsep/v1/data-rights-request", { headers: { "Content-Type": "text/plain" }, data: big });
  expect(drp.status()).toBe(413);
  expect(await drp.json()).toEqual({ code: "413", message: "The body must be at most 1048576 bytes." });
});

test("the export upload paths the proxy skips still get 400, not 500, for broken %-escapes", async ({ request }) => {
  for (const path of ["/api/v1/requests/%E0%A4%A/completion", "/staff/requests/%zz/export"]) {
    const response = await request.post(path, { maxRedirects: 0, multipart: { file: { name: "x.json", mimeType: "application/json", buffer: Buffer.from("{}") } } });
    expect(response.status(), path).toBe(400);
  }
});

test("the API's reference: the OpenAPI document lists every call, and /docs/api reads it", async ({ request, page }) => {
  const doc = await (await request.get("/api/v1/openapi.json")).json();
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/portals/{slug}/requests", "/api/v1/requests", "/api/v1/requests/{reference}", "/api/v1/requests/{reference}/completion"]));
  expect(doc.components.schemas.RequestDetail.properties.deadline).toBeDefined();
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Rightsdesk API");
  await expect(page.getByRole("heading", { name: "POST /api/v1/requests/{reference}/completion" })).toBeVisible();
});
