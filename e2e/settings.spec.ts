import type { Page } from "@playwright/test";
import { randomBytes } from "node:crypto";
import { expect, mailTo, test, uniqueEmail, verifiedRequest, withDb } from "./fixtures";
import { getPortalBySlug } from "../db/queries/portals";
import { appDb } from "./db";
import { createStaff, signInAs } from "./staff";

const ACCESS_PROMISE = "Promised days for See my data (access)";

interface Event {
  type: string;
  data: string;
}

/** The page's own alert; Next's route announcer is an (empty) alert too. */
const alertIn = (page: Page) => page.locator("p[role=alert]");

const moserraEvents = (type: string): Event[] =>
  withDb((db) => db.prepare("select e.type, e.data from request_events e join portals p on p.id = e.portal_id where p.slug = 'moserra' and e.type = ?").all(type) as Event[]);

/** A portal whose only admin is the returned member: a copy of moserra under a new slug. */
async function portalWithOneAdmin() {
  const slug = `solo-${randomBytes(3).toString("hex")}`;
  withDb((db) => {
    const columns =
      "name, reference_prefix, policy_url, contact_email, languages, default_language, request_types, regime, promises, clock_start, time_zone, holiday_country, calendar_overrides, data_categories, reminder_days";
    db.prepare(`insert into portals (slug, ${columns}) select ?, ${columns} from portals where slug = 'moserra'`).run(slug);
  });
  return { slug, admin: await createStaff({ [slug]: "admin" }) };
}

