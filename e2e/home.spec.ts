import { expect, test } from "@playwright/test";

test("home page says what Rightsdesk is", async ({ page }) => {
  await page.goto("/");

  await expect(page).toHaveTitle(/Rightsdesk/);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(
    page.getByRole("heading", {
      level: 1,
      name: "A self-hosted portal for data-subject-rights requests",
    }),
  ).toBeVisible();
  await expect(page.getByRole("heading", { name: "For requesters" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "For privacy staff" })).toBeVisible();

  const regimes = page.getByRole("list").filter({ hasText: "EU GDPR" });
  for (const regime of [
    "EU GDPR",
    "UK GDPR",
    "California CCPA/CPRA",
    "Russia 152-FZ",
    "Turkey KVKK",
    "Brazil LGPD",
    "Operator promises",
  ]) {
    await expect(regimes.getByText(regime, { exact: true })).toBeVisible();
  }
});

test("liveness endpoint answers ok and is not cached", async ({ request }) => {
  const response = await request.get("/api/health/live");

  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
  expect(response.headers()["cache-control"]).toContain("no-store");
});

test("health endpoint reports ok and is not cached", async ({ request }) => {
  const response = await request.get("/api/health");

  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok" });
  expect(response.headers()["cache-control"]).toContain("no-store");
});
