/**
 * For db/pg-harness*.test.ts: records which database a test file was given, in
 * a table of the cluster's `postgres` database, and returns the databases other
 * files recorded in this run, so two files prove they got different ones.
 */
import { Client } from "pg";
import { inject } from "vitest";

export async function recordDatabase(file: string, database: string): Promise<{ file: string; database: string }[]> {
  const client = new Client({ connectionString: inject("pgAdminUrl") });
  await client.connect();
  try {
    await client.query("BEGIN");
    // Serializes the two files' CREATE TABLE IF NOT EXISTS, which can race.
    await client.query("SELECT pg_advisory_xact_lock(4242)");
    await client.query("CREATE TABLE IF NOT EXISTS harness_seen (run text, file text, database text)");
    await client.query("INSERT INTO harness_seen VALUES ($1, $2, $3)", [inject("pgTemplate"), file, database]);
    const others = await client.query<{ file: string; database: string }>("SELECT file, database FROM harness_seen WHERE run = $1 AND file <> $2", [
      inject("pgTemplate"),
      file,
    ]);
    await client.query("COMMIT");
    return others.rows;
  } finally {
    await client.end();
  }
}
