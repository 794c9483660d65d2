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
