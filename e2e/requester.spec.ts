import type { Page } from "@playwright/test";
import { request as httpRequest } from "node:http";
import type { RequestType } from "../lib/deadlines";
import { formatDay } from "../lib/i18n/format";
import { portalIntro } from "../lib/i18n/intro";
import { identityRuleFor } from "../lib/validation/request";
import { confirmWithReceiptAt, expect, fillRequestForm, linkIn, mailTo, seedOf, t, test, uniqueEmail, withDb } from "./fixtures";
import { localDateOf, plusDays } from "./us-portal";

/** The browser's language for each portal: its default, so the page speaks it unprompted. */
const LOCALES: Record<string, string> = { mvsep: "en-GB", moserra: "tr-TR", "mgoods-seller": "uz-UZ", deepen: "uz-UZ", usegpt: "ru-RU" };

/**
 * Each portal's due date for the request below (a deletion on all five), worked out by hand, never by the engine.
 * Where the clock starts on receipt, the receipt is moved to a fixed instant before the requester confirms, so the
 * date is a literal. The Uzbek portals start the clock when the requester confirms (seed `clockStart: "verification"`),
 * which the server stamps with its real clock: there the promised calendar days are counted from the Tashkent date of
 * the confirmation, the start day not counted and no day moved off a weekend or holiday.
 */
const DUE: Record<string, { receivedAt: string; dueDate: string } | { daysFromConfirmation: number }> = {
  // The portal's configured 30 calendar days for a deletion (seed `promises.deletion`).
  mvsep: { daysFromConfirmation: 30 },
  // KVKK art. 13(2): 30 calendar days from receipt, no roll. 2026-01-29T22:30Z is Fri 30 Jan 2026 01:30 in Istanbul
  // (UTC+3 all year), already the next day there; 30 Jan + 30 days, February 2026 having 28, is Sun 1 Mar 2026,
  // a Sunday that stays one.
  moserra: { receivedAt: "2026-01-29T22:30:00Z", dueDate: "2026-03-01" },
  // The portal's configured 30 calendar days for a deletion (seed `promises.deletion`).
  "mgoods-seller": { daysFromConfirmation: 30 },
  // Policy §6.2: deletion within 14 calendar days (seed `promises.deletion`).
  deepen: { daysFromConfirmation: 14 },
  // 152-FZ art. 20(3): destruction within 7 working days of the 2026 production calendar (Government Decree No. 1466),
  // counted from the day after receipt. 2026-04-28T21:30Z is Wed 29 Apr 2026 00:30 in Moscow (UTC+3). Working days:
  // Thu 30 Apr (1); Fri 1–Sun 3 May off (Spring and Labour Day); Mon 4–Fri 8 May (2–6); Sat 9–Mon 11 May off (Victory Day,
  // Sat 9 moved to Mon 11); Tue 12 May (7).
  usegpt: { receivedAt: "2026-04-28T21:30:00Z", dueDate: "2026-05-12" },
};

