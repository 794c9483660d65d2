import { expect, t, test, verifiedRequest } from "./fixtures";
import { createStaff, signInAs } from "./staff";

const ru = t("ru");

test("a staff member picks Russian: the queue and a request's page speak Russian, in <html lang=\"ru\">, and stay so", async ({ page, browser, mailbox }) => {
  const req = await verifiedRequest(page, mailbox, { slug: "deepen", type: "deletion", language: "uz" });
  const member = await createStaff({ deepen: "agent" });
  const agent = await browser.newContext({ locale: "en-GB" });
  await signInAs(agent, member);
  const staff = await agent.newPage();

  await staff.goto("/staff?portal=deepen");
  await expect(staff.locator("html")).toHaveAttribute("lang", "en");
  await staff.getByLabel("Language", { exact: true }).selectOption("ru");
  await staff.getByRole("button", { name: "Change" }).click();

  // Back on the queue, filtered as before, in Russian.
  await expect(staff).toHaveURL(/\/staff\?portal=deepen$/);
  await expect(staff.locator("html")).toHaveAttribute("lang", "ru");
  await expect(staff).toHaveTitle(`${ru.staff.queue.title} · Rightsdesk`);
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(ru.staff.queue.heading);
  await expect(staff.getByRole("navigation", { name: ru.staff.nav.label }).getByRole("link", { name: ru.staff.nav.queue })).toBeVisible();
  await expect(staff.getByRole("region", { name: ru.staff.dashboard.keyFigures })).toContainText(ru.staff.dashboard.open);
  for (const column of [ru.staff.queue.reference, ru.staff.queue.type, ru.staff.queue.status, ru.staff.queue.due]) {
    await expect(staff.getByRole("columnheader", { name: column, exact: true })).toBeVisible();
  }
  const row = staff.getByRole("row").filter({ has: staff.getByRole("link", { name: req.reference }) });
  await expect(row.getByRole("cell").nth(2)).toHaveText("Уничтожение");
  await expect(row.getByRole("cell").nth(3)).toHaveText("Новый");
  await expect(row.getByRole("cell").nth(5)).toContainText(/осталось \d+ дн/);
  await expect(staff.locator("select[name=status] option[value=awaiting_requester]")).toHaveText("Ожидает ответа субъекта");

  await row.getByRole("link", { name: req.reference }).click();
  await expect(staff.locator("html")).toHaveAttribute("lang", "ru");
  await expect(staff).toHaveTitle(`${ru.staffCase.title} · Rightsdesk`);
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(`${req.reference} · Уничтожение`);
  await expect(staff.locator("[data-status]")).toHaveText("Новый");
  await expect(staff.getByRole("heading", { name: ru.staffCase.deadline.heading, exact: true })).toBeVisible();
  await expect(staff.getByRole("heading", { name: ru.staffCase.timeline.heading })).toBeVisible();
  await staff.getByRole("button", { name: ru.staffCase.actions.start }).click();
  await expect(staff.getByRole("status")).toHaveText(ru.staffCase.done.started);
  await expect(staff.locator("[data-status]")).toHaveText("В работе");
  await expect(staff.locator('[data-event="work_started"]')).toContainText("Взят в работу");

  // A refusal is worded in Russian too: an empty note (the browser's own check is taken off).
  await staff.getByLabel(ru.staffCase.actions.note).evaluate((note) => note.removeAttribute("required"));
  await staff.getByRole("button", { name: ru.staffCase.actions.addNote }).click();
  await expect(staff.locator("p.form-error")).toHaveText(ru.staffErrors.codes.note_empty);

  // Stored with the member, not the browser: a new session in an English browser still reads Russian.
  const elsewhere = await browser.newContext({ locale: "en-GB" });
  await signInAs(elsewhere, member);
  const again = await elsewhere.newPage();
  await again.goto("/staff");
  await expect(again.locator("html")).toHaveAttribute("lang", "ru");
  await expect(again.getByLabel(ru.staff.language.label, { exact: true })).toHaveValue("ru");
});

test("until they pick, a staff member reads the desk in their browser's language", async ({ browser }) => {
  const agent = await browser.newContext({ locale: "tr-TR" });
  await signInAs(agent, await createStaff({ deepen: "agent" }));
  const staff = await agent.newPage();
  await staff.goto("/staff");
  await expect(staff.locator("html")).toHaveAttribute("lang", "tr");
  await expect(staff.getByRole("heading", { level: 1 })).toHaveText(t("tr").staff.queue.heading);
  await expect(staff.getByLabel(t("tr").staff.language.label, { exact: true })).toHaveValue("tr");
});
