import type { Page } from "@playwright/test";
import { expect, mailTo, seedOf, t, test, verifiedRequest } from "./fixtures";
import { createStaff, signInAs } from "./staff";

/** The headers every response carries (lib/security/headers.ts); the e2e server runs on http, so no HSTS. */
function expectSecurityHeaders(headers: Record<string, string>, { scripts }: { scripts: boolean }) {
  const csp = headers["content-security-policy"] ?? "";
  if (scripts) expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/]{24}' 'strict-dynamic'/);
  expect(csp).not.toContain("unsafe-eval");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("form-action 'self'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["strict-transport-security"]).toBeUndefined();
}

/** Console errors and uncaught exceptions: a script the CSP blocks shows up here. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  return errors;
}

/** React has hydrated the element: its DOM node carries React's fiber. */
async function hydrated(page: Page, selector: string) {
  await expect.poll(() => page.locator(selector).first().evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactFiber")))).toBe(true);
}

test("a public page, a staff page, an API route and a download carry the security headers, and pages run their scripts under the CSP", async ({ page, browser, mailbox, request }) => {
  const publicErrors = collectErrors(page);
  const form = await page.goto("/p/mvsep/request?lang=en");
  expectSecurityHeaders(form!.headers(), { scripts: true });
  await hydrated(page, "form");
  // Two loads, two nonces: a nonce an attacker saw once is worth nothing.
  const again = await request.get("/p/mvsep/request?lang=en");
  expect(again.headers()["content-security-policy"]).not.toBe(form!.headers()["content-security-policy"]);

  const api = await request.get("/api/health");
  expectSecurityHeaders(api.headers(), { scripts: false });

  const req = await verifiedRequest(page, mailbox, { slug: "mvsep", type: "access", language: "en" });
  const agent = await browser.newContext();
  await signInAs(agent, await createStaff({ mvsep: "agent" }));
  const staff = await agent.newPage();
  const staffErrors = collectErrors(staff);
  const staffPage = await staff.goto(`/staff/requests/${req.id}`);
  expectSecurityHeaders(staffPage!.headers(), { scripts: true });
  await hydrated(staff, "main");
  await staff.getByRole("button", { name: "Start work" }).click();
  await staff.getByLabel(/Export \(JSON, CSV or ZIP/).setInputFiles({ name: "export.json", mimeType: "application/json", buffer: Buffer.from('{"email":"robin"}') });
  await staff.getByRole("button", { name: "Upload and send the download link" }).click();
  await expect(staff.locator("[data-status]")).toHaveText("Completed");

  // The staff downloads added since: an agent's signed permission and an emailed request's attachment (none here: their 404s).
  const permission = await agent.request.post(`/staff/requests/${req.id}/agent-permission`, { headers: { Origin: new URL(staff.url()).origin } });
  expect(permission.status()).toBe(404);
  expectSecurityHeaders(permission.headers(), { scripts: false });
  const attachment = await agent.request.post(`/staff/requests/${req.id}/attachments/0`, { headers: { Origin: new URL(staff.url()).origin } });
  expect(attachment.status()).toBe(404);
  expectSecurityHeaders(attachment.headers(), { scripts: false });

  const ready = await mailTo(mailbox, req.email, (m) => m.subject === t("en").emails.accessReady.subject(seedOf("mvsep").name, req.reference));
  const token = /download\?token=([\w-]{43})/.exec(ready.text)![1]!;
  const download = await request.post("/p/mvsep/download/file", { form: { token } });
  expect(download.status()).toBe(200);
  expect(download.headers()["content-disposition"]).toBe('attachment; filename="export.json"');
  expectSecurityHeaders(download.headers(), { scripts: false });

  expect(publicErrors).toEqual([]);
  expect(staffErrors).toEqual([]);
});

test("the routes added since carry them too: REST API, OpenAPI, DRP, calendar feed, health, the API reference", async ({ page, request }) => {
  const routes = [
    "/api/v1/requests",
    "/api/v1/requests/MVS-0000-0000",
    "/api/v1/openapi.json",
    "/drp/mvsep/callback-key",
    "/drp/mvsep/v1/agent/TEST_AGENT",
    "/drp/mvsep/v1/data-rights-request/00000000-0000-0000-0000-000000000000",
    `/calendar/${"a".repeat(43)}.ics`,
    "/api/health/live",
  ];
  for (const path of routes) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    expectSecurityHeaders(response.headers(), { scripts: false });
  }
  const posted = await request.post("/drp/mvsep/v1/data-rights-request", { data: "{}" });
  expectSecurityHeaders(posted.headers(), { scripts: false });
  const errors = collectErrors(page);
  const docs = await page.goto("/docs/api");
  expectSecurityHeaders(docs!.headers(), { scripts: true });
  expect(errors).toEqual([]);
});

// The access export upload is the one path the proxy skips (it would buffer a 10 MB body); its
// answers that the route does not write itself (a wrong method, a foreign form) carry them all the same.
test("the export upload's path carries them on every answer, not only the route's own", async ({ request }) => {
  const wrongMethod = await request.get("/staff/requests/1/export");
  expect(wrongMethod.status()).toBe(405);
  expectSecurityHeaders(wrongMethod.headers(), { scripts: false });
  const foreign = await request.post("/staff/requests/1/export", { headers: { Origin: "http://attacker.test" }, multipart: { file: { name: "x.json", mimeType: "application/json", buffer: Buffer.from("{}") } } });
  expect(foreign.status()).toBe(403);
  expectSecurityHeaders(foreign.headers(), { scripts: false });
  const signedOut = await request.post("/staff/requests/1/export", { headers: { Origin: new URL(test.info().project.use.baseURL!).origin }, maxRedirects: 0, multipart: { file: { name: "x.json", mimeType: "application/json", buffer: Buffer.from("{}") } } });
  expect(signedOut.headers()["location"]).toContain("/staff/sign-in");
  expectSecurityHeaders(signedOut.headers(), { scripts: false });
});

test("no page can be framed, even by a page of the same site", async ({ page, context }) => {
  await signInAs(context, await createStaff({ mvsep: "admin" }));
  const errors = collectErrors(page);
  await page.goto("/p/mvsep");
  // A same-origin page writing an iframe of a staff page: frame-ancestors 'none' keeps it empty.
  await page.evaluate(() => {
    const frame = document.createElement("iframe");
    frame.src = "/staff";
    document.body.append(frame);
  });
  await expect.poll(() => errors.some((e) => e.includes("frame-ancestors"))).toBe(true);
  const framed = page.frames().find((f) => f.url().includes("/staff"));
  expect(framed ? await framed.locator("body").innerText().catch(() => "") : "").toBe("");
});