for (const slug of ["mvsep", "moserra", "mgoods-seller", "deepen", "usegpt"]) {
  const seed = seedOf(slug);
  const language = seed.defaultLanguage;
  const m = t(language);
  const type: RequestType = "deletion";
  const due = DUE[slug]!;
  /** Every requester page ends with the operator and its contact address. */
  const expectContactFooter = (page: Page) => expect(page.locator("footer.portal-footer")).toHaveText(`${m.portal.footer.operator(seed.name)} ${seed.contactEmail}`);

  test.describe(`${slug}: the requester's whole path`, () => {
    test.use({ locale: LOCALES[slug] });

    test(`request, verify, acknowledgement with the ${seed.regime} due date, status, withdrawal — in ${language}`, async ({ page, mailbox }) => {
      const email = uniqueEmail(slug);

      await page.goto(`/p/${slug}`);
      await expect(page.getByRole("heading", { level: 1, name: seed.name })).toBeVisible();
      await expect(page.getByText(m.requestTypes[type].description)).toBeVisible();
      await expect(page.locator("p.lead")).toHaveText(portalIntro(seed.name, seed.requestTypes, language));
      await expectContactFooter(page);
      await expect(page.locator("footer.portal-footer a")).toHaveAttribute("href", `mailto:${seed.contactEmail}`);
      const intake = page.getByText(m.portal.home.emailIntake(seed.contactEmail));
      await expect(intake).toHaveCount(seed.emailIntake ? 1 : 0);
      await page.getByRole("link", { name: m.portal.home.start }).click();
      await expectContactFooter(page);

      await page.getByRole("button", { name: m.portal.form.submit }).click();
      await expect(page.getByText(m.portal.form.errors.typeRequired)).toBeVisible();
      await expect(page.getByText(m.portal.form.errors.emailInvalid)).toBeVisible();
      await expect(page.getByText(m.portal.form.errors.nameRequired)).toBeVisible();

      await fillRequestForm(page, language, { type, email, name: "Alex Example" }, identityRuleFor(seed.regime));
      await expect(page.getByRole("heading", { level: 1, name: m.portal.sent.title })).toBeVisible();

      const verification = await mailTo(mailbox, email);
      expect(verification.subject).toBe(m.emails.verification.subject(seed.name));
      expect(verification.text).toContain(seed.name);
      const confirm = async () => {
        await page.goto(linkIn(verification, "verify"));
        await expect(page.getByRole("heading", { level: 1, name: m.portal.verify.title })).toBeVisible();
        await page.getByRole("button", { name: m.portal.verify.confirm }).click();
        await expect(page.getByRole("heading", { level: 1, name: m.portal.status.title })).toBeVisible();
      };
      let dueDate: string;
      if ("receivedAt" in due) {
        await confirmWithReceiptAt(email, due.receivedAt, confirm);
        dueDate = due.dueDate;
      } else {
        // Counted from the Tashkent date of the confirmation by the test's own clock.
        const { date: confirmedOn } = await localDateOf("Asia/Tashkent", confirm);
        dueDate = plusDays(confirmedOn, due.daysFromConfirmation);
      }
      await expect(page.getByText(m.portal.status.confirmed)).toBeVisible();
      await expectContactFooter(page);
      const stored = withDb((db) =>
        db.prepare("select reference from requests where email = ?").get(email),
      ) as { reference: string };
      await expect(page.locator("[data-due]")).toHaveAttribute("data-due", dueDate);
      await expect(page.getByText(stored.reference)).toBeVisible();

      const acknowledgement = await mailTo(mailbox, email, (mail) => mail.subject === m.emails.acknowledgement.subject(seed.name, stored.reference));
      expect(acknowledgement.text).toContain(formatDay(dueDate, language));
      expect(acknowledgement.text).toContain(m.emails.acknowledgement.intro.web(seed.name));
      expect(acknowledgement.text).toContain(m.emails.layout.footer(seed.name, seed.contactEmail));
      const statusLink = linkIn(acknowledgement, "status");

      await page.goto(linkIn(verification, "verify"));
      await expect(page.getByRole("heading", { level: 1, name: m.portal.verify.usedTitle })).toBeVisible();

      await page.goto(statusLink);
      await page.getByLabel(m.portal.status.withdrawConfirm).check();
      await page.getByRole("button", { name: m.portal.status.withdraw }).click();
      await expect(page.getByText(m.portal.status.withdrawn)).toBeVisible();
      await expect(page.locator("[data-status]")).toHaveText(m.portal.status.statuses.withdrawn);
      await expect(page.getByRole("button", { name: m.portal.status.withdraw })).toHaveCount(0);
      const withdrawal = await mailTo(mailbox, email, (mail) => mail.subject === m.emails.withdrawal.subject(stored.reference));
      expect(withdrawal.text).toContain(m.emails.withdrawal.body(seed.name, stored.reference));
    });
  });
}

test("a correction must say what is wrong, in the portal's language", async ({ page }) => {
  const m = t("ru");
  await page.goto("/p/usegpt/request?lang=ru");
  await fillRequestForm(page, "ru", { type: "correction", email: uniqueEmail("usegpt-correction"), name: "Иван" });
  await expect(page.getByText(m.portal.form.errors.detailsRequiredForCorrection)).toBeVisible();
});

test("the language switcher keeps the page and speaks the chosen language", async ({ page }) => {
  await page.goto("/p/mgoods-seller/request?lang=uz");
  await expect(page.getByRole("heading", { level: 1, name: t("uz").portal.form.title })).toBeVisible();
  await page.getByRole("link", { name: t("ru").common.languageName }).click();
  await expect(page).toHaveURL(/\/p\/mgoods-seller\/request\?lang=ru/);
  await expect(page.getByRole("heading", { level: 1, name: t("ru").portal.form.title })).toBeVisible();
});

test("an unknown portal is a 404", async ({ page }) => {
  const response = await page.goto("/p/no-such-operator");
  expect(response?.status()).toBe(404);
});

test("a portal address with broken %-escapes is a 400, not a 500", async ({ request }) => {
  for (const path of ["/p/%zz/request", "/p/%E0%A4%A/status"]) expect((await request.get(path)).status()).toBe(400);
});

test("a post of more than 1 MB to a public page is refused with 413, not run and not a 500", async ({ request }) => {
  const response = await request.post("/p/mvsep/request", {
    multipart: { email: "big@example.test", details: "x".repeat(2 * 1024 * 1024) },
    headers: { "Next-Action": "0".repeat(42) },
  });
  expect(response.status()).toBe(413);
});

test("a post streamed in chunks without its length is refused with 411 before any action reads it, not a 500", async ({ baseURL }) => {
  const { host } = new URL(baseURL!);
  const status = await new Promise<number | undefined>((resolve, reject) => {
    const post = httpRequest(
      { host: "127.0.0.1", port: Number(process.env.RIGHTSDESK_E2E_PORT), path: "/p/mvsep/request/sent", method: "POST" },
      (response) => {
        response.resume();
        resolve(response.statusCode);
      },
    );
    post.on("error", reject);
    for (const header of [["Host", host], ["Origin", baseURL!], ["Next-Action", "0".repeat(42)], ["Transfer-Encoding", "chunked"]]) post.setHeader(header[0]!, header[1]!);
    // Any size is refused: without a declared length there is no knowing how much will follow.
    post.write(Buffer.alloc(64 * 1024, 0x61));
    post.end(Buffer.alloc(64 * 1024, 0x61));
  });
  expect(status).toBe(411);
});
