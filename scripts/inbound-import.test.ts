import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { databaseEnv } from "../db/client";
import { emailOutbox, inboundMessages, requests } from "../db/schema";
import { seedDemoPortals } from "../db/seed-portals";
import { tempDbPerTest } from "../db/testing";
import { compose } from "../lib/inbound/testing";

const db = tempDbPerTest();
let dir: string;

/** Runs the CLI as `npm run -s inbound:import -- …` does, on the test's database. */
function inboundImport(...args: string[]) {
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/inbound-import.ts", ...args], {
    encoding: "utf8",
    // A fixed AUTH_SECRET keeps env() from writing one into ./data; mail.invalid has no DNS, so nothing is proved.
    env: { ...process.env, ...databaseEnv(db()), AUTH_SECRET: "x".repeat(32), APP_URL: "http://privacy.example.test" },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeEach(async () => {
  await seedDemoPortals(db());
  dir = mkdtempSync(join(tmpdir(), "inbound-import-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const eml = async (name: string, mail: Parameters<typeof compose>[0]) => {
  const path = join(dir, name);
  writeFileSync(path, await compose(mail));
  return path;
};

describe("inbound:import CLI", () => {
  it("--json prints the request's reference and status; a second import of the file is a duplicate", async () => {
    const file = await eml("m.eml", { from: "bek@mail.invalid", to: "info@deepen.uz", messageId: "<cli1@mail.invalid>", subject: "Hisobni o‘chirish", text: "Iltimos, hisobimni o‘chiring." });
    const first = inboundImport("--portal", "deepen", file, "--json");
    expect(first).toMatchObject({ code: 0, stderr: "" });
    const { reference, status } = JSON.parse(first.stdout) as { reference: string; status: string };
    expect(Object.keys(JSON.parse(first.stdout))).toEqual(["reference", "status"]);
    expect(status).toBe("submitted");
    const [request] = await db().select().from(requests).where(eq(requests.reference, reference));
    expect(request).toMatchObject({ channel: "email", email: "bek@mail.invalid", language: "uz", triage: "needs_triage" });
    expect((await db().select({ template: emailOutbox.template }).from(emailOutbox)).map((m) => m.template)).toEqual(["inbound-verification"]);
    const again = inboundImport("--portal", "deepen", file, "--json");
    expect(again).toMatchObject({ code: 0 });
    expect(JSON.parse(again.stdout)).toEqual({ ignored: "duplicate" });
  });

  it("without --json says what became of the message; an auto-reply is ignored", async () => {
    const file = await eml("auto.eml", { from: "bek@mail.invalid", messageId: "<cli2@mail.invalid>", subject: "Out of office", text: "Away", headers: { "Auto-Submitted": "auto-replied" } });
    const r = inboundImport("--portal", "deepen", file);
    expect(r).toMatchObject({ code: 0, stdout: "deepen: ignored (auto submitted)\n" });
    expect(await db().select({ reason: inboundMessages.reason }).from(inboundMessages)).toEqual([{ reason: "auto_submitted" }]);
  });

  // Each a spawn of its own (about 2 s).
  it.each<[string[], number, string]>([
    [["--portal", "deepen"], 2, "the message file is required"],
    [["/tmp/x.eml"], 2, "--portal: is required"],
    [["--portal", "deepen", "--bogus", "/tmp/x.eml"], 2, "Unknown option '--bogus'"],
    [["--portal", "deepen", "/nonexistent/message.eml"], 1, "no message file at /nonexistent/message.eml"],
  ])("refuses %j with exit %i, saying why", async (args, code, message) => {
    const r = inboundImport(...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
    expect(await db().$count(inboundMessages)).toBe(0);
  });

  it("refuses an unknown portal with exit 1 and imports nothing", async () => {
    const file = await eml("m.eml", { from: "bek@mail.invalid", messageId: "<cli3@mail.invalid>", subject: "x", text: "y" });
    const r = inboundImport("--portal", "nosuch", file);
    expect(r).toMatchObject({ code: 1, stderr: 'no portal has the slug "nosuch"\n' });
    expect(await db().$count(inboundMessages)).toBe(0);
  });
});
