import { expect, fillRequestForm, mailTo, refusing, seedOf, t, test, uniqueEmail, withDb } from "./fixtures";
import { createStaff, signInAs } from "./staff";

test("a message the SMTP server refused shows on the outbox page with its error, and resending delivers it", async ({ page, browser, mailbox }) => {
  const email = uniqueEmail("refused");
  refusing.add(email);
  await page.goto("/p/mvsep/request");
  await fillRequestForm(page, "en", { type: "access", email, name: "Refused Once" });
  const status = () => (withDb((db) => db.prepare("select status from email_outbox where to_address = ?").get(email)) as { status: string } | undefined)?.status;
  await expect.poll(status, { timeout: 15_000 }).toBe("failed");

  const admin = await browser.newContext();
  await signInAs(admin, await createStaff({ mvsep: "admin" }));
  const staff = await admin.newPage();
  await staff.goto("/staff/outbox");
  const row = staff.getByRole("row", { name: new RegExp(email) });
  await expect(row).toContainText("Mailbox temporarily unavailable");

  refusing.delete(email);
  await row.getByRole("button", { name: "Resend" }).click();
  await expect(staff.getByText(/is queued again/)).toBeVisible();
  // The resent message is the verification the SMTP server first refused.
  await mailTo(mailbox, email, (m) => m.subject === t("en").emails.verification.subject(seedOf("mvsep").name));
  await expect.poll(status).toBe("sent");
  await staff.reload();
  await expect(staff.getByRole("row", { name: new RegExp(email) })).toHaveCount(0);
});

test("the outbox page is for admins only", async ({ browser }) => {
  const agent = await browser.newContext();
  await signInAs(agent, await createStaff({ mvsep: "agent" }));
  const page = await agent.newPage();
  expect((await page.goto("/staff/outbox"))?.status()).toBe(404);
});

test("an admin sees and resends only their portals' failed mail: another portal's message is not listed and resending it is a 404", async ({ browser }) => {
  const tag = Date.now();
  const failed = (slug: string | null, to: string) =>
    Number(
      withDb((db) =>
        db
          .prepare(
            "insert into email_outbox (portal_id, template, language, to_address, subject, text, html, status, attempts, next_attempt_at, last_error) values ((select id from portals where slug = ?), 'staff-invitation', 'en', ?, 'You are invited', 'body', '<p>body</p>', 'failed', 1, 0, '550 no such user')",
          )
          .run(slug, to),
      ).lastInsertRowid,
    );
  const mvsep = failed("mvsep", `mvsep-${tag}@example.test`);
  failed("deepen", `deepen-${tag}@example.test`);
  failed(null, `no-portal-${tag}@example.test`);

  const context = await browser.newContext();
  await signInAs(context, await createStaff({ deepen: "admin", mvsep: "agent" }));
  const page = await context.newPage();
  await page.goto("/staff/outbox");
  await expect(page.getByRole("row", { name: new RegExp(`deepen-${tag}`) })).toHaveCount(1);
  await expect(page.getByRole("row", { name: new RegExp(`mvsep-${tag}`) })).toHaveCount(0);
  await expect(page.getByRole("row", { name: new RegExp(`no-portal-${tag}`) })).toHaveCount(0);

  const row = page.getByRole("row", { name: new RegExp(`deepen-${tag}`) });
  await row.locator('input[name="id"]').evaluate((input, id) => ((input as HTMLInputElement).value = String(id)), mvsep);
  const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === "POST"), row.getByRole("button", { name: "Resend" }).click()]);
  expect(response.status()).toBe(404);
  expect(withDb((db) => db.prepare("select status from email_outbox where id = ?").get(mvsep))).toEqual({ status: "failed" });
});
