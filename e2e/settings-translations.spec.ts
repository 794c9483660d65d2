import { expect, test, withDb } from "./fixtures";
import { createStaff, signInAs } from "./staff";

type Saved = { translations: string; details: string };
const moserra = () =>
  withDb((db) =>
    db
      .prepare("select b.translations, p.data_category_details as details from retention_bases b join portals p on p.id = b.portal_id where p.slug = 'moserra' and b.key = 'invoicing-accounting'")
      .get(),
  ) as Saved;

test.describe("translations in the settings", () => {
  // Other specs expect moserra as seeded: put back what this test changes.
  let seeded: Saved;
  test.beforeAll(() => {
    seeded = moserra();
  });
  test.afterAll(() =>
    withDb((db) => {
      db.prepare("update retention_bases set translations = ? where key = 'invoicing-accounting' and portal_id = (select id from portals where slug = 'moserra')").run(seeded.translations);
      db.prepare("update portals set data_category_details = ? where slug = 'moserra'").run(seeded.details);
    }),
  );

  test("an admin words a basis and a category in Turkish, and stops a category from being kept", async ({ page, context }) => {
    await signInAs(context, await createStaff({ moserra: "admin" }));
    await page.goto("/staff/settings/moserra");
    const basis = page.getByRole("group", { name: "Retention basis 2" });
    await expect(basis.getByLabel("Key")).toHaveValue("invoicing-accounting");
    await expect(basis.getByLabel("Label (Türkçe)")).toHaveValue("Fatura ve muhasebe kayıtları");
    await basis.getByLabel("Label (Türkçe)").fill("Faturalar ve muhasebe belgeleri");
    // Only the portal's languages (Turkish; English is the original) are offered.
    await expect(basis.getByLabel("Label (Русский)")).toHaveCount(0);

    const category = page.getByRole("group", { name: "Data category 2" });
    await expect(category.getByLabel("Category (English)")).toHaveValue("email address, phone number and business address");
    await category.getByLabel("Category (Türkçe)").fill("e-posta, telefon ve iş adresi");
    await category.getByRole("checkbox", { name: "project-data" }).uncheck();

    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status")).toHaveText("Settings saved. Changed: data category details, retention catalogue.");
    const saved = moserra();
    expect(JSON.parse(saved.translations).tr.label).toBe("Faturalar ve muhasebe belgeleri");
    expect(JSON.parse(saved.details)["email address, phone number and business address"]).toEqual({ translations: { tr: "e-posta, telefon ve iş adresi" }, keptUnder: ["invoicing-accounting"] });
  });
});
