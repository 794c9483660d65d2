import { expect, fillRequestForm, linkIn, mailTo, t, test, uniqueEmail, withDb } from "./fixtures";
import { localDateIn } from "./us-portal";

/**
 * Issue 9's dates, worked out by hand. For MGoods the request is made through
 * the form and its receipt moved to a fixed instant before the requester
 * confirms it, so the statute's clock start (submission) is a literal date
 * while the confirmation comes later, on the day the test runs.
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

test("Deepen: blocking is due the same day (policy §7.2.4, 'from the moment of the request'), the day Deepen's clock starts: when the address is confirmed", async ({ page, mailbox }) => {
  const email = uniqueEmail("deepen-blocking-dates");
  await page.goto("/p/deepen/request?lang=uz");
  await fillRequestForm(page, "uz", { type: "restriction", email, name: "Dilnoza" });
  await page.goto(linkIn(await mailTo(mailbox, email), "verify"));
  await page.getByRole("button", { name: t("uz").portal.verify.confirm }).click();
  await expect(page.getByText(t("uz").portal.status.confirmed)).toBeVisible();
  const stored = withDb((db) => db.prepare("select verified_at, due_date from requests where email = ?").get(email)) as { verified_at: number; due_date: string };
  // No arithmetic at all: due on the Tashkent calendar day the request was confirmed.
  expect(stored.due_date).toBe(localDateIn(stored.verified_at, "Asia/Tashkent"));
  await expect(page.locator("[data-due]")).toHaveAttribute("data-due", stored.due_date);
});

test("MGoods: a correction is due three days from submission (ZRU-547 art. 11), however much later it is confirmed: submitted Mon 5 Jan 2026 15:00 in Tashkent → due Thu 8 Jan 2026", async ({ page, mailbox }) => {
  const stored = await madeAt(page, mailbox, { slug: "mgoods-seller", type: "correction", receivedAt: "2026-01-05T10:00:00Z", details: "Familiyam noto‘g‘ri yozilgan." });
  expect(stored.due_date).toBe("2026-01-08");
  await expect(page.locator("[data-due]")).toHaveAttribute("data-due", "2026-01-08");
});
