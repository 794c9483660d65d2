import { spawnSync } from "node:child_process";
import { asc } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { databaseEnv } from "../db/client";
import { getApiKey } from "../db/queries/api-keys";
import { getPortalBySlug } from "../db/queries/portals";
import { apiKeys, requestEvents } from "../db/schema";
import { seedDemoPortals } from "../db/seed-portals";
import { tempDbPerTest } from "../db/testing";
import { authenticateApiKey } from "../lib/api-keys/authenticate";
import { hashApiKey } from "../lib/api-keys/secret";

const db = tempDbPerTest();

/** Runs the CLI as `npm run -s api-key -- …` does, on the test's database. */
function apiKey(...args: string[]) {
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/api-key.ts", ...args], {
    encoding: "utf8",
    // A fixed AUTH_SECRET keeps env() from writing one into ./data.
    env: { ...process.env, ...databaseEnv(db()), AUTH_SECRET: "x".repeat(32) },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const USAGE = "usage: npm run -s api-key -- create --portal <slug>";

beforeEach(async () => {
  await seedDemoPortals(db());
});

describe("api-key CLI", () => {
  it("create --json prints the id and the key, which works for its portal and scopes; the CLI is recorded as its creator", async () => {
    const r = apiKey("create", "--portal", "mvsep", "--name", "MVSEP backend", "--scope", "requests:read", "--scope", "requests:create", "--json");
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const { id, key } = JSON.parse(r.stdout) as { id: number; key: string };
    expect(Object.keys(JSON.parse(r.stdout))).toEqual(["id", "key"]);
    const mvsep = (await getPortalBySlug(db(), { slug: "mvsep" }))!;
    expect(await getApiKey(db(), { id })).toMatchObject({ portalId: mvsep.id, name: "MVSEP backend", scopes: ["requests:create", "requests:read"], createdBy: null, expiresAt: null });
    expect(await authenticateApiKey(new Headers({ Authorization: `Bearer ${key}` }), { scope: "requests:create", portalId: mvsep.id, db: db() })).toMatchObject({ ok: true, key: { id } });
    expect(await db().select({ type: requestEvents.type, actor: requestEvents.actor }).from(requestEvents)).toEqual([{ type: "api_key_created", actor: "cli" }]);
  });

  it("without --json prints the key on a line of its own and says it is shown once", async () => {
    const r = apiKey("create", "--portal", "deepen", "--name", "app", "--scope", "requests:write", "--expires-in-days", "90");
    expect(r.code).toBe(0);
    const [heading, key, note] = r.stdout.trimEnd().split("\n");
    expect(heading).toBe('API key 1 "app" for deepen (requests:write):');
    expect(note).toBe("It is shown this once and stored only as a hash: copy it now.");
    expect((await db().select({ hash: apiKeys.hash }).from(apiKeys))[0]!.hash).toBe(hashApiKey(key!));
  });

  // Each a spawn of its own (about 2 s): the flags' own refusals, one of parseArgs's, one of revoke's and the command's.
  it.each<[string[], string]>([
    [["create", "--portal", "mvsep", "--name", "x", "--scope", "requests:delete"], '--scope "requests:delete": Unknown scope: choose from requests:create, requests:read, requests:write.'],
    [["create", "--portal", "mvsep", "--scope", "requests:read"], "--name: Give the key a name, such as the system that will use it."],
    [["create", "--name", "x", "--scope", "requests:read"], "--portal: is required"],
    [["create", "--portal", "mvsep", "--name", "x", "--scope", "requests:read", "--bogus"], "Unknown option '--bogus'"],
    [["revoke", "one"], '"one" is not a key id'],
    [["rotate"], 'unknown command "rotate"'],
  ])("refuses %j with exit 2, saying why, and stores nothing", async (args, message) => {
    const r = apiKey(...args);
    expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: "" });
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain(USAGE);
    expect(await db().$count(apiKeys)).toBe(0);
  });

  it("refuses an unknown portal and an unknown key id with exit 1", () => {
    expect(apiKey("create", "--portal", "nope", "--name", "x", "--scope", "requests:read")).toEqual({ code: 1, stdout: "", stderr: 'no portal has the slug "nope"\n' });
    expect(apiKey("revoke", "42")).toEqual({ code: 1, stdout: "", stderr: "no API key has the id 42\n" });
  });

  it("revoke stops the key at once and is recorded; a second revoke says it already was", async () => {
    const { id, key } = JSON.parse(apiKey("create", "--portal", "mvsep", "--name", "old", "--scope", "requests:read", "--json").stdout) as { id: number; key: string };
    const r = apiKey("revoke", String(id));
    expect(r).toEqual({ code: 0, stdout: `API key ${id} "old" of mvsep is revoked: it stops working at once.\n`, stderr: "" });
    expect(await authenticateApiKey(new Headers({ Authorization: `Bearer ${key}` }), { scope: "requests:read", db: db() })).toMatchObject({ ok: false, status: 401 });
    const again = apiKey("revoke", String(id));
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(new RegExp(`^API key ${id} "old" of mvsep was already revoked on \\d{4}-\\d{2}-\\d{2}T`));
    expect((await db().select({ type: requestEvents.type }).from(requestEvents).orderBy(asc(requestEvents.id))).map((e) => e.type)).toEqual(["api_key_created", "api_key_revoked"]);
  });
});
