import { expect, expireToken, fillRequestForm, linkIn, mailTo, t, test, tokenOf, uniqueEmail, withDb } from "./fixtures";

const m = t("en");

test.use({ locale: "en-GB" });

test("a forged verification or status link gets a clear page, and changes nothing", async ({ page }) => {
  await page.goto(`/p/mvsep/verify?token=${"A".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1, name: m.portal.verify.invalidTitle })).toBeVisible();
  await expect(page.getByRole("button")).toHaveCount(0);
  await page.goto("/p/mvsep/verify?token=garbage");
  await expect(page.getByRole("heading", { level: 1, name: m.portal.verify.invalidTitle })).toBeVisible();
  await page.goto(`/p/mvsep/status?token=${"B".repeat(43)}`);
  await expect(page.getByRole("heading", { level: 1, name: m.portal.status.invalidTitle })).toBeVisible();
});

test("an expired link offers a new one; the new one works and the old one stays dead", async ({ page, mailbox }) => {
  const email = uniqueEmail("expired");
  await page.goto("/p/mvsep/request");
  await fillRequestForm(page, "en", { type: "access", email, name: "Exp Ired" });
  const first = linkIn(await mailTo(mailbox, email), "verify");
  expireToken(tokenOf(first));

  await page.goto(first);
  await expect(page.getByRole("heading", { level: 1, name: m.portal.verify.expiredTitle })).toBeVisible();
  await page.getByRole("button", { name: m.portal.verify.sendNew }).click();
  await expect(page.getByText(m.portal.verify.newSent)).toBeVisible();

  const second = linkIn(await mailTo(mailbox, email, (mail) => linkIn(mail, "verify") !== first), "verify");
  await page.goto(first);
  await expect(page.getByRole("heading", { level: 1, name: m.portal.verify.expiredTitle })).toBeVisible();
  await page.goto(second);
  await page.getByRole("button", { name: m.portal.verify.confirm }).click();
  await expect(page.getByText(m.portal.status.confirmed)).toBeVisible();
});

test("a request whose type the portal no longer times is not confirmed: the page says so, the link still works once that is fixed", async ({ page, mailbox }) => {
  const email = uniqueEmail("untimed");
  await page.goto("/p/mvsep/request");
  await fillRequestForm(page, "en", { type: "access", email, name: "Un Timed" });
  const link = linkIn(await mailTo(mailbox, email), "verify");
  // As if the portal had dropped the type since: ZRU-547 sets no deadline for portability, and MVSEP promises none.
  const setType = (type: string) => withDb((db) => db.prepare("update requests set type = ? where email = ?").run(type, email));
  setType("portability");
  await page.goto(link);
  await page.getByRole("button", { name: m.portal.verify.confirm }).click();
  await expect(page.locator("p[role=alert]")).toHaveText(m.portal.verify.notComputable);
  expect(withDb((db) => db.prepare("select status from requests where email = ?").get(email))).toEqual({ status: "submitted" });

  setType("access");
  await page.getByRole("button", { name: m.portal.verify.confirm }).click();
  await expect(page.getByText(m.portal.status.confirmed)).toBeVisible();
});

test("a verification link from one portal is refused by another", async ({ page, mailbox }) => {
  const email = uniqueEmail("crossportal");
  await page.goto("/p/mvsep/request");
  await fillRequestForm(page, "en", { type: "access", email, name: "Cross Portal" });
  const link = linkIn(await mailTo(mailbox, email), "verify");
  await page.goto(link.replace("/p/mvsep/", "/p/mgoods-seller/") + "&lang=en");
  await expect(page.getByRole("heading", { level: 1, name: m.portal.verify.invalidTitle })).toBeVisible();
});

test("opening the link only shows a button: a mail scanner's GET verifies nothing", async ({ page, request, mailbox }) => {
  const email = uniqueEmail("scanner");
  await page.goto("/p/mvsep/request");
  await fillRequestForm(page, "en", { type: "access", email, name: "Scan Ner" });
  const link = linkIn(await mailTo(mailbox, email), "verify");
  for (let i = 0; i < 3; i++) expect((await request.get(link)).status()).toBe(200);
  await page.goto(link);
  await expect(page.getByRole("button", { name: m.portal.verify.confirm })).toBeVisible();
});

test("without JavaScript the form still validates on the server, keeps what was typed, and sends", async ({ browser, mailbox }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, locale: "en-GB" });
  const page = await context.newPage();
  const email = uniqueEmail("nojs");
  await page.goto("/p/mvsep/request");
  await page.getByLabel(m.requestTypes.deletion.label).check();
  await page.getByLabel(m.portal.form.email, { exact: true }).fill("not-an-address");
  await page.getByLabel(m.portal.form.name, { exact: true }).fill("No Script");
  await page.getByRole("button", { name: m.portal.form.submit }).click();
  await expect(page.getByText(m.portal.form.errors.emailInvalid)).toBeVisible();
  await expect(page.getByLabel(m.portal.form.name, { exact: true })).toHaveValue("No Script");

  await page.getByLabel(m.portal.form.email, { exact: true }).fill(email);
  await page.getByRole("button", { name: m.portal.form.submit }).click();
  await expect(page.getByRole("heading", { level: 1, name: m.portal.sent.title })).toBeVisible();
  const link = linkIn(await mailTo(mailbox, email), "verify");
  await page.goto(link);
  await page.getByRole("button", { name: m.portal.verify.confirm }).click();
  await expect(page.getByText(m.portal.status.confirmed)).toBeVisible();
  await context.close();
});

test("the honeypot: a bot that fills every field sees success, and nothing is sent", async ({ page }) => {
  const email = uniqueEmail("bot");
  await page.goto("/p/mvsep/request");
  await page.locator('input[name="website"]').fill("http://spam.example", { force: true });
  await fillRequestForm(page, "en", { type: "access", email, name: "Bot" });
  await expect(page.getByRole("heading", { level: 1, name: m.portal.sent.title })).toBeVisible();
  expect(withDb((db) => db.prepare("select count(*) as n from requests where email = ?").get(email))).toEqual({ n: 0 });
});
