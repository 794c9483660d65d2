/**
 * `npm run -s drp -- add-agent --id <ID> --name <name> --verify-key <base64|hex> [--contact <text>] [--portal <slug>] [--json]`
 * registers an authorized agent (DRP §3.05.1) on a portal, active at once;
 * `--portal` may be left out when there is only one portal. The database is
 * PostgreSQL at DATABASE_URL when set, else the SQLite file at DATABASE_PATH.
 * Exit 2 on a bad argument (naming it), 1 when the portal does not exist, the
 * agent is already registered, or the database cannot be used.
 */
import { parseArgs } from "node:util";
import type { Db } from "../db/client";
import { listChainPortals } from "../db/queries/audit";
import { getPortalBySlug } from "../db/queries/portals";
import { registerAgent } from "../lib/drp/agents";
import { now } from "../lib/clock";
import { DomainError } from "../lib/staff/errors";
import { CliRefusal, runCli, UsageError, withCliDb } from "./cli";

const USAGE = "usage: npm run -s drp -- add-agent --id <ID> --name <name> --verify-key <base64|hex> [--contact <text>] [--portal <slug>] [--json]";

/** The flag each field of the agent was given as, for messages in the terms typed. */
const FLAGS: Record<string, string> = { agentId: "--id", name: "--name", verifyKey: "--verify-key", contact: "--contact" };

function parseAddAgent(args: string[]) {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { id: { type: "string" }, name: { type: "string" }, "verify-key": { type: "string" }, contact: { type: "string" }, portal: { type: "string" }, json: { type: "boolean" } },
    }));
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  for (const flag of ["id", "name", "verify-key"] as const) if (!values[flag]) throw new UsageError(`--${flag}: is required`);
  return { agentId: values.id!, name: values.name!, verifyKey: values["verify-key"]!, contact: values.contact ?? null, portal: values.portal, json: values.json ?? false };
}

async function addAgent(db: Db, args: string[]): Promise<void> {
  const input = parseAddAgent(args);
  const portals = input.portal === undefined ? await listChainPortals(db) : [await getPortalBySlug(db, { slug: input.portal })].filter((p) => p !== undefined);
  if (input.portal !== undefined && portals.length === 0) throw new CliRefusal(`no portal has the slug "${input.portal}"`);
  if (portals.length !== 1) throw new UsageError(`--portal: is required when there are ${portals.length} portals`);
  const portal = portals[0]!;
  let agent;
  try {
    agent = await registerAgent(db, { portalId: portal.id, agent: input, by: null, now: now() });
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    if (e.code === "drp_agent_exists") throw new CliRefusal(`${input.agentId} is already registered on ${portal.slug}`);
    throw new UsageError(`${FLAGS[e.field ?? ""] ?? "arguments"}: ${e.message}`);
  }
  if (input.json) {
    console.log(JSON.stringify({ portal: portal.slug, agentId: agent.agentId, name: agent.name, verifyKey: agent.verifyKey, contact: agent.contact, status: agent.status }));
    return;
  }
  console.log(`Agent ${agent.agentId} "${agent.name}" is registered on ${portal.slug} and active: it can pair at POST /drp/${portal.slug}/v1/agent/${agent.agentId}.`);
}

runCli("drp", USAGE, async () => {
  const [command, ...args] = process.argv.slice(2);
  if (command !== "add-agent") throw new UsageError(command === undefined ? "a command is required" : `unknown command "${command}"`);
  await withCliDb((db) => addAgent(db, args));
});
