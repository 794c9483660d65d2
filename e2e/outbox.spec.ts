import { expect, fillRequestForm, mailTo, refusing, test, uniqueEmail, withDb } from "./fixtures";
import { createStaff, signInAs } from "./staff";

test("a message the SMTP server refused shows on the outbox page with its error, and resending delivers it", async ({ page, browser, mailbox }) => {
  const email = uniqueEmail("refused");
  refusing.add(email);
  await page.goto("/p/mvsep/request");
  await fillRequestForm(page, "en", { type: "access", email, name: "Refused Once" });
  const status = () => (withDb((db) => db.prepare("select status from email_outbox where to_address = ?").get(email)) as { status: string } | undefined)?.status;
  await expect.poll(status, { timeout: 15_000 }).toBe("failed");

  const admin = await browser.newContext();
  await signInAs(admin, createStaff({ mvsep: "admin" }));
  const staff = await admin.newPage();
  await staff.goto("/staff/outbox");
  const row = staff.getByRole("row", { name: new RegExp(email) });
  await expect(row).toContainText("Mailbox temporarily unavailable");

  refusing.delete(email);
  await row.getByRole("button", { name: "Resend" }).click();
  await expect(staff.getByText(/is queued again/)).toBeVisible();
  await mailTo(mailbox, email);
  await expect.poll(status).toBe("sent");
  await staff.reload();
  await expect(staff.getByRole("row", { name: new RegExp(email) })).toHaveCount(0);
});

test("the outbox page is for admins only", async ({ browser }) => {
  const agent = await browser.newContext();
  await signInAs(agent, createStaff({ mvsep: "agent" }));
  const page = await agent.newPage();
  expect((await page.goto("/staff/outbox"))?.status()).toBe(404);
});
