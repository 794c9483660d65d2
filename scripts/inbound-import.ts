/**
 * `npm run -s inbound:import -- --portal <slug> <file.eml> [--json]` imports one
 * raw message into a portal through the same path as its mailbox
 * (lib/inbound/import.ts): for re-imports and tests. It prints what became of
 * it; with --json `{"reference","status"}`, `{"answered"}` or `{"ignored"}`.
 * A message already imported is `{"ignored":"duplicate"}`. Queued emails are
 * sent by the scheduler's mail worker. The database is PostgreSQL at
 * DATABASE_URL when set, else the SQLite file at DATABASE_PATH. Exit 2 on a bad
 * argument (naming it), 1 when the file, the portal or the database is missing.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { parseArgs } from "node:util";
import { closeDb, getDb } from "../db/client";
import { engineFromEnv } from "../db/engine";
import { getPortalBySlug } from "../db/queries/portals";
import { env, EnvError } from "../lib/env";
import { importInboundMessage, type InboundResult } from "../lib/inbound/import";

const USAGE = "usage: npm run -s inbound:import -- --portal <slug> <file.eml> [--json]";

class UsageError extends Error {}
class NotFound extends Error {}

function parse(argv: string[]) {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { portal: { type: "string" }, json: { type: "boolean" } } });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const { values, positionals } = parsed;
  if (!values.portal) throw new UsageError("--portal: is required");
  if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? "the message file is required" : "one message file at a time");
  return { portal: values.portal, file: positionals[0]!, json: values.json ?? false };
}

function describe(result: InboundResult, portal: string): string {
  if ("reference" in result) return `${portal}: request ${result.reference} (${result.status.replace("_", " ")})`;
  if ("answered" in result) return `${portal}: recorded as the requester's reply to ${result.answered}`;
  return `${portal}: ignored (${result.ignored.replaceAll("_", " ")})`;
}

async function main(argv: string[]): Promise<number> {
  const { portal: slug, file, json } = parse(argv);
  if (!existsSync(file) || !statSync(file).isFile()) throw new NotFound(`no message file at ${file}`);
  const raw = readFileSync(file);
  if (engineFromEnv() === "sqlite") {
    const path = env().DATABASE_PATH;
    // Opening a missing file would create an empty database.
    if (!existsSync(path)) throw new NotFound(`no database at ${path} (set DATABASE_PATH, or run npm run db:seed)`);
  }
  const db = getDb();
  try {
    const portal = await getPortalBySlug(db, { slug });
    if (!portal) throw new NotFound(`no portal has the slug "${slug}"`);
    const result = await importInboundMessage(db, { portalId: portal.id, raw }, { kick: () => {} });
    console.log(json ? JSON.stringify(result) : describe(result, portal.slug));
    return 0;
  } finally {
    // A PostgreSQL pool keeps the process alive until it is closed.
    await closeDb(db).catch(() => undefined);
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      console.error(`${e.message}\n${USAGE}`);
      process.exitCode = 2;
      return;
    }
    console.error(e instanceof EnvError || e instanceof NotFound ? e.message : `inbound:import failed: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 1;
  },
);
