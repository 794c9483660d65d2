import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import Database from "better-sqlite3";
import { beforeEach, describe, expect, it } from "vitest";
import { databasePath, withTransaction } from "../db/client";
import { appendEvent } from "../db/queries/events";
import { getPortalBySlug } from "../db/queries/portals";
import { seedDemoPortals } from "../db/seed-portals";
import { tempDbPerTest } from "../db/testing";

/** Runs the script as `npm run -s audit:verify` does, on the database at `path`. */
function auditVerify(path: string) {
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/audit-verify.ts"], {
    encoding: "utf8",
    // A fixed AUTH_SECRET keeps env() from writing one into ./data.
    env: { ...process.env, DATABASE_PATH: path, AUTH_SECRET: "x".repeat(32) },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("audit:verify", () => {
  const db = tempDbPerTest();
  let usegptIds: number[];

  /** Two portals' chains, interleaved as real traffic would write them. */
  beforeEach(async () => {
    await seedDemoPortals(db());
    const mvsep = (await getPortalBySlug(db(), { slug: "mvsep" }))!.id;
    const usegpt = (await getPortalBySlug(db(), { slug: "usegpt" }))!.id;
    for (let i = 0; i < 4; i++) {
      for (const portalId of i < 2 ? [mvsep, usegpt] : [usegpt]) {
        await withTransaction(db(), (tx) => appendEvent(tx, { portalId, requestId: null, type: "note_added", actor: "staff:u1", public: false, data: { i }, at: new Date() }));
      }
    }
    usegptIds = sql((raw) => raw.prepare("select id from request_events where portal_id = ? order by id").pluck().all(usegpt) as number[]);
  });

  const path = () => databasePath(db());
  /** Raw SQL on the test's file, as someone tampering with it would run it. */
  const sql = <T>(fn: (raw: Database.Database) => T): T => {
    const raw = new Database(path());
    try {
      return fn(raw);
    } finally {
      raw.close();
    }
  };

  it("prints every portal's chain as intact and exits 0", () => {
    const r = auditVerify(path());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("mvsep: 2 entries, chain intact\n");
    expect(r.stdout).toContain("usegpt: 4 entries, chain intact\n");
    expect(r.stdout).toContain("deepen: 0 entries, chain intact\n");
  });

  it("names an entry whose data was edited and exits 1; other portals stay intact", () => {
    sql((raw) => raw.prepare("update request_events set data = ? where id = ?").run('{"i":99}', usegptIds[1]));
    const r = auditVerify(path());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`usegpt: BROKEN at entry ${usegptIds[1]}: hash does not match its contents\n`);
    expect(r.stdout).toContain("mvsep: 2 entries, chain intact\n");
  });

  it("names the entry after one deleted from the middle", () => {
    sql((raw) => raw.prepare("delete from request_events where id = ?").run(usegptIds[1]));
    const r = auditVerify(path());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`usegpt: BROKEN at entry ${usegptIds[2]}: does not follow the entry before it`);
  });

  it("exits 2 without creating a database where none is", () => {
    const missing = join(path(), "..", "missing.db");
    const r = auditVerify(missing);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`no database at ${missing}`);
    expect(existsSync(missing)).toBe(false);
  });

  it("exits 2 when the file is not a database", () => {
    const notDb = join(path(), "..", "notes.txt");
    writeFileSync(notDb, "not sqlite, just text ".repeat(100));
    const r = auditVerify(notDb);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/could not check the chains: file is not a database/);
  });
});
