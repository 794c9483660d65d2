import { formatDay } from "../lib/i18n/format";
import { confirmWithReceiptAt, expect, fillRequestForm, linkIn, mailTo, seedOf, t, test, uniqueEmail, verifiedRequest, withDb } from "./fixtures";
import { createStaff, signInAs } from "./staff";
import { localDateOf, plusDays } from "./us-portal";

/**
 * Issue 9's dates, worked out by hand. The request is made through the form and
 * its receipt moved to a fixed instant before the requester confirms it, so the
 * clock start that counts (submission) is a literal date while the confirmation
 * comes later, on the day the test runs.
 */
async function madeAt(page: import("@playwright/test").Page, mailbox: import("./mailbox").Mailbox, { slug, type, receivedAt, details }: { slug: string; type: string; receivedAt: string; details?: string }) {
  const email = uniqueEmail(`${slug}-${type}-dates`);
  await page.goto(`/p/${slug}/request?lang=uz`);
  await fillRequestForm(page, "uz", { type, email, name: "Dilnoza", details });
  const verification = await mailTo(mailbox, email, (m) => m.subject === t("uz").emails.verification.subject(seedOf(slug).name));
  await confirmWithReceiptAt(email, receivedAt, async () => {
    await page.goto(`${linkIn(verification, "verify")}&lang=uz`);
    await page.getByRole("button", { name: t("uz").portal.verify.confirm }).click();
    await expect(page.getByText(t("uz").portal.status.confirmed)).toBeVisible();
  });
  return withDb((db) => db.prepare("select due_date from requests where email = ?").get(email)) as { due_date: string };
}

test("Deepen: blocking is due the day it was asked (policy §7.2.4, 'from the moment of the request'), however much later the address is confirmed: submitted Mon 5 Jan 2026 15:00 in Tashkent → due Mon 5 Jan 2026", async ({ page, mailbox }) => {
  const stored = await madeAt(page, mailbox, { slug: "deepen", type: "restriction", receivedAt: "2026-01-05T10:00:00Z" });
  expect(stored.due_date).toBe("2026-01-05");
  await expect(page.locator("[data-due]")).toHaveAttribute("data-due", "2026-01-05");
});

test("MGoods: a correction is due three days from submission (ZRU-547 art. 11), however much later it is confirmed: submitted Mon 5 Jan 2026 15:00 in Tashkent → due Thu 8 Jan 2026", async ({ page, mailbox }) => {
  const stored = await madeAt(page, mailbox, { slug: "mgoods-seller", type: "correction", receivedAt: "2026-01-05T10:00:00Z", details: "Familiyam noto‘g‘ri yozilgan." });
  expect(stored.due_date).toBe("2026-01-08");
  await expect(page.locator("[data-due]")).toHaveAttribute("data-due", "2026-01-08");
});

test("MGoods: an access request's staff page says by when a refusal must be sent in writing (ZRU-547 art. 21: ten days from the clock start)", async ({ page, browser, mailbox }) => {
  // ZRU-547 art. 21: ten calendar days from the clock start, the start day not counted, never rolled. MGoods starts the
  // clock on confirmation, which the server stamps with its real clock (a confirmation cannot be back-dated the way a
  // receipt is), so this date is counted by hand from the Tashkent date of today's confirmation, by the test's own clock.
  const { date: confirmedOn, result: req } = await localDateOf("Asia/Tashkent", () => verifiedRequest(page, mailbox, { slug: "mgoods-seller", type: "access", language: "en" }));
  const stored = withDb((db) => db.prepare("select refusal_by from requests where id = ?").get(req.id)) as { refusal_by: string };
  const expected = plusDays(confirmedOn, 10);
  expect(stored.refusal_by).toBe(expected);
  const agent = await browser.newContext();
  await signInAs(agent, await createStaff({ "mgoods-seller": "agent" }));
  const staff = await agent.newPage();
  await staff.goto(`/staff/requests/${req.id}`);
  await expect(staff.getByText(`A refusal must be sent in writing, with its reasons, by ${formatDay(expected, "en")}.`)).toBeVisible();
});
