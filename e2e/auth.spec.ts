import { hashPassword } from "../lib/password";
import { expect, mailTo, test, withDb } from "./fixtures";
import { createStaff } from "./staff";

test("a member signs in with a password, and a wrong password is refused with a clear message", async ({ page }) => {
  const member = createStaff({ moserra: "agent" });
  const hash = await hashPassword("correct horse battery staple");
  withDb((db) => db.prepare("update user set password_hash = ? where id = ?").run(hash, member.id));

  await page.goto("/staff");
  await expect(page).toHaveURL(/\/staff\/sign-in/);
  const form = page.locator("form", { has: page.getByLabel("Password") });
  await form.getByLabel("Work email").fill(member.email);
  await form.getByLabel("Password").fill("wrong password");
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("That email and password do not match a staff member.")).toBeVisible();

  await form.getByLabel("Work email").fill(member.email);
  await form.getByLabel("Password").fill("correct horse battery staple");
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Requests" })).toBeVisible();
  await expect(page.getByText(member.email)).toBeVisible();
  const signIns = withDb((db) => db.prepare("select count(*) as n from request_events where type = 'staff_signed_in' and actor = ?").get(`staff:${member.id}`)) as { n: number };
  expect(signIns.n).toBeGreaterThan(0);
});

test("a magic link arrives by email, opening it signs nobody in, pressing its button does", async ({ page, request, mailbox }) => {
  const member = createStaff({ deepen: "viewer" });
  await page.goto("/staff/sign-in");
  await page.locator("form", { hasText: "Email me a sign-in link" }).getByLabel("Work email").fill(member.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const mail = await mailTo(mailbox, member.email);
  const link = /https?:\/\/\S+\/staff\/sign-in\/confirm\?callback=\S+/.exec(mail.text)![0];
  // A mail scanner fetching the link spends nothing.
  expect((await request.get(link)).status()).toBe(200);
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Requests" })).toBeVisible();

  await page.context().clearCookies();
  await page.goto(link);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in/);
  await expect(page.getByText(/expired or was already used/)).toBeVisible();
});

test("an address that is not a member gets the same page and no email", async ({ page }) => {
  const stranger = `stranger-${Date.now()}@example.test`;
  await page.goto("/staff/sign-in");
  await page.locator("form", { hasText: "Email me a sign-in link" }).getByLabel("Work email").fill(stranger);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  // The email would have been queued before this page was shown: the outbox is the proof.
  expect(withDb((db) => db.prepare("select count(*) as n from email_outbox where to_address = ?").get(stranger))).toEqual({ n: 0 });
});

test("after sign-out, a copy of the session cookie no longer works", async ({ page, browser }) => {
  const member = createStaff({ moserra: "viewer" });
  const hash = await hashPassword("a passphrase to copy");
  withDb((db) => db.prepare("update user set password_hash = ? where id = ?").run(hash, member.id));
  await page.goto("/staff/sign-in");
  const form = page.locator("form", { has: page.getByLabel("Password") });
  await form.getByLabel("Work email").fill(member.email);
  await form.getByLabel("Password").fill("a passphrase to copy");
  await form.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Requests" })).toBeVisible();

  const thief = await browser.newContext();
  await thief.addCookies(await page.context().cookies());
  const stolen = await thief.newPage();
  await stolen.goto("/staff");
  await expect(stolen.getByRole("heading", { level: 1, name: "Requests" })).toBeVisible();

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in/);
  await stolen.goto("/staff");
  await expect(stolen).toHaveURL(/\/staff\/sign-in/);
  expect(withDb((db) => db.prepare("select count(*) as n from staff_sessions where user_id = ? and revoked_at is not null").get(member.id))).toEqual({ n: 1 });
  await thief.close();
});

test("sign out everywhere ends the member's other sessions too", async ({ browser }) => {
  const member = createStaff({ mvsep: "admin" });
  const hash = await hashPassword("another long passphrase");
  withDb((db) => db.prepare("update user set password_hash = ? where id = ?").run(hash, member.id));
  const devices = await Promise.all([browser.newContext(), browser.newContext()]);
  const pages = await Promise.all(devices.map((d) => d.newPage()));
  for (const page of pages) {
    await page.goto("/staff/sign-in");
    const form = page.locator("form", { has: page.getByLabel("Password") });
    await form.getByLabel("Work email").fill(member.email);
    await form.getByLabel("Password").fill("another long passphrase");
    await form.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Requests" })).toBeVisible();
  }
  await pages[0]!.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(pages[0]!).toHaveURL(/\/staff\/sign-in/);
  await pages[1]!.goto("/staff");
  await expect(pages[1]!).toHaveURL(/\/staff\/sign-in/);
});
