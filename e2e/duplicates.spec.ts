import type { Page } from "@playwright/test";
import { expect, fillRequestForm, linkIn, mailTo, t, test, uniqueEmail, withDb } from "./fixtures";
import type { Mailbox } from "./mailbox";
import { createStaff, signInAs } from "./staff";

const uz = t("uz");

/** A Deepen deletion from `email`, made and confirmed as a requester does; `nth` counts this address's requests from 1. */
async function deletionFrom(page: Page, mailbox: Mailbox, email: string, nth: number) {
  await page.goto("/p/deepen/request?lang=uz");
  await fillRequestForm(page, "uz", { type: "deletion", email, name: "Aziz" });
  const subject = uz.emails.verification.subject("Deepen");
  await expect.poll(() => mailbox.messages.filter((m) => m.to.includes(email) && m.subject === subject).length, { timeout: 15_000 }).toBe(nth);
  const verification = mailbox.messages.filter((m) => m.to.includes(email) && m.subject === subject)[nth - 1]!;
  await page.goto(linkIn(verification, "verify"));
  await page.getByRole("button", { name: uz.portal.verify.confirm }).click();
  await expect(page.getByText(uz.portal.status.confirmed)).toBeVisible();
  return withDb((db) => db.prepare("select id, reference from requests where email = ? order by id desc limit 1").get(email)) as { id: number; reference: string };
}

test("a second Deepen deletion from the same address is flagged on the queue and the request; merging closes it and tells the requester in Uzbek which reference stands", async ({ page, browser, mailbox }) => {
  const email = uniqueEmail("deepen-duplicate");
  const first = await deletionFrom(page, mailbox, email, 1);
  const second = await deletionFrom(page, mailbox, email, 2);

  const agent = await browser.newContext();
  await signInAs(agent, await createStaff({ deepen: "agent" }));
  const staff = await agent.newPage();
  await staff.goto(`/staff?portal=deepen&q=${encodeURIComponent(email)}`);
  const row = (reference: string) => staff.getByRole("row").filter({ has: staff.getByRole("link", { name: reference }) });
  await expect(row(second.reference).locator("[data-possible-duplicate]")).toBeVisible();
  await expect(row(first.reference).locator("[data-possible-duplicate]")).toHaveCount(0);

  await staff.getByRole("link", { name: second.reference }).click();
  await expect(staff.locator(`[data-duplicate-of="${first.reference}"]`)).toBeVisible();
  await staff.getByRole("button", { name: `Merge into ${first.reference}` }).click();
  await expect(staff.locator("[data-status]")).toHaveText("Rejected");
  await expect(staff.getByText(`Merged into ${first.reference} as a duplicate.`)).toBeVisible();

  const merged = await mailTo(mailbox, email, (m) => m.subject === uz.appeals.emails.duplicateMerged.subject("Deepen", second.reference));
  expect(merged.text).toContain(uz.appeals.emails.duplicateMerged.stands(first.reference, second.reference));
  await page.goto(linkIn(merged, "status"));
  await expect(page.locator("dd.reference", { hasText: first.reference })).toBeVisible();
  await expect(page.locator("[data-status]")).toHaveText(uz.portal.status.statuses.open);
});

test("keeping both clears the flag and leaves both open", async ({ page, browser, mailbox }) => {
  const email = uniqueEmail("deepen-keep");
  await deletionFrom(page, mailbox, email, 1);
  const second = await deletionFrom(page, mailbox, email, 2);
  const agent = await browser.newContext();
  await signInAs(agent, await createStaff({ deepen: "agent" }));
  const staff = await agent.newPage();
  await staff.goto(`/staff/requests/${second.id}`);
  await staff.getByRole("button", { name: "Keep both" }).click();
  await expect(staff.getByRole("status")).toHaveText("Done: kept as a request of its own.");
  await expect(staff.locator("[data-status]")).toHaveText("Open");
  await staff.goto(`/staff?portal=deepen&q=${encodeURIComponent(email)}`);
  await expect(staff.locator("[data-possible-duplicate]")).toHaveCount(0);
});

test("a viewer sees the flag but cannot merge", async ({ page, browser, mailbox }) => {
  const email = uniqueEmail("deepen-viewer");
  await deletionFrom(page, mailbox, email, 1);
  const second = await deletionFrom(page, mailbox, email, 2);
  const viewer = await browser.newContext();
  await signInAs(viewer, await createStaff({ deepen: "viewer" }));
  const staff = await viewer.newPage();
  await staff.goto(`/staff/requests/${second.id}`);
  await expect(staff.getByText("Possible duplicate", { exact: true })).toBeVisible();
  await expect(staff.getByRole("button", { name: /Merge into/ })).toHaveCount(0);
});
