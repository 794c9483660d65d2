import { randomBytes } from "node:crypto";
import { expect, test, withDb } from "./fixtures";
import { createStaff, signInAs } from "./staff";

const DAY_MS = 86_400_000;

/** An open Deepen deletion due in five days, written straight into the server's database (its intake is other specs' job). */
function dueRequest(): { reference: string; requestId: number; dueDate: string } {
  const reference = `DPN-CAL-${randomBytes(3).toString("hex").toUpperCase()}`;
  const dueAt = new Date(Date.now() + 5 * DAY_MS);
  const dueDate = dueAt.toISOString().slice(0, 10);
  return withDb((db) => {
    const portalId = (db.prepare("select id from portals where slug = 'deepen'").get() as { id: number }).id;
    const requestId = Number(
      db
        .prepare("insert into requests (portal_id, reference, type, status, channel, email, language, received_at, verified_at, due_at, due_date) values (?, ?, 'deletion', 'open', 'web', ?, 'uz', ?, ?, ?, ?)")
        .run(portalId, reference, `${reference.toLowerCase()}@example.test`, Date.now(), Date.now(), dueAt.getTime(), dueDate).lastInsertRowid,
    );
    return { reference, requestId, dueDate };
  });
}

test("a staff member subscribes to their deadlines, and a revoked address stops working", async ({ page, context, request }) => {
  const due = dueRequest();
  const viewer = await createStaff({ deepen: "viewer" });
  await signInAs(context, viewer);

  await page.goto("/staff");
  await page.getByRole("link", { name: "Calendar" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Deadline calendar");
  await page.getByRole("button", { name: "Create a calendar address" }).click();
  const address = await page.getByLabel("Calendar address").inputValue();
  expect(address).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  await expect(page.getByRole("link", { name: "Subscribe in your calendar app" })).toHaveAttribute("href", address.replace(/^https?:/, "webcal:"));

  // What a calendar app gets: no cookie, only the secret address.
  const feed = await request.get(new URL(address).pathname, { headers: { cookie: "" } });
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const text = (await feed.text()).replace(/\r\n[ \t]/g, "");
  expect(text).toContain(`SUMMARY:Due: ${due.reference} · `);
  expect(text).toContain(`DTSTART;VALUE=DATE:${due.dueDate.replaceAll("-", "")}`);
  expect(text).toContain(`/staff/requests/${due.requestId}`);

  await page.reload();
  await expect(page.getByText("No calendar app has fetched it yet.")).toHaveCount(0);
  await page.getByRole("button", { name: "Revoke the address" }).click();
  await expect(page.getByRole("status")).toHaveText("Calendar address revoked: calendar apps using it get nothing from now on.");
  expect((await request.get(new URL(address).pathname)).status()).toBe(404);
});
