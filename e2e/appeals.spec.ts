import { expect, linkIn, mailTo, seedOf, t, test, tokenOf, verifiedRequest, withDb } from "./fixtures";
import { createStaff, signInAs } from "./staff";
import { ensureVirginiaPortal, localDateOf, plusDays } from "./us-portal";

const en = t("en");

test.beforeAll(() => {
  ensureVirginiaPortal();
});

test("Virginia: a declined deletion is appealed from its status page, due 60 days after it was lodged; the denial names the Attorney General", async ({ page, browser, mailbox }) => {
  // Va. Code §59.1-577(B)(1): 45 calendar days counted from the day after receipt, its day taken in Virginia, no roll.
  // 2026-03-03T03:30Z is Mon 2 Mar 2026 22:30 EST (UTC−5; daylight time starts 8 Mar), a day earlier than in UTC:
  // 2 Mar + 45 days = 31 Mar (29) + 16 Apr (16) → Thu 16 Apr 2026.
  const req = await verifiedRequest(page, mailbox, { slug: "blue-ridge", type: "deletion", language: "en", receivedAt: "2026-03-03T03:30:00Z" });
  const agent = await browser.newContext();
  await signInAs(agent, await createStaff({ "blue-ridge": "agent" }));
  const staff = await agent.newPage();
  await staff.goto(`/staff/requests/${req.id}`);
  await expect(staff.locator("[data-due]")).toHaveAttribute("data-due", "2026-04-16");
  await staff.getByLabel("Reject: reason").selectOption("no-data-held");
  await staff.getByRole("button", { name: "Reject" }).click();
  await expect(staff.locator("[data-status]")).toHaveText("Rejected");

  const rejection = await mailTo(mailbox, req.email, (m) => m.subject === en.emails.rejection.subject("Blue Ridge Outfitters (US test portal)", req.reference));
  await page.goto(linkIn(rejection, "status"));
  await expect(page.getByRole("heading", { name: en.appeals.status.heading })).toBeVisible();
  await page.getByLabel(en.appeals.status.groundsLabel).fill("You still send me your catalogue, so you hold my address.");
  const { date: lodgedOn } = await localDateOf("America/New_York", async () => {
    await page.getByRole("button", { name: en.appeals.status.submit }).click();
    await expect(page.getByText(en.appeals.status.lodged)).toBeVisible();
  });
  await expect(page.getByRole("heading", { name: en.appeals.status.heading })).toHaveCount(0);

  const appeal = withDb((db) => db.prepare("select id, reference, due_date from requests where appeal_of = ?").get(req.id)) as {
    id: number;
    reference: string;
    due_date: string;
  };
  // Va. Code §59.1-577(C): 60 calendar days counted from the day after the appeal arrived, its day taken in Virginia
  // (America/New_York), no roll. Not a literal date: the appeal arrives today, stamped by the server's real clock, so it
  // is counted by hand from the New York date of the lodging by the test's own clock. The engine's literal cases
  // (lodged Mon 5 Jan 2026 → due Fri 6 Mar 2026) are in lib/deadlines/us-va-vcdpa.test.ts.
  const expected = plusDays(lodgedOn, 60);
  expect(appeal.due_date).toBe(expected);
  await expect(page.locator("dd.reference", { hasText: appeal.reference })).toBeVisible();

  const received = await mailTo(mailbox, req.email, (m) => m.subject === en.appeals.emails.appealReceived.subject("Blue Ridge Outfitters (US test portal)", appeal.reference));
  await page.goto(linkIn(received, "status"));
  await expect(page.locator("[data-due]")).toHaveAttribute("data-due", expected);
  await expect(page.locator("dd.reference", { hasText: req.reference })).toBeVisible();

  await staff.goto(`/staff/requests/${appeal.id}`);
  await expect(staff.getByText(`Appeal of ${req.reference}`)).toBeVisible();
  await staff.getByRole("button", { name: "Start work" }).click();
  await staff.getByLabel("Denied: the original decision stands").check();
  await staff.getByLabel("Written explanation for the requester").fill("Catalogues go to a mailing list you joined separately; we hold nothing else.");
  await staff.getByRole("button", { name: "Send the decision" }).click();
  await expect(staff.locator("[data-status]")).toHaveText("Rejected");

  const decision = await mailTo(mailbox, req.email, (m) => m.subject === en.appeals.emails.appealDecision.subject("Blue Ridge Outfitters (US test portal)", appeal.reference));
  expect(decision.text).toContain("Office of the Attorney General of Virginia");
  expect(decision.text).toContain("https://www.oag.state.va.us/consumer-protection/");
  await page.goto(linkIn(decision, "status"));
  await expect(page.getByRole("heading", { name: en.appeals.complaint.heading })).toBeVisible();
  await expect(page.getByRole("link", { name: en.appeals.complaint.link })).toHaveAttribute("href", "https://www.oag.state.va.us/consumer-protection/");
});

