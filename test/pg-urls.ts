import { execFileSync } from "node:child_process";

/**
 * Where the test run's PostgreSQL lives, fixed when vitest loads its config
 * (before the cluster starts) so that the postgres project can point
 * DATABASE_URL at it: a port pinned in the environment, or the server of
 * RIGHTSDESK_TEST_PG_URL. Names carry the run's pid, so runs sharing a server
 * do not collide.
 */
export function testPgServerUrl(): string {
  if (process.env.RIGHTSDESK_TEST_PG_URL) return process.env.RIGHTSDESK_TEST_PG_URL;
  process.env.RIGHTSDESK_TEST_PG_PORT ??= freePort();
  return `postgres://postgres@127.0.0.1:${process.env.RIGHTSDESK_TEST_PG_PORT}/postgres`;
}

export const TEMPLATE_DATABASE = `rightsdesk_template_${process.pid}`;
/** What DATABASE_URL names in the postgres project: a migrated database for anything that calls getDb(). */
export const DEFAULT_DATABASE = `rightsdesk_default_${process.pid}`;

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

function freePort(): string {
  const script = "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();});";
  return execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim();
}
