import { expect, t, test, tokenOf, verifiedRequest, withDb } from "./fixtures";

test("the outbox keeps no status token once the email is delivered; the link still works, until the requester revokes it", async ({ page, mailbox }) => {
  const { id, statusLink } = await verifiedRequest(page, mailbox, { slug: "usegpt", type: "access", language: "ru" });
  const token = tokenOf(statusLink);
  const rows = () => withDb((db) => db.prepare("select * from email_outbox where request_id = ?").all(id)) as { status: string }[];
  await expect.poll(() => rows().map((r) => r.status)).toEqual(["sent", "sent"]);
  for (const row of rows()) expect(JSON.stringify(row)).not.toContain(token);

  const s = t("ru").portal.status;
  await page.goto(statusLink);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(s.title);
  await page.getByRole("button", { name: s.revoke }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(s.revokedTitle);
  await expect(page.getByText(s.revokedBody)).toBeVisible();
  expect(page.url()).not.toContain(token);

  await page.goto(statusLink);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(s.invalidTitle);
  const revoked = withDb((db) => db.prepare("select count(*) as n from tokens where request_id = ? and purpose = 'status' and revoked_at is null").get(id)) as { n: number };
  expect(revoked.n).toBe(0);
});
