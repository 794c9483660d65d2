import { expect, fillRequestForm, linkIn, mailTo, t, test, uniqueEmail, verifiedRequest, withDb } from "./fixtures";
import { createStaff, signInAs } from "./staff";
import { localDateIn, plusDays } from "./us-portal";

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
  const verification = await mailTo(mailbox, email);
  // A back-dated unconfirmed request is one the server's purge of unconfirmed requests would take:
  // the test holds the scheduler's lease (as a second server would) until the request is confirmed.
  await expect.poll(() => holdScheduler()).toBe(true);
  try {
    withDb((db) => db.prepare("update requests set received_at = ? where email = ?").run(new Date(receivedAt).getTime(), email));
    await page.goto(`${linkIn(verification, "verify")}&lang=uz`);
    await page.getByRole("button", { name: t("uz").portal.verify.confirm }).click();
    await expect(page.getByText(t("uz").portal.status.confirmed)).toBeVisible();
  } finally {
    withDb((db) => db.prepare("delete from leases where name = 'scheduler' and holder = ?").run(HOLDER));
  }
  return withDb((db) => db.prepare("select due_date from requests where email = ?").get(email)) as { due_date: string };
}

const HOLDER = "e2e:statutory-dates";

/** Takes the scheduler's lease for a minute, if no sweep holds it now (the server's lease logic, lib/scheduler/lease.ts). */
function holdScheduler(): boolean {
  const now = Date.now();
  return withDb(
    (db) =>
      db
        .prepare(
          "insert into leases (name, holder, expires_at) values ('scheduler', ?, ?) on conflict (name) do update set holder = excluded.holder, expires_at = excluded.expires_at where leases.expires_at < ? or leases.holder = excluded.holder",
        )
        .run(HOLDER, now + 60_000, now).changes === 1,
  );
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
  const req = await verifiedRequest(page, mailbox, { slug: "mgoods-seller", type: "access", language: "en" });
  const stored = withDb((db) => db.prepare("select verified_at, refusal_by from requests where id = ?").get(req.id)) as { verified_at: number; refusal_by: string };
  // Confirmed today: ten calendar days on from the Tashkent date of confirmation, no roll.
  const expected = plusDays(localDateIn(stored.verified_at, "Asia/Tashkent"), 10);
  expect(stored.refusal_by).toBe(expected);
  const agent = await browser.newContext();
  await signInAs(agent, createStaff({ "mgoods-seller": "agent" }));
  const staff = await agent.newPage();
  await staff.goto(`/staff/requests/${req.id}`);
  await expect(staff.getByText(`A refusal must be sent in writing, with its reasons, by ${expected}.`)).toBeVisible();
});
