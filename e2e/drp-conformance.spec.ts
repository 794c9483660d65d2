import { execFileSync, spawnSync } from "node:child_process";
import { generateKeyPairSync, randomInt } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "./fixtures";

/** The operator's command line and the conformance suite, on the e2e server's database and secret. */
const env = { ...process.env, NODE_OPTIONS: "", DATABASE_PATH: process.env.RIGHTSDESK_E2E_DB, AUTH_SECRET: process.env.RIGHTSDESK_E2E_AUTH_SECRET };
const script = (name: string) => [process.execPath, "--conditions=react-server", "--import", "tsx", `scripts/${name}.ts`];

/** An agent's key pair: the private key as a PKCS#8 PEM file for the suite, the raw public key in base64 for the PIP. */
function agentKey(dir: string, name: string): { file: string; verifyKey: string } {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const file = join(dir, `${name}.pem`);
  writeFileSync(file, privateKey.export({ type: "pkcs8", format: "pem" }));
  return { file, verifyKey: Buffer.from(publicKey.export({ format: "jwk" }).x!, "base64url").toString("base64") };
}

/** Agent ids are capital letters and underscores (DRP §3.05.1): a random suffix of letters keeps runs apart. */
const letters = () => Array.from({ length: 6 }, () => String.fromCharCode(65 + randomInt(26))).join("");

test("the DRP conformance suite, acting as two agents, passes every check against Rightsdesk", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), "drp-e2e-"));
  try {
    const agents = ["ONE", "TWO"].map((n) => ({ id: `CONFORMANCE_${n}_${letters()}`, ...agentKey(dir, n) }));
    for (const a of agents) {
      const [node, ...args] = script("drp");
      execFileSync(node!, [...args, "add-agent", "--portal", "mvsep", "--id", a.id, "--name", `E2E agent ${a.id}`, "--verify-key", a.verifyKey, "--json"], { env, encoding: "utf8" });
    }
    // MVSEP offers deletion, access and consent withdrawal (what an opt-out of sale maps to); no regime here times an opt-in.
    const actions = ["deletion", "access", "access:categories", "access:specific", "sale:opt-out", "sale:opt_out"].flatMap((a) => ["--action", a]);
    const [node, ...args] = script("drp-conformance");
    const run = spawnSync(
      node!,
      [...args, "--base", `${baseURL}/drp/mvsep/v1`, "--business-id", "mvsep", "--agent-id", agents[0]!.id, "--key", agents[0]!.file, "--agent2-id", agents[1]!.id, "--key2", agents[1]!.file, ...actions],
      { env, encoding: "utf8" },
    );
    const report = `${run.stdout}\n${run.stderr}`;
    expect(run.status, report).toBe(0);
    expect(report).not.toMatch(/^(FAIL|SKIP)/m);
    expect(run.stdout.match(/^PASS/gm)?.length ?? 0, report).toBeGreaterThanOrEqual(30);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
