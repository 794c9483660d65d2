import { expect, t, test } from "./fixtures";
import { setStaffLanguage } from "./db";
import { createStaff, signInAs } from "./staff";

/**
 * An admin who reads the desk in Russian gets the settings, reports, outbox and
 * retention pages in Russian: headings, tab titles and the table's figures.
 */
test("an admin who chose Russian reads the settings, reports, outbox and retention pages in Russian", async ({ page, context }) => {
  const ru = t("ru");
  const admin = await createStaff({ moserra: "admin" });
  await setStaffLanguage(admin.id, "ru");
  await signInAs(context, admin);

  const pages: [string, string, string][] = [
    ["/staff/settings", ru.staffSettings.index.title, ru.staffSettings.index.title],
    ["/staff/settings/moserra", ru.staffSettings.portal.heading("MOSERRA"), ru.staffSettings.portal.title],
    ["/staff/settings/moserra/members", ru.staffSettings.members.heading("MOSERRA"), ru.staffSettings.members.title],
    ["/staff/settings/moserra/api-keys", ru.staffSettings.apiKeys.heading("MOSERRA"), ru.staffSettings.apiKeys.title],
    ["/staff/settings/moserra/webhooks", ru.staffSettings.webhooks.heading("MOSERRA"), ru.staffSettings.webhooks.title],
    ["/staff/reports", ru.staffReports.title, ru.staffReports.title],
    ["/staff/outbox", ru.staffOutbox.heading, ru.staffOutbox.title],
    ["/staff/retention", ru.staffRetention.title, ru.staffRetention.title],
  ];
  for (const [path, heading, title] of pages) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    await expect(page).toHaveTitle(new RegExp(`^${title}`));
  }

  await page.goto("/staff/settings/moserra");
  await expect(page.getByRole("button", { name: ru.staffSettings.form.save })).toBeVisible();
  await expect(page.getByRole("group", { name: "Основание хранения 1" })).toBeVisible();

  await page.goto("/staff/reports");
  await expect(page.getByRole("columnheader", { name: ru.staffReports.columns.received })).toBeVisible();
  await expect(page.getByLabel(ru.staffReports.year)).toBeVisible();
});
