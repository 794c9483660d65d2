import type { Page } from "@playwright/test";
import { expect, t, test, uniqueEmail, verifiedRequest, withDb } from "./fixtures";
import { createStaff, signInAs } from "./staff";

const tr = t("tr");
const id = tr.portal.form.identity;
const errors = tr.portal.form.errors;

test("MOSERRA's form asks for what KVKK's communiqué requires, checks the T.C. number, and keeps the details with the request only", async ({ page }) => {
  const email = uniqueEmail("moserra-kvkk");
  await page.goto("/p/moserra/request?lang=tr");
  await expect(page.getByText(id.kvkkIntro)).toBeVisible();
  await page.getByLabel(t("tr").requestTypes.access.label).check();
  await page.getByLabel(tr.portal.form.email, { exact: true }).fill(email);
  await page.getByLabel(tr.portal.form.name, { exact: true }).fill("Ayşe Yılmaz");
  await page.getByRole("button", { name: tr.portal.form.submit }).click();
  for (const message of [errors.citizenshipRequired, errors.noticeAddressRequired, errors.subjectRequired]) await expect(page.getByText(message)).toBeVisible();

  await page.getByLabel(id.citizenshipTr).check();
  await expect(page.getByLabel(id.nationality, { exact: true })).toBeHidden();
  await page.getByLabel(id.tcIdentityNumber, { exact: true }).fill("10000000147");
  await page.getByLabel(id.noticeAddress, { exact: true }).fill("Moda Cad. 1, Kadıköy, İstanbul");
  await page.getByLabel(id.subject, { exact: true }).fill("Kişisel verilerimin bir kopyası");
  await page.getByRole("button", { name: tr.portal.form.submit }).click();
  await expect(page.getByText(errors.tcIdentityNumberInvalid)).toBeVisible();

  await page.getByLabel(id.tcIdentityNumber, { exact: true }).fill("10000000146");
  await page.getByRole("button", { name: tr.portal.form.submit }).click();
  await expect(page).toHaveURL(/\/p\/moserra\/request\/sent/);
  const row = withDb((db) => db.prepare("select identity from requests where email = ?").get(email)) as { identity: string };
  expect(JSON.parse(row.identity)).toEqual({ tcIdentityNumber: "10000000146", noticeAddress: "Moda Cad. 1, Kadıköy, İstanbul" });
  const outbox = withDb((db) => db.prepare("select text from email_outbox where to_address = ?").all(email)) as { text: string }[];
  expect(outbox.map((m) => m.text).join("\n")).not.toContain("10000000146");
});

test("staff see a UseGPT requester's identity document on the request page, and nowhere in the queue", async ({ page, browser, mailbox }) => {
  const req = await verifiedRequest(page, mailbox, { slug: "usegpt", type: "access", language: "ru" });
  const agent = await browser.newContext();
  await signInAs(agent, await createStaff({ usegpt: "agent" }));
  const staff = await agent.newPage();
  await staff.goto("/staff?portal=usegpt");
  await expect(staff.getByRole("link", { name: req.reference })).toBeVisible();
  await expect(staff.locator("body")).not.toContainText("4010 123456");
  await staff.getByRole("link", { name: req.reference }).click();
  // What e2e/fixtures.ts typed into the form, as 152-FZ art. 14(3) asks.
  for (const [term, value] of <[string, string][]>[
    ["Identity document number", "4010 123456"],
    ["Document issued on", "2015-06-01"],
    ["Document issued by", "ТП № 1 УФМС"],
    ["Signed (simple electronic signature)", "Robin Requester"],
  ]) {
    await expect(staff.locator("dt", { hasText: term }).locator("+ dd")).toHaveText(value);
  }
});

/** Manual intake of a MOSERRA application: what it says beyond the communiqué's details. */
async function fillKvkkIntake(staff: Page, { email, channel, evidence }: { email: string; channel: "email" | "post"; evidence: string }) {
  await staff.getByLabel("Portal", { exact: true }).selectOption("moserra");
  await staff.getByLabel("Request", { exact: true }).selectOption("access");
  await staff.getByLabel("Received by").selectOption(channel);
  await staff.getByLabel("Received at (portal's local time)").fill(new Date(Date.now() - 86_400_000).toISOString().slice(0, 16));
  await staff.getByLabel("Identity evidence").fill(evidence);
  await staff.getByLabel("Requester's email").fill(email);
  await staff.getByLabel("Name", { exact: true }).fill("Ayşe Yılmaz");
  await staff.getByLabel("Details", { exact: true }).fill("Hangi verilerimi işlediğinizi öğrenmek istiyorum.");
}

