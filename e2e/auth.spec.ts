import { hashPassword } from "../lib/password";
import { expect, mailTo, test, uniqueEmail, withDb } from "./fixtures";
import { createStaff } from "./staff";

test("a member signs in with a password, and a wrong password is refused with a clear message", async ({ page }) => {
  const member = await createStaff({ moserra: "agent" }, { passwordHash: await hashPassword("correct horse battery staple") });

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
  const member = await createStaff({ deepen: "viewer" });
  await page.goto("/staff/sign-in");
  await page.locator("form", { hasText: "Email me a sign-in link" }).getByLabel("Work email").fill(member.email);
  await page.getByRole("button", { name: "Email me a sign-in link" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();

  const mail = await mailTo(mailbox, member.email, (m) => m.subject === "Sign in to Rightsdesk");
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
  const member = await createStaff({ moserra: "viewer" }, { passwordHash: await hashPassword("a passphrase to copy") });
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
  expect(await (await thief.request.get("/api/auth/session")).json()).toMatchObject({ user: { email: member.email } });

  await page.getByRole("button", { name: "Sign out", exact: true }).click();
  await expect(page).toHaveURL(/\/staff\/sign-in/);
  await stolen.goto("/staff");
  await expect(stolen).toHaveURL(/\/staff\/sign-in/);
  // Auth.js itself no longer accepts it either, not only the staff pages.
  expect(await (await thief.request.get("/api/auth/session")).json()).toBeNull();
  expect(withDb((db) => db.prepare("select count(*) as n from staff_sessions where user_id = ? and revoked_at is not null").get(member.id))).toEqual({ n: 1 });
  await thief.close();
});

test("sign out everywhere ends the member's other sessions too", async ({ browser }) => {
  const member = await createStaff({ mvsep: "admin" }, { passwordHash: await hashPassword("another long passphrase") });
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

test("five wrong passwords pause password sign-in: the right one is then refused with the lockout message, and the member is emailed once", async ({ page, mailbox }) => {
  const member = await createStaff({ usegpt: "agent" }, { passwordHash: await hashPassword("the right passphrase") });
  const lockout = /^Too many sign-in attempts: password sign-in is paused for this address or from this network\. Try again in 5 minutes, or ask for a sign-in link by email\.$/;
  const attempt = async (password: string) => {
    const form = page.locator("form", { has: page.getByLabel("Password") });
    await form.getByLabel("Work email").fill(member.email);
    await form.getByLabel("Password").fill(password);
    await form.getByRole("button", { name: "Sign in" }).click();
    // The form empties when the action's answer has rendered; typing before then is lost to that reset.
    await expect(form.getByLabel("Password")).toHaveValue("");
  };

  // Each wrong guess is counted before the next is sent: the alert's text alone cannot tell one answer from the last.
  const failures = () => (withDb((db) => db.prepare("select count from sign_in_throttles where key = ?").get(`password:${member.email.toLowerCase()}`)) as { count: number } | undefined)?.count;

  await page.goto("/staff/sign-in");
  for (let i = 1; i <= 4; i++) {
    await attempt(`wrong guess ${i}`);
    await expect.poll(failures).toBe(i);
    await expect(page.locator("p[role=alert]")).toHaveText("That email and password do not match a staff member.");
  }
  await attempt("wrong guess 5");
  await expect(page.locator("p[role=alert]")).toHaveText(lockout);
  await attempt("the right passphrase");
  await expect(page.locator("p[role=alert]")).toHaveText(/^Too many sign-in attempts/);
  await expect(page).toHaveURL(/\/staff\/sign-in/);

  const mail = await mailTo(mailbox, member.email);
  expect(mail.subject).toBe("Password sign-in paused after failed attempts");
  expect(mail.text).toContain(`5 sign-in attempts with a wrong password for ${member.email}`);
  expect(withDb((db) => db.prepare("select count(*) as n from email_outbox where to_address = ?").get(member.email))).toEqual({ n: 1 });
});

test("an address with no account is paused the same way, with the same message", async ({ page }) => {
  const stranger = uniqueEmail("stranger");
  await page.goto("/staff/sign-in");
  const form = page.locator("form", { has: page.getByLabel("Password") });
  for (let i = 1; i <= 5; i++) {
    await form.getByLabel("Work email").fill(stranger);
    await form.getByLabel("Password").fill(`guess ${i}`);
    await form.getByRole("button", { name: "Sign in" }).click();
    await expect(form.getByLabel("Password")).toHaveValue("");
    await expect(page.locator("p[role=alert]")).toHaveText(i < 5 ? "That email and password do not match a staff member." : /^Too many sign-in attempts/);
  }
  expect(withDb((db) => db.prepare("select count(*) as n from email_outbox where to_address = ?").get(stranger))).toEqual({ n: 0 });
});

test("five sign-in links asked for one address send three emails", async ({ page, mailbox }) => {
  const member = await createStaff({ deepen: "agent" });
  for (let i = 0; i < 5; i++) {
    await page.goto("/staff/sign-in");
    await page.locator("form", { hasText: "Email me a sign-in link" }).getByLabel("Work email").fill(member.email);
    await page.getByRole("button", { name: "Email me a sign-in link" }).click();
    await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  }
  // Each link is queued before its page shows: three arrive, and nothing more is queued to come.
  const links = () => mailbox.messages.filter((m) => m.to.includes(member.email) && m.subject === "Sign in to Rightsdesk");
  await expect.poll(() => links().length).toBe(3);
  expect(withDb((db) => db.prepare("select count(*) as n from email_outbox where to_address = ? and status in ('pending', 'sending')").get(member.email))).toEqual({ n: 0 });
  expect(mailbox.messages.filter((m) => m.to.includes(member.email))).toEqual(links());
  expect(links()).toHaveLength(3);
});
