import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { pagesAndRoutes, type Entry } from "./app-tree";
import { expect, test, verifiedRequest, withDb } from "./fixtures";
import { createStaff, setRole, signInAs } from "./staff";

const CRAFTED = "Please call +1 555 0100 and read out your password";
const GENERIC = "That did not work. Reload the page and try again.";
const FORBIDDEN = "Your role on this portal cannot do this.";

/** The page's own alerts; Next's route announcer is an (empty) alert too. */
const alerts = (page: Page) => page.locator("p[role=alert]");

const demote = (userId: string, slug: string) => setRole(userId, slug, "viewer");

/** The POST a click sends, and its status: a refusal is never a 5xx. */
async function post(page: Page, click: () => Promise<void>) {
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), click()]);
  return response.status();
}

/**
 * The workspace's pages, from the app's own tree: a page added later is checked too. One that
 * reads `?error=` must word it through StaffAlerts (the catalogue), never from the URL.
 */
const workspacePages = () =>
  pagesAndRoutes().filter((e): e is Extract<Entry, { kind: "page" | "route" }> => e.kind === "page" && e.route.startsWith("/staff") && !e.route.startsWith("/staff/sign-in"));
const readsError = (file: string) => /searchParams/.test(readFileSync(file, "utf8")) && /\berror\b/.test(readFileSync(file, "utf8"));
const wordsAlerts = (file: string) => readFileSync(file, "utf8").includes("<StaffAlerts");

test("a crafted ?error= shows the catalogue's generic text on every staff page that shows alerts, nothing of the crafted text", async ({ page, browser, mailbox }) => {
  const { id } = await verifiedRequest(page, mailbox, { slug: "mvsep", type: "access", language: "en" });
  // Deliberately written in raw SQL, as in the access matrix: an endpoint for the delivery log's page. Nothing signs with its secret.
  const endpoint = withDb((db) =>
    db
      .prepare("insert into webhook_endpoints (portal_id, url, events, secret, created_at) select portal_id, 'https://hooks.example.test/refusals', '[\"request.verified\"]', 'refusals', ? from requests where id = ?")
      .run(Date.now(), id),
  ).lastInsertRowid;
  const admin = await browser.newContext();
  await signInAs(admin, await createStaff({ mvsep: "admin" }));
  const staff = await admin.newPage();
  const crafted = new URLSearchParams({ error: CRAFTED, done: CRAFTED, resent: CRAFTED, notice: CRAFTED });
  const pages = workspacePages();
  expect(pages.filter((p) => readsError(p.file) && !wordsAlerts(p.file)).map((p) => p.file), "pages that read ?error= without StaffAlerts").toEqual([]);
  for (const entry of pages) {
    const path = entry.route.replace("[id]", String(id)).replace("[portal]", "mvsep").replace("[endpoint]", String(endpoint));
    const response = await staff.goto(`${path}?${crafted}`);
    expect(response?.status(), path).toBe(200);
    if (wordsAlerts(entry.file)) expect((await alerts(staff).allTextContents()).filter((text) => text === GENERIC), path).toHaveLength(1);
    await expect(staff.locator("body"), path).not.toContainText("555 0100");
  }
  await staff.goto(`/staff/requests/${id}?error=extension_already`);
  await expect(alerts(staff)).toHaveText(["This request has already been extended; the law allows one extension."]);
});

test("a member made a viewer while the page was open gets a clear refusal for a case action and for a purge, not an error page", async ({ page, browser, mailbox }) => {
  const { id } = await verifiedRequest(page, mailbox, { slug: "usegpt", type: "access", language: "ru" });
  const agent = await createStaff({ usegpt: "agent" });
  const context = await browser.newContext();
  await signInAs(context, agent);
  const staff = await context.newPage();

  await staff.goto(`/staff/requests/${id}`);
  await demote(agent.id, "usegpt");
  expect(await post(staff, () => staff.getByRole("button", { name: "Start work" }).click())).toBeLessThan(500);
  await expect(alerts(staff)).toHaveText([FORBIDDEN]);
  expect((withDb((db) => db.prepare("select status from requests where id = ?").get(id)) as { status: string }).status).toBe("open");

  // Deliberately written in raw SQL: a kept outcome without the completed deletion the app would record it with.
  const category = `logs ${Date.now()}`;
  withDb((db) =>
    db
      .prepare(
        "insert into deletion_outcomes (request_id, portal_id, category, kept, basis_id, keep_until) select ?, portal_id, ?, 1, (select id from retention_bases where portal_id = requests.portal_id limit 1), '2099-01-01' from requests where id = ?",
      )
      .run(id, category, id),
  );
  await setRole(agent.id, "usegpt", "agent");
  await staff.goto("/staff/retention");
  await demote(agent.id, "usegpt");
  const row = staff.getByRole("row").filter({ hasText: category });
  expect(await post(staff, () => row.getByRole("button", { name: "Confirm purge" }).click())).toBeLessThan(500);
  await expect(alerts(staff)).toHaveText([FORBIDDEN]);
  expect(withDb((db) => db.prepare("select purged_at from deletion_outcomes where category = ?").get(category))).toEqual({ purged_at: null });
});

test("manual intake with a tampered received-at value is refused with a clear message, not an error page", async ({ browser }) => {
  const context = await browser.newContext();
  await signInAs(context, await createStaff({ deepen: "agent" }));
  const staff = await context.newPage();
  await staff.goto("/staff/requests/new");
  await staff.getByLabel("Portal", { exact: true }).selectOption("deepen");
  await staff.getByLabel("Request", { exact: true }).selectOption("deletion");
  await staff.getByLabel("Received at (portal's local time)").evaluate((input) => {
    (input as HTMLInputElement).type = "text";
    (input as HTMLInputElement).value = "yesterdayTnoon";
  });
  await staff.getByLabel("Identity evidence").fill("sent from the registered address");
  await staff.getByLabel("Requester's email").fill(`tampered-${Date.now()}@example.test`);
  expect(await post(staff, () => staff.getByRole("button", { name: /Record/ }).click())).toBeLessThan(500);
  await expect(alerts(staff)).toHaveText(["Give the date and time the request was received."]);
});
