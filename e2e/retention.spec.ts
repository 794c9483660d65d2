import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { expect, test, withDb } from "./fixtures";
import { createStaff, signInAs } from "./staff";

const DAY_MS = 86_400_000;
const inDays = (n: number) => new Date(Date.now() + n * DAY_MS).toISOString().slice(0, 10);

/**
 * A completed usegpt deletion that kept two categories under the portal's
 * retention bases: one for 5 more days, one for 300. Written straight into the
 * server's database in raw SQL (deliberately forged: recording outcomes through the UI is another spec's job).
 */
function keptDeletion() {
  const tag = randomBytes(3).toString("hex");
  const reference = `UGP-E2E-${tag.toUpperCase()}`;
  const soon = `payment records ${tag}`;
  const later = `security logs ${tag}`;
  return withDb((db) => {
    const portalId = (db.prepare("select id from portals where slug = 'usegpt'").get() as { id: number }).id;
    const basis = (key: string) => (db.prepare("select id from retention_bases where portal_id = ? and key = ?").get(portalId, key) as { id: number }).id;
    const now = Date.now();
    const requestId = Number(
      db
        .prepare("insert into requests (portal_id, reference, type, status, channel, email, language, received_at, verified_at, closed_at) values (?, ?, 'deletion', 'completed', 'web', ?, 'ru', ?, ?, ?)")
        .run(portalId, reference, `${tag}@example.test`, now - 10 * DAY_MS, now - 10 * DAY_MS, now).lastInsertRowid,
    );
    const outcome = db.prepare("insert into deletion_outcomes (request_id, portal_id, category, kept, basis_id, keep_until) values (?, ?, ?, 1, ?, ?)");
    outcome.run(requestId, portalId, soon, basis("payments-disputes"), inDays(5));
    outcome.run(requestId, portalId, later, basis("security-logs"), inDays(300));
    return { reference, requestId, soon, later };
  });
}

const registerRow = (page: Page, category: string) => page.getByRole("row").filter({ hasText: category });

test.describe("retention register", () => {
  test("an agent finds what ends soon, confirms its purge, and finds it in the CSV and the audit log", async ({ page, context }) => {
    const kept = keptDeletion();
    const agent = await createStaff({ usegpt: "agent" });
    await signInAs(context, agent);

    await page.goto("/staff/retention");
    await page.getByLabel("Ends within (days)").fill("30");
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(page).toHaveURL(/within=30/);
    await expect(registerRow(page, kept.soon)).toContainText(kept.reference);
    await expect(registerRow(page, kept.soon)).toContainText("Payment, refund and dispute records");
    await expect(registerRow(page, kept.later)).toHaveCount(0);

    await registerRow(page, kept.soon).getByRole("button", { name: "Confirm purge" }).click();
    await expect(page.getByRole("status")).toHaveText("Purge confirmed and recorded in the audit log.");
    // Back on the same filter, which lists only what is still kept.
    await expect(page).toHaveURL(/within=30/);
    await expect(registerRow(page, kept.soon)).toHaveCount(0);

    await page.getByLabel("Ends within (days)").clear();
    await page.getByLabel("Include purged").check();
    await page.getByRole("button", { name: "Filter" }).click();
    await expect(registerRow(page, kept.soon)).toContainText(`purged by ${agent.email}`);
    await expect(registerRow(page, kept.soon).getByRole("button", { name: "Confirm purge" })).toHaveCount(0);
    await expect(registerRow(page, kept.later)).toContainText("kept");

    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export CSV" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^retention-register-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, "utf8");
    expect(csv).toMatch(new RegExp(`${kept.reference},[^\\r\\n]*,${kept.soon},[^\\r\\n]*,purged,[^\\r\\n]*,${agent.email}\\r\\n`));

    // Exports are POSTs: a GET, which any link or image could make, is refused before anything is recorded.
    expect((await page.request.get("/staff/audit/usegpt?format=json")).status()).toBe(405);
    expect((await page.request.get(`/staff/requests/${kept.requestId}/audit?format=csv`)).status()).toBe(405);
    expect((await page.request.get("/staff/retention/export")).status()).toBe(405);
    // A page on another port of this host is same-site: its form would carry the staff cookie.
    const elsewhere = { "Sec-Fetch-Site": "same-site", Origin: "http://localhost:1" };
    expect((await page.request.post("/staff/audit/usegpt?format=json", { headers: elsewhere })).status()).toBe(403);
    const portalAudit = await page.request.post("/staff/audit/usegpt?format=json");
    expect(portalAudit.status()).toBe(200);
    expect(portalAudit.headers()["content-disposition"]).toBe('attachment; filename="audit-usegpt.json"');
    expect(portalAudit.headers()["cache-control"]).toContain("no-store");
    const purge = { type: "retention_purge_confirmed", requestId: kept.requestId, reference: kept.reference, actor: `staff:${agent.id}` };
    expect(await portalAudit.json()).toContainEqual(expect.objectContaining(purge));

    await page.goto(`/staff/requests/${kept.requestId}`);
    const exporting = page.waitForEvent("download");
    await page.getByRole("button", { name: "CSV", exact: true }).click();
    const requestAudit = await exporting;
    expect(requestAudit.suggestedFilename()).toBe(`audit-${kept.reference}.csv`);
    const body = readFileSync((await requestAudit.path())!);
    // The byte-order mark that lets Excel read the file as UTF-8.
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = body.subarray(3).toString("utf8").split("\r\n");
    expect(lines[0]).toBe("id,at,requestId,reference,type,actor,public,data,prevHash,hash");
    expect(lines.some((l) => l.includes(`,${kept.reference},retention_purge_confirmed,staff:${agent.id},`))).toBe(true);
  });

  test("a viewer sees the register and exports the audit log, but cannot confirm a purge", async ({ page, context }) => {
    const kept = keptDeletion();
    await signInAs(context, await createStaff({ usegpt: "viewer" }));

    await page.goto("/staff/retention?portal=usegpt");
    await expect(registerRow(page, kept.soon)).toContainText("kept");
    await expect(page.getByRole("button", { name: "Confirm purge" })).toHaveCount(0);
    expect((await page.request.post("/staff/audit/usegpt?format=csv")).status()).toBe(200);
  });

  test("a member of another portal sees none of usegpt's rows and cannot export its audit log", async ({ page, context }) => {
    const kept = keptDeletion();
    await signInAs(context, await createStaff({ deepen: "admin" }));

    await page.goto("/staff/retention");
    await expect(page.getByRole("heading", { name: "Retention register" })).toBeVisible();
    await expect(page.getByText(kept.reference)).toHaveCount(0);
    expect((await page.request.post("/staff/audit/usegpt?format=json")).status()).toBe(404);
    expect((await page.request.post(`/staff/requests/${kept.requestId}/audit`)).status()).toBe(404);
  });
});
