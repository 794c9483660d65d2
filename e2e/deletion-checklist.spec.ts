import { expect, seedOf, test, verifiedRequest, withDb } from "./fixtures";
import { createStaff, signInAs } from "./staff";

test("MVSEP's push tokens can only be deleted: the checklist offers nothing else, and the server refuses a forged 'kept'", async ({ page, browser, mailbox }) => {
  const req = await verifiedRequest(page, mailbox, { slug: "mvsep", type: "deletion", language: "en" });
  const agent = await browser.newContext();
  await signInAs(agent, await createStaff({ mvsep: "agent" }));
  const staff = await agent.newPage();
  await staff.goto(`/staff/requests/${req.id}`);
  await staff.getByRole("button", { name: "Start work" }).click();
  await expect(staff.locator("[data-status]")).toHaveText("In progress");

  const tokens = staff.locator("fieldset.outcome", { has: staff.locator("legend", { hasText: "push notification tokens" }) });
  await expect(tokens.locator("option")).toHaveText(["Deleted"]);
  await expect(tokens.getByText("Always deleted: no retention basis allows keeping this category.")).toBeVisible();
  const billing = staff.locator("fieldset.outcome", { has: staff.locator("legend", { hasText: "billing records" }) });
  // The three bases the seed allows for billing records, worded as the checklist words them and listed by label.
  const kept = (key: string) => {
    const basis = seedOf("mvsep").retentionBases.find((b) => b.key === key)!;
    return `Kept: ${basis.label} (${basis.statute})`;
  };
  await expect(billing.locator("option")).toHaveText(["Choose…", "Deleted", kept("billing-records"), kept("dispute-resolution"), kept("legal-compliance")]);

  for (const fieldset of await staff.locator("fieldset.outcome").all()) await fieldset.getByLabel("Outcome").selectOption("deleted");
  // A hand-made post (deliberate forgery): the tokens' select made to send the billing basis's id, as a crafted request would.
  const basisId = withDb((db) => db.prepare("select b.id from retention_bases b join portals p on p.id = b.portal_id where p.slug = 'mvsep' and b.key = 'billing-records'").get()) as { id: number };
  await tokens.getByLabel("Outcome").evaluate((select: HTMLSelectElement, id: number) => {
    select.add(new Option("forged", String(id), true, true));
  }, basisId.id);
  await tokens.evaluate((fieldset, i) => {
    const until = document.createElement("input");
    Object.assign(until, { type: "hidden", name: `until-${i}`, value: "2030-01-01" });
    fieldset.append(until);
  }, await tokens.getByLabel("Outcome").evaluate((select: HTMLSelectElement) => Number(select.name.split("-")[1])));
  await staff.getByRole("button", { name: "Complete and tell the requester" }).click();
  await expect(staff.locator("p[role=alert]")).toHaveText("A category that is always deleted (no retention basis allows keeping it) was marked as kept.");
  await expect(staff.locator("[data-status]")).toHaveText("In progress");
});
