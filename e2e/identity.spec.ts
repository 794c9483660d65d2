import { expect, t, test, uniqueEmail, withDb } from "./fixtures";

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
