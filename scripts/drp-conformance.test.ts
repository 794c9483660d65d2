import { spawn } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseSigningKey } from "../lib/drp-conformance/signing";
import { startFixturePip, type FixtureFlaw } from "../test/drp-fixture-pip";

const dir = mkdtempSync(join(tmpdir(), "drp-conformance-"));
const { privateKey } = generateKeyPairSync("ed25519");
const PEM = join(dir, "one.pem");
writeFileSync(PEM, privateKey.export({ format: "pem", type: "pkcs8" }));
const one = parseSigningKey(privateKey.export({ format: "pem", type: "pkcs8" }).toString());
// The second agent's key as libsodium's 64-byte secret key (seed ‖ public key) in base64.
const two = generateKeyPairSync("ed25519").privateKey;
const SODIUM = join(dir, "two.key");
const twoSeed = two.export({ format: "der", type: "pkcs8" }).subarray(-32);
const twoKey = parseSigningKey(twoSeed.toString("base64"));
writeFileSync(SODIUM, Buffer.concat([twoSeed, Buffer.from(twoKey.verifyKey, "base64")]).toString("base64"));

let close: (() => Promise<void>) | undefined;
afterEach(async () => close?.());

async function pip(flaw?: FixtureFlaw) {
  const server = await startFixturePip({ businessId: "acme", agents: { ONE: one.verifyKey, TWO: twoKey.verifyKey }, flaw });
  close = server.close;
  return server.base;
}

/** Runs the CLI as `npm run -s drp:conformance -- …` does; async, so the fixture in this process can answer it. */
function conformance(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/drp-conformance.ts", ...args], { env: process.env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (code) => resolve({ code, stdout, stderr }));
  });
}

describe("drp:conformance CLI", () => {
  it("against a conforming PIP, with a PEM and a libsodium key, prints a PASS line per check and exits 0", async () => {
    const r = await conformance("--base", `${await pip()}/`, "--agent-id", "ONE", "--key", PEM, "--business-id", "acme", "--agent2-id", "TWO", "--key2", SODIUM, "--action", "deletion", "--action", "sale:opt_out");
    expect(r).toMatchObject({ code: 0, stderr: "" });
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("PASS  pairwise setup: POST agent/{id} returns {agent-id, token}: 200 with the agent-id and a token");
    expect(lines.filter((l) => l.startsWith("PASS  "))).toHaveLength(lines.length - 2);
    expect(lines.at(-1)).toBe(`${lines.length - 2} passed, 0 failed, 0 not run`);
  });

  it("--json prints the results; a failing check exits 1 and a missing second agent is reported not run", async () => {
    const r = await conformance("--base", await pip("ignores-business-id"), "--agent-id", "ONE", "--key", PEM, "--business-id", "acme", "--action", "access", "--regime", "none", "--json");
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout) as { check: string; outcome: string }[];
    expect(results.filter((x) => x.outcome !== "pass").map((x) => `${x.outcome}: ${x.check}`)).toEqual([
      "fail: pairwise setup refuses another business-id",
      "fail: exercise for another business-id is refused",
      "not run: another agent's GET of this agent's request is refused (403)",
      "not run: another agent's DELETE of this agent's request is refused (403) and revokes nothing",
    ]);
  });

  it("a missing second agent shows as SKIP with the flag it needs", async () => {
    const r = await conformance("--base", await pip(), "--agent-id", "ONE", "--key", PEM, "--business-id", "acme", "--action", "access");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("SKIP  another agent's GET of this agent's request is refused (403): not run: needs --agent2-id and --key2 (a second agent the PIP knows)\n");
  });

  it.each<[string[], string]>([
    [["--agent-id", "ONE", "--key", PEM, "--business-id", "acme"], "--base: is required"],
    [["--base", "http://x/v1", "--agent-id", "one", "--key", PEM, "--business-id", "acme"], '--agent-id: "one" is not an agent id (capital letters and _ only)'],
    [["--base", "http://x/v1", "--agent-id", "ONE", "--key", join(dir, "missing"), "--business-id", "acme"], "--key: cannot read"],
    [["--base", "http://x/v1", "--agent-id", "ONE", "--key", PEM, "--business-id", "acme", "--agent2-id", "TWO"], "--agent2-id and --key2 go together"],
    [["--base", "http://x/v1", "--agent-id", "ONE", "--key", PEM, "--business-id", "acme", "--action", "sale:sell"], '--action: "sale:sell" is not a DRP action'],
  ])("refuses %j with exit 2, saying why", async (args, message) => {
    const r = await conformance(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stderr).toContain("usage: npm run -s drp:conformance");
  });
});