test.describe("portal settings", () => {
  // Other specs expect moserra as seeded: put back what these tests change.
  let seeded: { name: string; promises: string };
  test.beforeAll(() => {
    seeded = withDb((db) => db.prepare("select name, promises from portals where slug = 'moserra'").get() as typeof seeded);
  });
  test.afterAll(() => withDb((db) => db.prepare("update portals set name = ?, promises = ? where slug = 'moserra'").run(seeded.name, seeded.promises)));

  test("an admin renames moserra and promises a shorter deadline; a bad time zone is refused next to its field", async ({ page, context }) => {
    await signInAs(context, await createStaff({ moserra: "admin" }));
    await page.goto("/staff/settings");
    await page.getByRole("link", { name: "MOSERRA", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("MOSERRA: settings");

    await page.getByLabel("Name", { exact: true }).fill("MOSERRA Yazılım");
    await page.getByLabel(ACCESS_PROMISE).fill("15");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toHaveText("Settings saved. Changed: name, promises.");

    await page.reload();
    await expect(page.getByLabel("Name", { exact: true })).toHaveValue("MOSERRA Yazılım");
    await expect(page.getByLabel(ACCESS_PROMISE)).toHaveValue("15");

    await page.getByLabel("Time zone").fill("Europe/Atlantis");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByLabel("Time zone")).toHaveAccessibleDescription(/Enter an IANA time zone such as Europe\/Istanbul/);
    await expect(alertIn(page)).toHaveText("Some settings need attention: see the messages next to them.");
    expect(withDb((db) => db.prepare("select time_zone from portals where slug = 'moserra'").get())).toEqual({ time_zone: "Europe/Istanbul" });

    const renamed = moserraEvents("portal_settings_changed").map((e) => JSON.parse(e.data)).filter((d) => d.fields.includes("name"));
    expect(renamed).toEqual([expect.objectContaining({
      fields: ["name", "promises"],
      changes: [
        { field: "name", before: "MOSERRA", after: "MOSERRA Yazılım" },
        { field: "promises", before: {}, after: { access: { days: 15, unit: "calendar" } } },
      ],
    })]);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("the server refuses a bad time zone next to its field and keeps what was typed", async ({ page, context }) => {
      await signInAs(context, await createStaff({ moserra: "admin" }));
      await page.goto("/staff/settings/moserra");
      await expect(page.getByLabel("Time zone")).toHaveValue("Europe/Istanbul");
      await page.getByLabel("Time zone").fill("Mars/Olympus");
      await page.getByLabel("Public holidays of").fill("tr");
      await page.getByRole("button", { name: "Save settings" }).click();
      await expect(page.getByLabel("Time zone")).toHaveAccessibleDescription(/Enter an IANA time zone such as Europe\/Istanbul/);
      await expect(page.getByLabel("Time zone")).toHaveValue("Mars/Olympus");
      await expect(page.getByLabel("Public holidays of")).toHaveValue("tr");
    });
  });

  test("an admin invites a member by email, makes them a viewer and revokes them; each step is audited", async ({ page, context, mailbox }) => {
    await signInAs(context, await createStaff({ moserra: "admin" }));
    const email = uniqueEmail("invitee");
    await page.goto("/staff/settings/moserra/members");
    await page.getByLabel("Email address").fill(email);
    await page.getByLabel("Role", { exact: true }).selectOption("agent");
    await page.getByRole("button", { name: "Invite" }).click();
    await expect(page.getByRole("status")).toHaveText(`Invitation sent to ${email}.`);

    const invitation = await mailTo(mailbox, email);
    // The portal's name as it stands now: an earlier test in this block renames moserra until the block ends.
    const { name } = (await getPortalBySlug(appDb(), { slug: "moserra" }))!;
    expect(invitation.subject).toBe(`You have been added to ${name} on Rightsdesk`);
    expect(invitation.text).toContain("as an agent");
    expect(invitation.text).toMatch(/\nhttp:\/\/localhost:\d+\/staff\/sign-in\n/);

    const row = page.getByRole("row").filter({ hasText: email });
    await expect(row.getByLabel(`Role of ${email}`)).toHaveValue("agent");
    await row.getByLabel(`Role of ${email}`).selectOption("viewer");
    await row.getByRole("button", { name: "Change role" }).click();
    await expect(page.getByRole("status")).toHaveText("Role saved.");
    await expect(row.getByLabel(`Role of ${email}`)).toHaveValue("viewer");

    await row.getByRole("button", { name: `Revoke access of ${email}` }).click();
    await expect(page.getByRole("status")).toHaveText("Access to this portal revoked.");
    await expect(row).toHaveCount(0);

    const about = (type: string) => moserraEvents(type).map((e) => JSON.parse(e.data)).filter((d) => d.email === email);
    expect(about("member_invited")).toEqual([expect.objectContaining({ role: "agent" })]);
    expect(about("member_role_changed")).toEqual([expect.objectContaining({ from: "agent", to: "viewer" })]);
    expect(about("member_revoked")).toEqual([expect.objectContaining({ role: "viewer" })]);
  });

  test("revoking a member from one portal ends their access there only: their session still works on the other", async ({ page, context, browser, mailbox }) => {
    const onMoserra = await verifiedRequest(page, mailbox, { slug: "moserra", type: "access", language: "en" });
    const onMvsep = await verifiedRequest(page, mailbox, { slug: "mvsep", type: "access", language: "en" });
    const member = await createStaff({ moserra: "agent", mvsep: "agent" });
    const memberContext = await browser.newContext();
    await signInAs(memberContext, member);
    const memberPage = await memberContext.newPage();
    expect((await memberPage.goto(`/staff/requests/${onMoserra.id}`))!.status()).toBe(200);

    await signInAs(context, await createStaff({ moserra: "admin" }));
    await page.goto("/staff/settings/moserra/members");
    await page.getByRole("row").filter({ hasText: member.email }).getByRole("button", { name: `Revoke access of ${member.email}` }).click();
    await expect(page.getByRole("status")).toHaveText("Access to this portal revoked.");

    expect((await memberPage.goto(`/staff/requests/${onMoserra.id}`))!.status()).toBe(404);
    expect((await memberPage.goto(`/staff/requests/${onMvsep.id}`))!.status()).toBe(200);
    await expect(memberPage.getByText(onMvsep.reference).first()).toBeVisible();
    await memberContext.close();
  });

  test("a portal's last admin can neither step down nor leave", async ({ page, context }) => {
    const { slug, admin } = await portalWithOneAdmin();
    await signInAs(context, admin);
    await page.goto(`/staff/settings/${slug}/members`);
    const row = page.getByRole("row").filter({ hasText: admin.email });
    await row.getByLabel(`Role of ${admin.email}`).selectOption("agent");
    await row.getByRole("button", { name: "Change role" }).click();
    await expect(alertIn(page)).toHaveText("You are this portal's last admin: make another member an admin before you step down or leave.");
    await row.getByRole("button", { name: `Revoke access of ${admin.email}` }).click();
    await expect(alertIn(page)).toHaveText("You are this portal's last admin: make another member an admin before you step down or leave.");
    await expect(row.getByLabel(`Role of ${admin.email}`)).toHaveValue("admin");
  });

  test("an agent of moserra finds no settings for it", async ({ page, context }) => {
    await signInAs(context, await createStaff({ moserra: "agent" }));
    for (const path of ["/staff/settings", "/staff/settings/moserra", "/staff/settings/moserra/members"]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
  });
});

test("a placeholder contact address is flagged in settings until an admin confirms it, and requesters then see the confirmed one", async ({ page, context }) => {
  const { slug, admin } = await portalWithOneAdmin();
  withDb((db) => db.prepare("update portals set contact_email_confirmed = 0 where slug = ?").run(slug));
  await signInAs(context, admin);

  await page.goto(`/staff/settings/${slug}`);
  const warning = page.locator("[data-placeholder-contact]");
  await expect(warning).toContainText("info@moserra.com is a placeholder");
  await page.getByLabel("Contact address shown to requesters").fill(" KVKK@Example.test ");
  await page.getByRole("button", { name: "Confirm the contact address" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The contact address is confirmed." })).toBeVisible();
  await expect(warning).toHaveCount(0);

  const events = withDb((db) =>
    db.prepare("select e.data from request_events e join portals p on p.id = e.portal_id where p.slug = ? and e.type = 'portal_contact_confirmed'").all(slug),
  ) as { data: string }[];
  expect(events.map((e) => JSON.parse(e.data))).toEqual([{ before: "info@moserra.com", after: "kvkk@example.test", wasConfirmed: false }]);
  await page.goto(`/p/${slug}`);
  await expect(page.locator("footer.portal-footer a")).toHaveText("kvkk@example.test");
});
