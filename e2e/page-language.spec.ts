import { DEMO_PORTALS } from "../db/seed-data";
import type { Messages } from "../lib/i18n/catalogue";
import { LANGUAGES, type Language } from "../lib/i18n/languages";
import { expect, t, test } from "./fixtures";

/** Every requester page, by path, with its tab title from the catalogue (the token pages with a made-up token: their title does not depend on it). */
const PAGES: { path: string; title: (m: Messages, operator: string) => string }[] = [
  { path: "", title: (m, operator) => m.portal.home.title(operator) },
  { path: "/request", title: (m) => m.portal.form.title },
  { path: "/request/sent", title: (m) => m.portal.sent.title },
  { path: "/verify?token=made-up", title: (m) => m.portal.verify.title },
  { path: "/status?token=made-up", title: (m) => m.portal.status.title },
  { path: "/download?token=made-up", title: (m) => m.portal.status.download },
];

/** The page's address in `language`, keeping any token already in it. */
const inLanguage = (path: string, language: Language) => `${path}${path.includes("?") ? "&" : "?"}lang=${language}`;

/** WCAG 2.2 SC 3.1.1: the page's language is in <html lang>, and its tab title is in that language too. */
for (const portal of DEMO_PORTALS) {
  for (const language of portal.languages) {
    test(`${portal.slug} in ${language}: every requester page declares ${language} and has a ${language} title`, async ({ page }) => {
      const m = t(language);
      for (const { path, title } of PAGES) {
        await page.goto(inLanguage(`/p/${portal.slug}${path}`, language));
        await expect(page.locator("html")).toHaveAttribute("lang", language);
        await expect(page.locator("html")).toHaveAttribute("dir", m.common.dir);
        await expect(page).toHaveTitle(`${title(m, portal.name)} · ${m.common.siteName}`);
        if (language !== "en") expect(await page.title()).not.toBe(`${title(t("en"), portal.name)} · Rightsdesk`);
      }
    });
  }
}

test("a slug of no portal says so in the language asked for, else the browser's", async ({ browser }) => {
  for (const language of LANGUAGES) {
    const context = await browser.newContext({ locale: language === "en" ? "fr-FR" : "en-GB" });
    const page = await context.newPage();
    const response = await page.goto(language === "en" ? "/p/no-such-portal" : `/p/no-such-portal?lang=${language}`);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", language);
    await expect(page.getByText(t(language).portal.notFound)).toBeVisible();
    await expect(page).toHaveTitle(t(language).common.siteTitle);
    await context.close();
  }
});

test("switching language on a page moves <html lang> with it, without a reload", async ({ page }) => {
  const portal = DEMO_PORTALS.find((p) => p.slug === "mgoods-seller")!;
  await page.goto(`/p/${portal.slug}/request?lang=uz`);
  await expect(page.locator("html")).toHaveAttribute("lang", "uz");
  await page.getByRole("link", { name: t("ru").common.languageName }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("ru").portal.form.title })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "ru");
  await expect(page).toHaveTitle(`${t("ru").portal.form.title} · Rightsdesk`);
});

test("the site's own pages stay English", async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByRole("link", { name: t("en").common.skipLink })).toBeAttached();
});
