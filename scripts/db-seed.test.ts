import { spawn } from "node:child_process";
import { expect, it } from "vitest";
import { databaseEnv } from "../db/client";
import { DEMO_ADMIN_EMAIL } from "../db/seed-staff";
import { memberships, portals, users } from "../db/schema";
import { tempDbPerTest } from "../db/testing";

const db = tempDbPerTest();

/** `npm run -s db:seed`, as a child process on the test's database. */
function seed(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/db-seed.ts"], {
      env: { ...process.env, ...databaseEnv(db()), AUTH_SECRET: "s".repeat(32) },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("close", (code) => resolve({ code, output }));
  });
}

it("instances seeding the same database at once both succeed, and create the portals and the admin once", async () => {
  const [a, b] = await Promise.all([seed(), seed()]);
  expect([a.code, b.code], a.output + b.output).toEqual([0, 0]);
  // Exactly one of them created (and printed the password of) the admin.
  expect([a.output, b.output].filter((o) => o.includes(`${DEMO_ADMIN_EMAIL} / `))).toHaveLength(1);
  expect(await db().$count(portals)).toBe(5);
  expect(await db().select({ email: users.email }).from(users)).toEqual([{ email: DEMO_ADMIN_EMAIL }]);
  expect(await db().$count(memberships)).toBe(5);
});
