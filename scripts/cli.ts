/**
 * What the operator CLIs (api-key, drp) share: how a database is opened for
 * one command, and how the outcome becomes an exit code. Exit 2 on a bad
 * argument (the message, then the usage), 1 on a refusal or a database that
 * cannot be used (the message alone), 1 on anything else (named as a failure).
 */
import { existsSync } from "node:fs";
import { closeDb, getDb, type Db } from "../db/client";
import { engineFromEnv } from "../db/engine";
import { env, EnvError } from "../lib/env";

/** A bad argument: exit 2, with the usage. */
export class UsageError extends Error {}
/** Something the operator reads as is (no such portal, already there): exit 1. */
export class CliRefusal extends Error {}

/** Runs `fn` on the configured database, closed afterwards; a SQLite file that does not exist is refused, not created empty. */
export async function withCliDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  if (engineFromEnv() === "sqlite") {
    const path = env().DATABASE_PATH;
    if (!existsSync(path)) throw new CliRefusal(`no database at ${path} (set DATABASE_PATH, or run npm run db:seed)`);
  }
  const db = getDb();
  try {
    return await fn(db);
  } finally {
    // A PostgreSQL pool keeps the process alive until it is closed.
    await closeDb(db).catch(() => undefined);
  }
}

/** Runs a CLI's `main` and sets the exit code from its outcome. */
export function runCli(name: string, usage: string, main: () => Promise<void>): void {
  main().then(
    () => {
      process.exitCode = 0;
    },
    (e: unknown) => {
      if (e instanceof UsageError) {
        console.error(`${e.message}\n${usage}`);
        process.exitCode = 2;
        return;
      }
      console.error(e instanceof EnvError || e instanceof CliRefusal ? e.message : `${name} failed: ${e instanceof Error ? e.message : String(e)}`);
      process.exitCode = 1;
    },
  );
}
