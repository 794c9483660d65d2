/**
 * `npm run -s drp:conformance -- --base <api-base> --agent-id <ID> --key <file> --business-id <id>
 *   [--agent2-id <ID> --key2 <file>] [--action <action> …] [--regime ccpa|voluntary|none]
 *   [--drp-version 1.0] [--email <address>] [--name <name>] [--json]`
 * acts as a Data Rights Protocol agent against any PIP and prints one line per check.
 * Exit 0 when every check that ran passed, 1 when one failed, 2 on a bad argument.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { DRP_ACTIONS } from "../lib/drp-conformance/actions";
import { runConformance, type Agent, type CheckResult } from "../lib/drp-conformance/run";
import { KeyFormatError, parseSigningKey } from "../lib/drp-conformance/signing";

const USAGE = `usage: npm run -s drp:conformance -- --base <api-base> --agent-id <ID> --key <file> --business-id <id>
         [--agent2-id <ID> --key2 <file>] [--action <action> …] [--regime ccpa|voluntary|none]
         [--drp-version <v>] [--email <address>] [--name <name>] [--json]`;

class UsageError extends Error {}

const AGENT_ID = /^[A-Z_]+$/;

function agent(flag: string, id: string | undefined, keyFlag: string, keyFile: string | undefined): Agent {
  if (!id) throw new UsageError(`${flag}: is required`);
  // §3.05.1: agent ids match [A-Z_]+.
  if (!AGENT_ID.test(id)) throw new UsageError(`${flag}: "${id}" is not an agent id (capital letters and _ only)`);
  if (!keyFile) throw new UsageError(`${keyFlag}: is required`);
  let text: string;
  try {
    text = readFileSync(keyFile, "utf8");
  } catch (e) {
    throw new UsageError(`${keyFlag}: cannot read ${keyFile}: ${(e as Error).message}`);
  }
  try {
    return { id, key: parseSigningKey(text) };
  } catch (e) {
    if (e instanceof KeyFormatError) throw new UsageError(`${keyFlag}: ${e.message}`);
    throw e;
  }
}

function parse(args: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        base: { type: "string" },
        "agent-id": { type: "string" },
        key: { type: "string" },
        "business-id": { type: "string" },
        "agent2-id": { type: "string" },
        key2: { type: "string" },
        action: { type: "string", multiple: true },
        regime: { type: "string" },
        "drp-version": { type: "string" },
        email: { type: "string" },
        name: { type: "string" },
        json: { type: "boolean" },
      },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (!values.base) throw new UsageError("--base: is required");
  if (!/^https?:\/\//.test(values.base)) throw new UsageError(`--base: "${values.base}" is not an http(s) URL`);
  if (!values["business-id"]) throw new UsageError("--business-id: is required");
  const regime = values.regime ?? "ccpa";
  if (!["ccpa", "voluntary", "none"].includes(regime)) throw new UsageError(`--regime: "${regime}" is not ccpa, voluntary or none`);
  if (Boolean(values["agent2-id"]) !== Boolean(values.key2)) throw new UsageError("--agent2-id and --key2 go together");
  const unknown = (values.action ?? []).filter((a) => !(DRP_ACTIONS as readonly string[]).includes(a));
  if (unknown.length) throw new UsageError(`--action: ${unknown.map((a) => `"${a}"`).join(", ")} is not a DRP action (${DRP_ACTIONS.join(", ")})`);
  return {
    base: values.base,
    businessId: values["business-id"],
    agent: agent("--agent-id", values["agent-id"], "--key", values.key),
    agent2: values["agent2-id"] ? agent("--agent2-id", values["agent2-id"], "--key2", values.key2) : undefined,
    actions: values.action?.length ? values.action : undefined,
    regime: regime === "none" ? undefined : regime,
    drpVersion: values["drp-version"],
    identity: { name: values.name ?? "DRP Conformance", email: values.email ?? "drp-conformance@example.com" },
    json: values.json ?? false,
  };
}

const LABEL: Record<CheckResult["outcome"], string> = { pass: "PASS", fail: "FAIL", "not run": "SKIP" };

async function main(): Promise<number> {
  let options;
  try {
    options = parse(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`${e.message}\n${USAGE}`);
    return 2;
  }
  const results = await runConformance(options);
  if (options.json) console.log(JSON.stringify(results));
  else for (const r of results) console.log(`${LABEL[r.outcome]}  ${r.check}: ${r.outcome === "not run" ? "not run: " : ""}${r.detail}`);
  const failed = results.filter((r) => r.outcome === "fail").length;
  if (!options.json) console.log(`\n${results.filter((r) => r.outcome === "pass").length} passed, ${failed} failed, ${results.filter((r) => r.outcome === "not run").length} not run`);
  return failed ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    console.error(`drp:conformance failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
