import { expect, fillRequestForm, linkIn, mailTo, t, test, uniqueEmail, withDb } from "./fixtures";

/**
 * Issue 9's dates, as literals worked out by hand. The request is made through
 * the form and its receipt moved to a fixed instant before the requester
 * confirms it, so the statute's clock start (receipt) is a known date while
 * the confirmation comes later, on the day the test runs.
 */
async function madeAt(page: import("@playwright/test").Page, mailbox: import("./mailbox").Mailbox, { slug, type, receivedAt, details }: { slug: string; type: string; receivedAt: string; details?: string }) {
  const email = uniqueEmail(`${slug}-${type}-dates`);
  await page.goto(`/p/${slug}/request?lang=uz`);
  await fillRequestForm(page, "uz", { type, email, name: "Dilnoza", details });
  const verification = await mailTo(mailbox, email);
  withDb((db) => db.prepare("update requests set received_at = ? where email = ?").run(new Date(receivedAt).getTime(), email));
  await page.goto(`${linkIn(verification, "verify")}&lang=uz`);
  await page.getByRole("button", { name: t("uz").portal.verify.confirm }).click();
  await expect(page.getByText(t("uz").portal.status.confirmed)).toBeVisible();
  return withDb((db) => db.prepare("select due_date from requests where email = ?").get(email)) as { due_date: string };
}

test("Deepen: blocking is due the day it is received (policy §7.2.4, 'from the moment of the request'): received Mon 5 Jan 2026 15:00 in Tashkent → due Mon 5 Jan 2026", async ({ page, mailbox }) => {
  const stored = await madeAt(page, mailbox, { slug: "deepen", type: "restriction", receivedAt: "2026-01-05T10:00:00Z" });
  expect(stored.due_date).toBe("2026-01-05");
  await expect(page.locator("[data-due]")).toHaveAttribute("data-due", "2026-01-05");
});

test("MGoods: a correction is due three days from submission (ZRU-547 art. 11), however much later it is confirmed: submitted Mon 5 Jan 2026 15:00 in Tashkent → due Thu 8 Jan 2026", async ({ page, mailbox }) => {
  const stored = await madeAt(page, mailbox, { slug: "mgoods-seller", type: "correction", receivedAt: "2026-01-05T10:00:00Z", details: "Familiyam noto‘g‘ri yozilgan." });
  expect(stored.due_date).toBe("2026-01-08");
  await expect(page.locator("[data-due]")).toHaveAttribute("data-due", "2026-01-08");
});