test("staff see the third request in a year is over the free limit; the API takes an appeal with the reference and its status token, and refuses anything else alike", async ({ page, browser, request, mailbox }) => {
  const req = await verifiedRequest(page, mailbox, { slug: "blue-ridge", type: "access", language: "en" });
  // Two earlier answered requests from the same address this year make this the third: over Virginia's two free a year.
  // Deliberately forged in raw SQL: back-dated, completed requests that no path of the app can make today.
  withDb((db) => {
    const insert = db.prepare(
      "insert into requests (portal_id, reference, type, status, channel, email, language, received_at, verified_at, closed_at) select portal_id, ?, ?, 'completed', 'web', email, 'en', ?, ?, ? from requests where id = ?",
    );
    for (const [reference, type, daysAgo] of [[`${req.reference}-A`, "access", 60], [`${req.reference}-B`, "deletion", 30]] as const) {
      const at = Date.now() - daysAgo * 86_400_000;
      insert.run(reference, type, at, at, at + 86_400_000, req.id);
    }
  });
  const agent = await browser.newContext();
  await signInAs(agent, await createStaff({ "blue-ridge": "agent" }));
  const staff = await agent.newPage();
  await staff.goto(`/staff/requests/${req.id}`);
  await expect(staff.locator("[data-free-limit]")).toHaveAttribute("data-free-limit", "3");
  await expect(staff.locator("[data-free-limit]")).toContainText("Va. Code §59.1-577(B)(3) allows 2 free of charge");
  await staff.getByLabel("Reject: reason").selectOption("identity-not-verified");
  await staff.getByRole("button", { name: "Reject" }).click();
  await expect(staff.locator("[data-status]")).toHaveText("Rejected");

  const url = "/api/v1/portals/blue-ridge/requests";
  const token = tokenOf(req.statusLink);
  const refusals = await Promise.all(
    [
      { appealOf: "BRO-0000-0000", statusToken: token },
      { appealOf: req.reference, statusToken: "x".repeat(43) },
    ].map(async (proof) => {
      const response = await request.post(url, { data: { type: "appeal", grounds: "I can prove who I am.", ...proof } });
      return { status: response.status(), body: await response.json() };
    }),
  );
  expect(refusals[0]).toEqual(refusals[1]);
  expect(refusals[0]!.status).toBe(403);
  expect(refusals[0]!.body.error.code).toBe("appeal_not_allowed");

  const missing = await request.post(url, { data: { type: "appeal", appealOf: req.reference, statusToken: token } });
  expect(missing.status()).toBe(400);
  expect((await missing.json()).error.fields.grounds).toEqual(["Say why you disagree with the decision."]);

  const { date: lodgedOn, result: lodged } = await localDateOf("America/New_York", () =>
    request.post(url, { data: { type: "appeal", appealOf: req.reference.toLowerCase(), statusToken: token, grounds: "I can prove who I am." } }),
  );
  expect(lodged.status()).toBe(201);
  const body = await lodged.json();
  expect(body).toMatchObject({ id: expect.stringMatching(/^BRO-/), type: "appeal", status: "open" });
  const stored = withDb((db) => db.prepare("select channel from requests where reference = ?").get(body.id)) as { channel: string };
  expect(stored.channel).toBe("api");
  // Va. Code §59.1-577(C), as above: 60 days on from the New York date the appeal was lodged.
  expect(body.dueDate).toBe(plusDays(lodgedOn, 60));

  const again = await request.post(url, { data: { type: "appeal", appealOf: req.reference, statusToken: token, grounds: "Once more." } });
  expect(again.status()).toBe(403);
});

test("a GDPR-style portal shows the supervisory authority on a decided request, and offers no appeal", async ({ page, browser, mailbox }) => {
  const req = await verifiedRequest(page, mailbox, { slug: "usegpt", type: "deletion", language: "ru" });
  const agent = await browser.newContext();
  await signInAs(agent, await createStaff({ usegpt: "agent" }));
  const staff = await agent.newPage();
  await staff.goto(`/staff/requests/${req.id}`);
  await staff.getByLabel("Reject: reason").selectOption("no-data-held");
  await staff.getByRole("button", { name: "Reject" }).click();
  await expect(staff.locator("[data-status]")).toHaveText("Rejected");
  const ru = t("ru").appeals;
  const rejection = await mailTo(mailbox, req.email, (m) => m.subject === t("ru").emails.rejection.subject(seedOf("usegpt").name, req.reference));
  expect(rejection.text).toContain(t("ru").emails.rejection.reasons["no-data-held"]);
  expect(rejection.text).toContain(ru.complaint.supervisory("Роскомнадзор"));
  expect(rejection.text).toContain("https://rkn.gov.ru/treatments/ask-question/");
  await page.goto(req.statusLink);
  await expect(page.getByRole("heading", { name: ru.complaint.heading })).toBeVisible();
  await expect(page.getByText(ru.complaint.supervisory("Роскомнадзор"))).toBeVisible();
  await expect(page.getByRole("heading", { name: ru.status.heading })).toHaveCount(0);
});
