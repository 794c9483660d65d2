import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, linkIn, mailTo, seedOf, t, test, uniqueEmail } from "./fixtures";
import { createStaff, signInAs } from "./staff";

/** `npm run -s inbound:import`, the same path as the mailbox poller, on the e2e server's database. */
function importMessage(raw: string): { reference: string; status: string } {
  const dir = mkdtempSync(join(tmpdir(), "eml-"));
  try {
    const file = join(dir, "message.eml");
    writeFileSync(file, raw);
    const env = { ...process.env, NODE_OPTIONS: "", DATABASE_PATH: process.env.RIGHTSDESK_E2E_DB, AUTH_SECRET: process.env.RIGHTSDESK_E2E_AUTH_SECRET };
    const out = execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/inbound-import.ts", "--portal", "deepen", file, "--json"], { env, encoding: "utf8" });
    return JSON.parse(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("an Uzbek email to Deepen becomes a request: the sender confirms the address, staff confirm the suggested type", async ({ page, browser, mailbox }) => {
  const email = uniqueEmail("emailed");
  // Unsigned, so the sender's address is not proved and they are asked to confirm it (Deepen §6.1: from the registered address).
  const raw = [
    `From: Aziza Karimova <${email}>`,
    "To: info@deepen.uz",
    "Subject: Hisobimni o'chirish",
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: <${randomBytes(8).toString("hex")}@mail.example.test>`,
    "MIME-Version: 1.0",
    "Content-Type: text/plain; charset=utf-8",
    "",
    "Assalomu alaykum! Iltimos, hisobimni va barcha ma'lumotlarimni o'chirib tashlang.",
    "",
  ].join("\r\n");
  const { reference, status } = importMessage(raw);
  expect(status).toBe("submitted");

  // The reply is in the language the message was written in.
  const verification = await mailTo(mailbox, email);
  expect(verification.subject).toBe(t("uz").inbound.verification.subject(seedOf("deepen").name));
  await page.goto(linkIn(verification, "verify"));
  await page.getByRole("button", { name: t("uz").portal.verify.confirm }).click();
  await expect(page.getByRole("heading", { level: 1, name: t("uz").portal.status.title })).toBeVisible();

  const agent = await browser.newContext();
  await signInAs(agent, await createStaff({ deepen: "agent" }));
  const staff = await agent.newPage();
  await staff.goto("/staff?portal=deepen&triage=1");
  const row = staff.getByRole("row").filter({ hasText: reference });
  await expect(row).toContainText("needs triage");
  await row.getByRole("link", { name: reference }).click();
  const triage = staff.getByRole("alert", { name: "Needs triage" });
  await expect(triage).toContainText("The classifier suggests: Deletion.");
  // The subject and the message's text, as staff read them.
  await expect(staff.getByText("Hisobimni o'chirish", { exact: true })).toBeVisible();
  await expect(staff.getByText(/Iltimos, hisobimni va barcha ma'lumotlarimni o'chirib tashlang/)).toBeVisible();
  await triage.getByRole("button", { name: "Confirm type" }).click();
  await expect(staff.getByRole("status")).toHaveText("Done: type confirmed.");
  await expect(staff.getByRole("alert", { name: "Needs triage" })).toHaveCount(0);
});
