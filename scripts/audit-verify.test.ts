import { spawnSync } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { databaseEnv, databasePath, rawRows, rawRun, withTransaction } from "../db/client";
import { engineFromEnv } from "../db/engine";
import { appendEvent } from "../db/queries/events";
import { getPortalBySlug } from "../db/queries/portals";
import { seedDemoPortals } from "../db/seed-portals";
import { tempDbPerTest } from "../db/testing";
import { createTestDatabase } from "../db/testing-pg";

const onSqlite = engineFromEnv() === "sqlite";

/** Runs the script as `npm run -s audit:verify` does, on the database `target` names. */
function auditVerify(target: { DATABASE_URL: string; DATABASE_PATH?: string }) {
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/audit-verify.ts"], {
    encoding: "utf8",
    // A fixed AUTH_SECRET keeps env() from writing one into ./data.
    env: { ...process.env, ...target, AUTH_SECRET: "x".repeat(32) },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The same database URL with another database name. */
function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
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
    usegptIds = (await rawRows<{ id: number }>(db(), sql`select id from request_events where portal_id = ${usegpt} order by id`)).map((r) => Number(r.id));
  });

  const target = () => databaseEnv(db());
  /** Raw SQL on the test's database, as someone tampering with it would run it. */
  const tamper = (query: ReturnType<typeof sql>) => withTransaction(db(), (tx) => rawRun(tx, query));

  it("prints every portal's chain as intact and exits 0", () => {
    const r = auditVerify(target());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("mvsep: 2 entries, chain intact\n");
    expect(r.stdout).toContain("usegpt: 4 entries, chain intact\n");
    expect(r.stdout).toContain("deepen: 0 entries, chain intact\n");
  });

  it("names an entry whose data was edited and exits 1; other portals stay intact", async () => {
    await tamper(sql`update request_events set data = ${'{"i":99}'} where id = ${usegptIds[1]}`);
    const r = auditVerify(target());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`usegpt: BROKEN at entry ${usegptIds[1]}: hash does not match its contents\n`);
    expect(r.stdout).toContain("mvsep: 2 entries, chain intact\n");
  });

  it("names the entry after one deleted from the middle", async () => {
    await tamper(sql`delete from request_events where id = ${usegptIds[1]}`);
    const r = auditVerify(target());
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`usegpt: BROKEN at entry ${usegptIds[2]}: does not follow the entry before it`);
  });

  // The file SQLite would create by opening it.
  it.runIf(onSqlite)("exits 2 without creating a database where none is", () => {
    const missing = join(databasePath(db()), "..", "missing.db");
    const r = auditVerify({ DATABASE_URL: "", DATABASE_PATH: missing });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`no database at ${missing}`);
    expect(existsSync(missing)).toBe(false);
  });

  it.runIf(!onSqlite)("exits 2 naming the missing database when DATABASE_URL names none, and creates none", async () => {
    const name = `missing_${Date.now()}`;
    const missing = withDatabase(target().DATABASE_URL, name);
    const r = auditVerify({ DATABASE_URL: missing });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`audit:verify could not check the chains: no database at ${missing} (set DATABASE_URL)`);
    expect(await rawRows(db(), sql`select 1 from pg_database where datname = ${name}`)).toEqual([]);
  });

  it.runIf(onSqlite)("exits 2 when the file is not a database", () => {
    const notDb = join(databasePath(db()), "..", "notes.txt");
    writeFileSync(notDb, "not sqlite, just text ".repeat(100));
    const r = auditVerify({ DATABASE_URL: "", DATABASE_PATH: notDb });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/could not check the chains: file is not a database/);
  });

  it.runIf(!onSqlite)("exits 2 when the database is not a Rightsdesk one (no tables)", async () => {
    const empty = await createTestDatabase({ empty: true });
    try {
      const r = auditVerify({ DATABASE_URL: empty.url });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`could not check the chains: the database at ${empty.url} is not a Rightsdesk database: it has no audit tables (run npm run db:migrate)`);
    } finally {
      await empty.drop();
    }
  });
});
