import Database from "better-sqlite3";
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { backupDatabase, BackupRefused } from "./backup";
import { closeDb, databasePath, openDb, withTransaction } from "./client";
import { engineFromEnv } from "./engine";
import { rateLimits } from "./schema";
import { tempDbPerTest } from "./testing";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "rightsdesk-backup-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/**
 * A server's writes from another process: pairs of rows, each pair in one
 * transaction, as fast as it can, until killed. Prints "writing" once started.
 */
const WRITER = `
  const Database = require("better-sqlite3");
  const db = new Database(process.argv[1]);
  db.pragma("journal_mode = WAL");
  db.pragma("busy_timeout = 5000");
  const insert = db.prepare("insert into rate_limits (key, count, reset_at) values (?, 1, 0)");
  const pair = db.transaction((i) => { insert.run("pair-" + i + "-a"); insert.run("pair-" + i + "-b"); });
  let i = 0;
  const burst = () => { for (let n = 0; n < 50; n++) pair(i++); if (i === 50) console.log("writing"); setImmediate(burst); };
  burst();
`;

// SQLite's online backup is an embedded-SQLite mechanism: on PostgreSQL the command refuses (below) and pg_dump does the work.
describe.runIf(engineFromEnv() === "sqlite")("backupDatabase on SQLite", () => {
  const db = tempDbPerTest();

  it("copies a live database being written by another process into a consistent file that opens", async () => {
    const source = databasePath(db());
    // Some bulk first, so the copy is more than a few pages.
    await withTransaction(db(), async (tx) => {
      for (let i = 0; i < 2000; i++) await tx.insert(rateLimits).values({ key: `bulk-${i}-${"x".repeat(200)}`, count: 1, resetAt: new Date(0) });
    });
    const writer = spawn(process.execPath, ["-e", WRITER, source], { stdio: ["ignore", "pipe", "inherit"] });
    try {
      await new Promise<void>((resolve, reject) => {
        writer.stdout.on("data", (chunk: Buffer) => chunk.toString().includes("writing") && resolve());
        writer.on("exit", (code) => reject(new Error(`the writer stopped early (${code})`)));
      });
      const target = join(dir, "nested", "copy.db");
      const result = await backupDatabase(target, { engine: "sqlite", source });
      expect(result).toMatchObject({ source, target });
      expect(result.pages).toBeGreaterThan(50);
      expect(existsSync(`${target}.partial`)).toBe(false);

      const copy = new Database(target, { readonly: true, fileMustExist: true });
      try {
        expect(copy.pragma("integrity_check", { simple: true })).toBe("ok");
        const count = (like: string) => (copy.prepare("select count(*) as n from rate_limits where key like ?").get(like) as { n: number }).n;
        expect(count("bulk-%")).toBe(2000);
        const [a, b] = [count("pair-%-a"), count("pair-%-b")];
        // Some of the writer's transactions made it into the copy, each one whole.
        expect(a).toBeGreaterThan(0);
        expect(b).toBe(a);
      } finally {
        copy.close();
      }
      // And the application opens it as its database.
      const restored = openDb(target);
      try {
        expect((await restored.select().from(rateLimits)).length).toBeGreaterThan(2000);
      } finally {
        await closeDb(restored);
      }
    } finally {
      writer.kill("SIGKILL");
    }
  });

  it("never overwrites a file, and says so", async () => {
    const target = join(dir, "existing.db");
    writeFileSync(target, "keep me");
    await expect(backupDatabase(target, { engine: "sqlite", source: databasePath(db()) })).rejects.toThrow(/already exists/);
  });

  it("refuses when there is no database at DATABASE_PATH, creating none", async () => {
    const source = join(dir, "missing.db");
    await expect(backupDatabase(join(dir, "copy.db"), { engine: "sqlite", source })).rejects.toThrow(/No database at DATABASE_PATH/);
    expect(existsSync(source)).toBe(false);
  });
});

describe("backupDatabase on PostgreSQL", () => {
  it("refuses, pointing at pg_dump", async () => {
    const target = join(dir, "copy.db");
    const refused = backupDatabase(target, { engine: "postgres" });
    await expect(refused).rejects.toThrow(BackupRefused);
    await expect(refused).rejects.toThrow(/pg_dump/);
    expect(existsSync(target)).toBe(false);
  });
});
