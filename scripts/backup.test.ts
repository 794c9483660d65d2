import Database from "better-sqlite3";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { databaseEnv } from "../db/client";
import { engineFromEnv } from "../db/engine";
import { tempDbPerTest } from "../db/testing";

const db = tempDbPerTest();
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "rightsdesk-backup-cli-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the script as `npm run -s backup -- <args>` does, on the test's database. */
function backup(...args: string[]) {
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/backup.ts", ...args], {
    encoding: "utf8",
    env: { ...process.env, ...databaseEnv(db()) },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

it("npm run backup -- <file> copies the SQLite database, or on PostgreSQL refuses and points at pg_dump", () => {
  const target = join(dir, "rightsdesk-copy.db");
  const run = backup(target);
  if (engineFromEnv() === "postgres") {
    expect(run).toMatchObject({ code: 1, stdout: "" });
    expect(run.stderr).toMatch(/DATABASE_URL selects PostgreSQL: back it up with pg_dump/);
    expect(existsSync(target)).toBe(false);
    return;
  }
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  expect(run.stdout).toMatch(/^backed up .* to .*rightsdesk-copy\.db \(\d+ pages\)\n$/);
  const copy = new Database(target, { readonly: true });
  try {
    expect(copy.prepare("select count(*) as n from __drizzle_migrations").get()).toMatchObject({ n: expect.any(Number) });
  } finally {
    copy.close();
  }
  // A second run to the same file refuses rather than overwrite the first copy.
  expect(backup(target)).toMatchObject({ code: 1, stderr: expect.stringMatching(/already exists/) });
});

it("says how to call it when no file is named", () => {
  expect(backup()).toMatchObject({ code: 1, stderr: expect.stringMatching(/Usage: npm run backup -- <file>/) });
});
