/**
 * `npm run -s api-key -- create --portal <slug> --name <name> --scope <scope> [--scope …] [--expires-in-days N] [--json]`
 * creates a portal's API key and prints it, the one time it is shown;
 * `npm run -s api-key -- revoke <id>` revokes one. The database is PostgreSQL at
 * DATABASE_URL when set, else the SQLite file at DATABASE_PATH. Exit 2 on a bad
 * argument (naming it), 1 when the portal or key does not exist or the
 * database cannot be used.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import type { Db } from "../db/client";
import { getApiKey } from "../db/queries/api-keys";
import { getPortalById, getPortalBySlug } from "../db/queries/portals";
import { createApiKey, revokeApiKey } from "../lib/api-keys/manage";
import { API_KEY_SCOPES } from "../lib/api-keys/scopes";
import { now } from "../lib/clock";
import { staffErrorText } from "../lib/staff/errors";
import { newApiKeySchema } from "../lib/validation/api-keys";
import { CliRefusal, runCli, UsageError, withCliDb } from "./cli";

const USAGE = `usage: npm run -s api-key -- create --portal <slug> --name <name> --scope <${API_KEY_SCOPES.join("|")}> [--scope …] [--expires-in-days N] [--json]
       npm run -s api-key -- revoke <id>`;


/** The flags each option of `create` was given as, for messages in the terms typed. */
const FLAGS: Record<string, string> = { name: "--name", scopes: "--scope", expiresInDays: "--expires-in-days" };

/** The flag an issue concerns, as typed; a refused scope with the value given, since the schema's words do not repeat it. */
function flagOf(path: readonly PropertyKey[], scopes: string[] | undefined): string {
  const [field, index] = path;
  const flag = FLAGS[String(field)] ?? "arguments";
  return typeof index === "number" && scopes?.[index] !== undefined ? `${flag} ${JSON.stringify(scopes[index])}` : flag;
}

/** parseArgs, its refusals (an unknown flag, a flag without its value) as usage errors. */
function parsed<T extends ParseArgsConfig>(config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function parseCreate(args: string[]) {
  // Strict: an unknown flag or a stray argument is refused by parseArgs.
  const { values } = parsed({
    args,
    options: {
      portal: { type: "string" },
      name: { type: "string" },
      scope: { type: "string", multiple: true },
      "expires-in-days": { type: "string" },
      json: { type: "boolean" },
    },
  });
  if (!values.portal) throw new UsageError("--portal: is required");
  const input = newApiKeySchema.safeParse({ name: values.name ?? "", scopes: values.scope ?? [], expiresInDays: values["expires-in-days"] });
  if (!input.success) throw new UsageError(input.error.issues.map((i) => `${flagOf(i.path, values.scope)}: ${staffErrorText(i.message)}`).join("\n"));
  return { portal: values.portal, json: values.json ?? false, ...input.data };
}

function parseRevoke(args: string[]): number {
  if (args.length !== 1) throw new UsageError("revoke takes one key id");
  const id = args[0]!;
  if (!/^[1-9]\d{0,9}$/.test(id)) throw new UsageError(`"${id}" is not a key id (a whole number, as create printed it)`);
  return Number(id);
}

async function create(db: Db, args: string[]): Promise<void> {
  const input = parseCreate(args);
  const portal = await getPortalBySlug(db, { slug: input.portal });
  if (!portal) throw new CliRefusal(`no portal has the slug "${input.portal}"`);
  const { id, key } = await createApiKey(db, { portalId: portal.id, name: input.name, scopes: input.scopes, expiresInDays: input.expiresInDays, by: null, now: now() });
  if (input.json) {
    console.log(JSON.stringify({ id, key }));
    return;
  }
  console.log(`API key ${id} "${input.name}" for ${portal.slug} (${input.scopes.join(", ")}):\n${key}\nIt is shown this once and stored only as a hash: copy it now.`);
}

async function revoke(db: Db, args: string[]): Promise<void> {
  const id = parseRevoke(args);
  const key = await getApiKey(db, { id });
  const portal = key && (await getPortalById(db, { id: key.portalId }));
  if (!key || !portal) throw new CliRefusal(`no API key has the id ${id}`);
  const { outcome, key: after } = await revokeApiKey(db, { portalId: portal.id, id, by: null, now: now() });
  console.log(
    outcome === "revoked"
      ? `API key ${id} "${key.name}" of ${portal.slug} is revoked: it stops working at once.`
      : `API key ${id} "${key.name}" of ${portal.slug} was already revoked on ${after.revokedAt!.toISOString()}.`,
  );
}

runCli("api-key", USAGE, async () => {
  const [command, ...args] = process.argv.slice(2);
  const run = command === "create" ? create : command === "revoke" ? revoke : undefined;
  if (!run) throw new UsageError(command === undefined ? "a command is required" : `unknown command "${command}"`);
  await withCliDb((db) => run(db, args));
});
