import { afterEach, describe, expect, it, vi } from "vitest";

/** env() caches its answer: each case loads a fresh copy of the module under its own environment. */
async function loadEnv(vars: Record<string, string>) {
  vi.resetModules();
  for (const [name, value] of Object.entries(vars)) vi.stubEnv(name, value);
  return import("./env");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("TRUST_PROXY", () => {
  const secret = { AUTH_SECRET: "s".repeat(32) };

  it("stops the server with a message naming the variable and the bad entry", async () => {
    const { env } = await loadEnv({ ...secret, TRUST_PROXY: "10.0.0.0/8, nginx" });
    expect(() => env()).toThrow(/TRUST_PROXY: "nginx" is not a proxy count or an address range/);
  });

  it("is no proxy when unset or empty", async () => {
    expect((await loadEnv({ ...secret, TRUST_PROXY: "" })).env().TRUST_PROXY).toEqual({ kind: "none" });
  });

  it("reads a count", async () => {
    expect((await loadEnv({ ...secret, TRUST_PROXY: "2" })).env().TRUST_PROXY).toEqual({ kind: "hops", hops: 2 });
  });
});

describe("per-client sign-in limits", () => {
  const secret = { AUTH_SECRET: "s".repeat(32) };

  it("default to 30 password attempts and 10 sign-in links", async () => {
    const { env } = await loadEnv({ ...secret, SIGN_IN_PASSWORDS_PER_CLIENT: "", SIGN_IN_LINKS_PER_CLIENT: "" });
    expect(env()).toMatchObject({ SIGN_IN_PASSWORDS_PER_CLIENT: 30, SIGN_IN_LINKS_PER_CLIENT: 10 });
  });

  it("read a whole number, and refuse none at all", async () => {
    expect((await loadEnv({ ...secret, SIGN_IN_LINKS_PER_CLIENT: "1000" })).env().SIGN_IN_LINKS_PER_CLIENT).toBe(1000);
    const { env } = await loadEnv({ ...secret, SIGN_IN_PASSWORDS_PER_CLIENT: "0" });
    expect(() => env()).toThrow(/SIGN_IN_PASSWORDS_PER_CLIENT/);
  });
});

describe("the database", () => {
  const secret = { AUTH_SECRET: "s".repeat(32) };
  const pg = "postgres://rightsdesk:secret@db.internal:5432/rightsdesk";

  it("is the SQLite file when DATABASE_URL is unset or empty, with no secret required", async () => {
    const { env } = await loadEnv({ DATABASE_URL: "", DATABASE_POOL_MAX: "", DATABASE_PATH: "/srv/rightsdesk.db", ...secret });
    expect(env()).toMatchObject({ DATABASE_URL: undefined, DATABASE_PATH: "/srv/rightsdesk.db", DATABASE_POOL_MAX: 10 });
  });

  it("accepts postgres:// and postgresql:// URLs", async () => {
    expect((await loadEnv({ ...secret, DATABASE_URL: pg })).env().DATABASE_URL).toBe(pg);
    const other = "postgresql://localhost/rightsdesk?sslmode=require";
    expect((await loadEnv({ ...secret, DATABASE_URL: other })).env().DATABASE_URL).toBe(other);
  });

  it("refuses any other DATABASE_URL, naming the variable and not echoing the value", async () => {
    for (const bad of ["mysql://root:pw-123@db/rightsdesk", "./data/rightsdesk.db", "postgres:/missing-slashes"]) {
      const { env } = await loadEnv({ ...secret, DATABASE_URL: bad });
      expect(() => env()).toThrow(/DATABASE_URL: must be a postgres:\/\/ or postgresql:\/\/ URL/);
      expect(() => env()).not.toThrow(/pw-123/);
    }
  });

  it("reads DATABASE_POOL_MAX as a whole number of at least 1, 10 by default", async () => {
    expect((await loadEnv({ ...secret, DATABASE_URL: pg, DATABASE_POOL_MAX: "25" })).env().DATABASE_POOL_MAX).toBe(25);
    expect((await loadEnv({ ...secret, DATABASE_URL: pg, DATABASE_POOL_MAX: "" })).env().DATABASE_POOL_MAX).toBe(10);
    for (const bad of ["0", "-3", "2.5", "many"]) {
      const { env } = await loadEnv({ ...secret, DATABASE_URL: pg, DATABASE_POOL_MAX: bad });
      expect(() => env()).toThrow(/DATABASE_POOL_MAX/);
    }
  });

  it("on PostgreSQL refuses to start without AUTH_SECRET, saying instances cannot share a generated one", async () => {
    const { env, EnvError } = await loadEnv({ DATABASE_URL: pg, AUTH_SECRET: "" });
    expect(() => env()).toThrow(EnvError);
    expect(() => env()).toThrow(/AUTH_SECRET: must be set when DATABASE_URL selects PostgreSQL: instances cannot share a generated secret file/);
  });

  it("reports a missing AUTH_SECRET together with the other bad variables", async () => {
    const { env } = await loadEnv({ DATABASE_URL: pg, AUTH_SECRET: "", DATABASE_POOL_MAX: "0" });
    expect(() => env()).toThrow(/DATABASE_POOL_MAX[\s\S]*AUTH_SECRET|AUTH_SECRET[\s\S]*DATABASE_POOL_MAX/);
  });
});
