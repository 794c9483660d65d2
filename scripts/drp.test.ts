import { spawnSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { beforeEach, describe, expect, it } from "vitest";
import { databaseEnv } from "../db/client";
import { findDrpAgent } from "../db/queries/drp-agents";
import { getPortalBySlug } from "../db/queries/portals";
import { drpAgents, requestEvents } from "../db/schema";
import { seedDemoPortals } from "../db/seed-portals";
import { tempDbPerTest } from "../db/testing";
import { rawPublicKeyBase64 } from "../lib/drp/keys";

const db = tempDbPerTest();
const KEY = rawPublicKeyBase64(generateKeyPairSync("ed25519").publicKey);

/** Runs the CLI as `npm run -s drp -- …` does, on the test's database. */
function drp(...args: string[]) {
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/drp.ts", ...args], {
    encoding: "utf8",
    // A fixed AUTH_SECRET keeps env() from writing one into ./data.
    env: { ...process.env, ...databaseEnv(db()), AUTH_SECRET: "x".repeat(32) },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeEach(async () => {
  await seedDemoPortals(db());
});

describe("drp CLI", () => {
  it("add-agent --json registers an active agent, its key kept as base64 of the raw bytes, audited as the CLI's", async () => {
    const hex = Buffer.from(KEY, "base64").toString("hex");
    const r = drp("add-agent", "--portal", "mvsep", "--id", "PERMISSION_SLIP", "--name", "Permission Slip", "--verify-key", hex, "--contact", "drp@agent.example", "--json");
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(JSON.parse(r.stdout)).toEqual({ portal: "mvsep", agentId: "PERMISSION_SLIP", name: "Permission Slip", verifyKey: KEY, contact: "drp@agent.example", status: "active" });
    const mvsep = (await getPortalBySlug(db(), { slug: "mvsep" }))!;
    expect(await findDrpAgent(db(), { portalId: mvsep.id, agentId: "PERMISSION_SLIP" })).toMatchObject({ verifyKey: KEY, createdBy: null });
    expect(await db().select({ type: requestEvents.type, actor: requestEvents.actor }).from(requestEvents)).toEqual([{ type: "drp_agent_registered", actor: "cli" }]);
  });

  it.each<[string[], number, string]>([
    [["add-agent", "--portal", "mvsep", "--id", "lower_case", "--name", "x", "--verify-key", KEY], 2, "--id: The agent id is the DRP directory's"],
    [["add-agent", "--portal", "mvsep", "--id", "A", "--name", "x", "--verify-key", "c2hvcnQ="], 2, "--verify-key: The verify key must be"],
    [["add-agent", "--portal", "mvsep", "--id", "A", "--verify-key", KEY], 2, "--name: is required"],
    [["add-agent", "--id", "A", "--name", "x", "--verify-key", KEY], 2, "--portal: is required when there are"],
    [["add-agent", "--portal", "nowhere", "--id", "A", "--name", "x", "--verify-key", KEY], 1, 'no portal has the slug "nowhere"'],
    [["remove-agent"], 2, 'unknown command "remove-agent"'],
  ])("refuses %j with exit %i, saying why, and stores nothing", async (args, code, message) => {
    const r = drp(...args);
    expect(r.code).toBe(code);
    expect(r.stderr).toContain(message);
    expect(await db().$count(drpAgents)).toBe(0);
  });

  it("refuses an agent already registered on the portal with exit 1", async () => {
    expect(drp("add-agent", "--portal", "deepen", "--id", "A", "--name", "x", "--verify-key", KEY).code).toBe(0);
    const again = drp("add-agent", "--portal", "deepen", "--id", "A", "--name", "y", "--verify-key", KEY);
    expect(again).toMatchObject({ code: 1, stderr: "A is already registered on deepen\n" });
  });
});