test("staff record a KVKK application that came by post with the communiqué's details, each missing one refused in staff words", async ({ browser }) => {
  const context = await browser.newContext();
  await signInAs(context, await createStaff({ moserra: "agent", deepen: "agent" }));
  const staff = await context.newPage();
  const email = uniqueEmail("moserra-post");
  const words = t("en").staffIdentity;
  // The form comes back empty after a refusal.
  const fillLetter = () => fillKvkkIntake(staff, { email, channel: "post", evidence: "signed letter with a copy of the identity card" });
  await staff.goto("/staff/requests/new");
  // Only the portals under KVKK are named; Deepen's law asks for nothing more.
  const { name: moserra } = withDb((db) => db.prepare("select name from portals where slug = 'moserra'").get()) as { name: string };
  await expect(staff.getByRole("group", { name: words.intake.kvkkLegend(moserra) })).toBeVisible();
  await fillLetter();
  await staff.getByRole("button", { name: "Record and acknowledge" }).click();
  for (const text of [words.errors.citizenshipRequired, words.errors.noticeAddressRequired]) await expect(staff.getByText(text)).toBeVisible();

  await fillLetter();
  await staff.getByLabel(words.intake.citizenshipTr).check();
  await staff.getByLabel(words.intake.tcIdentityNumber, { exact: true }).fill("10000000146");
  await staff.getByLabel(words.intake.noticeAddress, { exact: true }).fill("Moda Cad. 1, Kadıköy, İstanbul");
  await staff.getByRole("button", { name: "Record and acknowledge" }).click();
  await expect(staff.getByText("Done: recorded.")).toBeVisible();
  await expect(staff.locator("dt", { hasText: "T.C. identity number" }).locator("+ dd")).toHaveText("10000000146");
  await expect(staff.locator("[data-identity-missing]")).toHaveCount(0);
  const row = withDb((db) => db.prepare("select identity from requests where email = ?").get(email)) as { identity: string };
  expect(JSON.parse(row.identity)).toEqual({ tcIdentityNumber: "10000000146", noticeAddress: "Moda Cad. 1, Kadıköy, İstanbul" });
});

test("staff record the details an emailed KVKK application came without: a refusal shows on its field and keeps what was typed", async ({ browser }) => {
  const context = await browser.newContext();
  await signInAs(context, await createStaff({ moserra: "agent" }));
  const staff = await context.newPage();
  const email = uniqueEmail("moserra-emailed");
  const words = t("en").staffIdentity;
  await staff.goto("/staff/requests/new");
  await fillKvkkIntake(staff, { email, channel: "email", evidence: "sent from the registered address" });
  await staff.getByLabel(words.intake.citizenshipTr).check();
  await staff.getByLabel(words.intake.tcIdentityNumber, { exact: true }).fill("10000000146");
  await staff.getByLabel(words.intake.noticeAddress, { exact: true }).fill("Moda Cad. 1");
  await staff.getByRole("button", { name: "Record and acknowledge" }).click();
  await expect(staff.getByText("Done: recorded.")).toBeVisible();
  // As an emailed request is taken (lib/inbound): without the communiqué's details.
  withDb((db) => db.prepare("update requests set identity = null where email = ?").run(email));
  await staff.reload();

  const panel = staff.locator("[data-identity-missing]");
  await expect(panel).toHaveAttribute("data-identity-missing", "citizenship noticeAddress");
  await panel.getByLabel(words.intake.citizenshipTr).check();
  await panel.getByLabel(words.intake.tcIdentityNumber, { exact: true }).fill("10000000147");
  await panel.getByLabel(words.intake.noticeAddress, { exact: true }).fill("Moda Cad. 1, Kadıköy, İstanbul");
  await panel.getByRole("button", { name: words.missing.submit }).click();
  const tc = panel.getByLabel(words.intake.tcIdentityNumber, { exact: true });
  await expect(tc).toHaveAccessibleDescription(words.errors.tcIdentityNumberInvalid);
  await expect(tc).toHaveValue("10000000147");
  await expect(panel.getByLabel(words.intake.noticeAddress, { exact: true })).toHaveValue("Moda Cad. 1, Kadıköy, İstanbul");
  await expect(panel.getByLabel(words.intake.citizenshipTr)).toBeChecked();

  await tc.fill("10000000146");
  await panel.getByRole("button", { name: words.missing.submit }).click();
  await expect(staff.getByText(words.missing.recorded)).toBeVisible();
  await expect(panel).toHaveCount(0);
  await expect(staff.locator(".timeline")).toContainText(t("en").staffCase.timeline.events.identity_recorded!);
  const row = withDb((db) => db.prepare("select identity from requests where email = ?").get(email)) as { identity: string };
  expect(JSON.parse(row.identity)).toEqual({ tcIdentityNumber: "10000000146", noticeAddress: "Moda Cad. 1, Kadıköy, İstanbul" });
});
