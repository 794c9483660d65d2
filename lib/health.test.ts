import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { closeDb, openDb, openPostgres, type Db } from "../db/client";
import { tempDbPerTest } from "../db/testing";
import { databaseStartupProblem, healthResponse, livenessResponse } from "./health";

const db = tempDbPerTest();

afterEach(() => {
  vi.restoreAllMocks();
});

describe("livenessResponse", () => {
  it("answers ok, uncached, without a database", async () => {
    const response = livenessResponse();
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('{"status":"ok"}');
    expect(response.headers.get("cache-control")).toBe("no-store");
  });
});

describe("healthResponse", () => {
  it("is 200 while the database answers", async () => {
    const response = await healthResponse(db);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("is 503 with a fixed body when the database fails, and logs the error on the server", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await healthResponse(() => {
      throw new Error("SQLITE_CANTOPEN: unable to open database file /srv/secret/path.db");
    });
    expect(response.status).toBe(503);
    expect(await response.text()).toBe('{"status":"unavailable"}');
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(String(log.mock.calls[0]?.[1])).toContain("/srv/secret/path.db");
  });
});

/** Nothing listens on port 1: the connection is refused at once. */
const UNREACHABLE_PG = "postgres://rightsdesk:hunter2-secret@127.0.0.1:1/rightsdesk";

describe("databaseStartupProblem", () => {
  it("is nothing while the database answers", async () => {
    expect(await databaseStartupProblem({ db })).toBeUndefined();
  });

  it("names DATABASE_URL when PostgreSQL cannot be reached, without repeating the URL's password", async () => {
    const pg = openPostgres(UNREACHABLE_PG, { max: 1 });
    try {
      const problem = await databaseStartupProblem({ db: () => pg, engine: "postgres" });
      expect(problem).toMatch(/DATABASE_URL/);
      expect(problem).toMatch(/ECONNREFUSED/);
      expect(problem).not.toContain("hunter2-secret");
    } finally {
      await closeDb(pg);
    }
  });

  it("names DATABASE_PATH when the SQLite file cannot be opened", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rightsdesk-health-"));
    try {
      writeFileSync(join(dir, "not-a-directory"), "");
      const problem = await databaseStartupProblem({ db: () => openDb(join(dir, "not-a-directory", "rightsdesk.db")), engine: "sqlite" });
      expect(problem).toMatch(/DATABASE_PATH/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("gives up on a database that never answers", async () => {
    const silent = { select: () => ({ from: () => new Promise(() => {}) }) } as unknown as Db;
    const problem = await databaseStartupProblem({ db: () => silent, engine: "postgres", timeoutMs: 50 });
    expect(problem).toMatch(/DATABASE_URL/);
    expect(problem).toMatch(/no answer within 0.05 s/);
  });
});

describe("start-up (instrumentation.ts)", () => {
  afterEach(async () => {
    vi.unstubAllEnvs();
    // register() opened the process-wide database (db/client.ts's getDb): close and forget it for the files after this one.
    const shared = (globalThis as Record<symbol, { db?: Db } | undefined>)[Symbol.for("rightsdesk.db")];
    if (shared?.db) await closeDb(shared.db);
    if (shared) shared.db = undefined;
  });

  it("prints a message naming DATABASE_URL and exits 1 when PostgreSQL does not answer", async () => {
    vi.resetModules();
    vi.stubEnv("NEXT_RUNTIME", "nodejs");
    vi.stubEnv("NEXT_PHASE", "phase-production-server");
    vi.stubEnv("DATABASE_URL", UNREACHABLE_PG);
    vi.stubEnv("AUTH_SECRET", "s".repeat(32));
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const exit = vi.spyOn(process, "exit").mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    const { register } = await import("../instrumentation");
    await expect(register()).rejects.toThrow("exit 1");
    expect(exit).toHaveBeenCalledWith(1);
    expect(String(log.mock.calls.at(-1)?.[0])).toMatch(/DATABASE_URL/);
  });
});
