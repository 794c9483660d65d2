import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { PERMISSION_MAX_BYTES, PERMISSION_MAX_KB } from "../lib/web-agents/permission-limit";
import { expect, linkIn, mailTo, seedOf, t, test, uniqueEmail, withDb } from "./fixtures";
import { createStaff, signInAs } from "./staff";

const m = t("en");
const a = m.agentForm;
const PDF = { name: "permission.pdf", mimeType: "application/pdf", buffer: Buffer.from("%PDF-1.7\n% signed\n") };

test("without JavaScript an agent files for someone else, the consumer confirms on a page of their own, and the agent has a receipt", async ({ browser, mailbox }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-GB" });
  const page = await context.newPage();
  const [agentEmail, consumerEmail] = [uniqueEmail("agent"), uniqueEmail("consumer")];
  await page.goto("/p/mvsep/request");
  await page.getByLabel(m.requestTypes.deletion.label).check();
  await page.getByLabel(m.portal.form.email, { exact: true }).fill(agentEmail);
  await page.getByLabel(m.portal.form.name, { exact: true }).fill("Jordan Lee");
  await page.locator("summary", { hasText: a.form.toggle }).click();
  await page.getByLabel(a.form.toggle).check();
  await page.getByLabel(a.form.consumerName, { exact: true }).fill("Ann Smith");
  await page.getByLabel(a.form.consumerEmail, { exact: true }).fill(consumerEmail);
  await page.getByLabel(a.form.permission, { exact: true }).setInputFiles(PDF);
  await page.getByRole("button", { name: m.portal.form.submit }).click();
  await expect(page.getByRole("heading", { level: 1, name: m.portal.sent.title })).toBeVisible();

  const portalName = seedOf("mvsep").name;
  await mailTo(mailbox, agentEmail, (mail) => mail.subject === a.emails.receipt.subject(portalName));
  const confirmation = await mailTo(mailbox, consumerEmail, (mail) => mail.subject === a.emails.confirmation.subject(portalName));
  await page.goto(linkIn(confirmation, "verify"));
  await expect(page.getByRole("heading", { level: 1, name: a.confirm.title })).toBeVisible();
  await expect(page.getByText(a.confirm.body("Jordan Lee", portalName, m.requestTypes.deletion.label))).toBeVisible();
  await page.getByRole("button", { name: a.confirm.confirm }).click();
  await expect(page.getByText(m.portal.status.confirmed)).toBeVisible();
  await context.close();

  // A viewer of the portal reads the signed permission: a download by POST, as it is recorded in their name.
  const { reference } = withDb((db) => db.prepare("select reference from requests where email = ?").get(consumerEmail) as { reference: string });
  const desk = await browser.newContext();
  await signInAs(desk, await createStaff({ mvsep: "viewer" }));
  const staff = await desk.newPage();
  await staff.goto(`/staff?q=${encodeURIComponent(consumerEmail)}`);
  await staff.getByRole("link", { name: reference }).click();
  const [download] = await Promise.all([staff.waitForEvent("download"), staff.getByRole("button", { name: /permission\.pdf/ }).click()]);
  expect(download.suggestedFilename()).toBe("permission.pdf");
  expect(readFileSync(await download.path())).toEqual(PDF.buffer);
  await desk.close();
});

test("an agent's request without the permission is refused on that field, keeping what was typed", async ({ page }) => {
  await fillAsAgent(page);
  await page.getByRole("button", { name: m.portal.form.submit }).click();
  await expect(page.getByText(a.errors.permissionRequired)).toBeVisible();
  await expect(page.getByLabel(a.form.consumerName, { exact: true })).toHaveValue("Ann Smith");
});

/** An agent's access request filled in, in a browser with JavaScript, with a PDF of `bytes` as the permission if given. */
async function fillAsAgent(page: Page, bytes?: number) {
  await page.goto("/p/mvsep/request");
  await page.getByLabel(m.requestTypes.access.label).check();
  await page.getByLabel(m.portal.form.email, { exact: true }).fill(uniqueEmail("agent"));
  await page.getByLabel(m.portal.form.name, { exact: true }).fill("Jordan Lee");
  await page.locator("summary", { hasText: a.form.toggle }).click();
  await page.getByLabel(a.form.toggle).check();
  await page.getByLabel(a.form.consumerName, { exact: true }).fill("Ann Smith");
  await page.getByLabel(a.form.consumerEmail, { exact: true }).fill(uniqueEmail("consumer"));
  if (bytes === undefined) return;
  const buffer = Buffer.concat([PDF.buffer, Buffer.alloc(bytes - PDF.buffer.length, 0x20)]);
  await page.getByLabel(a.form.permission, { exact: true }).setInputFiles({ ...PDF, buffer });
}

test("a permission file of 768 KB goes through the form with the rest of it", async ({ page }) => {
  await fillAsAgent(page, PERMISSION_MAX_BYTES);
  await page.getByRole("button", { name: m.portal.form.submit }).click();
  await expect(page.getByRole("heading", { level: 1, name: m.portal.sent.title })).toBeVisible();
});

test("a permission file past the cap is refused on its field before anything is posted, the form kept as typed", async ({ page }) => {
  const posts: string[] = [];
  page.on("request", (request) => {
    if (request.method() === "POST") posts.push(request.url());
  });
  await fillAsAgent(page, 1536 * 1024);
  await page.getByRole("button", { name: m.portal.form.submit }).click();
  await expect(page.locator("#permission-error")).toHaveText(a.errors.permissionTooLarge(PERMISSION_MAX_KB));
  await expect(page.getByLabel(a.form.consumerName, { exact: true })).toHaveValue("Ann Smith");
  expect(posts).toEqual([]);
});
