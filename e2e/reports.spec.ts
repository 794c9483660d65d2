import { expect, test, withDb } from "./fixtures";
import { createStaff, signInAs } from "./staff";

const SLUG = "golden-state";

/**
 * A made-up CCPA portal with a known 2025, written straight into the database
 * (dates are literals): the annual report's figures can be checked by hand.
 */
test.beforeAll(() => {
  withDb((db) => {
    db.prepare(
      `insert or ignore into portals (slug, name, reference_prefix, policy_url, contact_email, languages, default_language, request_types, regime, promises, clock_start, time_zone, holiday_country)
       values (?, 'Golden State Games (US test portal)', 'GSG', 'https://golden-state.example/privacy', 'privacy@golden-state.example', '["en"]', 'en', '["access","deletion","correction","objection","restriction","portability"]', 'us-ca-ccpa', '{}', 'receipt', 'America/Los_Angeles', 'US-CA')`,
    ).run(SLUG);
    const portalId = (db.prepare("select id from portals where slug = ?").get(SLUG) as { id: number }).id;
    db.prepare("delete from requests where portal_id = ?").run(portalId);
    const insert = db.prepare(
      "insert into requests (portal_id, reference, type, status, channel, email, language, received_at, verified_at, closed_at, due_at, rejection_reason) values (?, ?, ?, ?, 'web', 'pat@example.com', 'en', ?, ?, ?, ?, ?)",
    );
    const ms = (iso: string | null) => (iso ? new Date(iso).getTime() : null);
    const rows: [string, string, string, string, string | null, string, string | null][] = [
      // access: 10 days, on time
      ["GSG-0000-0001", "access", "completed", "2025-03-01T18:00:00Z", "2025-03-11T18:00:00Z", "2025-04-15T06:59:59Z", null],
      // portability counts as a request to know: denied after 2 days
      ["GSG-0000-0002", "portability", "rejected", "2025-05-01T18:00:00Z", "2025-05-03T18:00:00Z", "2025-06-15T06:59:59Z", "no-data-held"],
      // 20:00 on 31 Dec 2025 in Los Angeles is 2026 in UTC, but 2025 for this portal: 4 days, late
      ["GSG-0000-0003", "deletion", "completed", "2026-01-01T04:00:00Z", "2026-01-05T04:00:00Z", "2026-01-02T07:59:59Z", null],
      ["GSG-0000-0004", "deletion", "withdrawn", "2025-06-01T18:00:00Z", "2025-06-02T18:00:00Z", "2025-07-16T06:59:59Z", null],
      // 23:00 on 31 Dec 2024 in Los Angeles: not in 2025
      ["GSG-0000-0005", "correction", "completed", "2025-01-01T07:00:00Z", "2025-01-03T07:00:00Z", "2025-02-15T07:59:59Z", null],
    ];
    for (const [reference, type, status, received, closed, due, reason] of rows) insert.run(portalId, reference, type, status, ms(received), ms(received), ms(closed), ms(due), reason);
  });
});

test("a viewer reads 2025 in the CCPA's §7102 layout, with the chart, and downloads the same figures as CSV by POST", async ({ browser }) => {
  const context = await browser.newContext();
  await signInAs(context, await createStaff({ [SLUG]: "viewer" }));
  const page = await context.newPage();
  await page.goto("/staff");
  await page.getByRole("navigation", { name: "Workspace" }).getByRole("link", { name: "Reports" }).click();
  await page.getByLabel("Year").selectOption("2025");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("heading", { name: "Golden State Games (US test portal), 2025" })).toBeVisible();
  await expect(page.getByText("Laid out as 11 CCR §7102(a)")).toBeVisible();
  await expect(page.getByRole("img", { name: /requests received and completed/ })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Complied with in whole or in part" })).toBeVisible();

  const cell = (line: string, col: string) => page.locator(`tr[data-line="${line}"] td[data-col="${col}"]`);
  // Know: access 10 days (on time) and portability 2 days (on time): median and mean (10 + 2) / 2 = 6.
  await expect(cell("know", "received")).toHaveText("2");
  await expect(cell("know", "completed")).toHaveText("1");
  await expect(cell("know", "rejected")).toHaveText("1");
  await expect(cell("know", "median")).toHaveText("6");
  await expect(cell("know", "on-time")).toHaveText("100%");
  // Delete: the 31 December request (4 days, late) and a withdrawn one.
  await expect(cell("delete", "received")).toHaveText("2");
  await expect(cell("delete", "withdrawn")).toHaveText("1");
  await expect(cell("delete", "mean")).toHaveText("4");
  await expect(cell("delete", "on-time")).toHaveText("0%");
  await expect(cell("correct", "received")).toHaveText("0");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download CSV" }).click()]);
  expect(download.suggestedFilename()).toBe("annual-report-2025.csv");
  const csv = (await (await download.createReadStream()).toArray()).join("");
  expect(csv).toContain("2025,Golden State Games (US test portal),us-ca-ccpa,11 CCR §7102,Requests to know,2,1,1,No personal data about the requester is held: 1,0,0,6,6,100\r\n");
  expect(csv).toContain("Requests to delete,2,1,0,,1,0,4,4,0\r\n");
});

test("a member of other portals never sees this one's report", async ({ browser }) => {
  const context = await browser.newContext();
  await signInAs(context, await createStaff({ deepen: "viewer" }));
  const page = await context.newPage();
  await page.goto(`/staff/reports?year=2025&portal=${SLUG}`);
  await expect(page.getByRole("heading", { name: /Golden State/ })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Deepen, 2025" })).toBeVisible();
});
