/**
 * vitest globalSetup: one throwaway PostgreSQL cluster per `vitest run`, with a
 * template database migrated once from db/migrations/postgres. Test files get a
 * database of their own, copied from the template (db/testing-pg.ts), which
 * takes a fraction of a second instead of a migration.
 *
 * RIGHTSDESK_TEST_PG_URL=postgres://user@host:port/db uses that server instead
 * of starting one (its user must be allowed to create databases).
 */
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { join } from "node:path";
import { Client } from "pg";
import type { TestProject } from "vitest/node";
import { startPgCluster, type PgCluster } from "./pg-cluster";
import { databaseUrl, DEFAULT_DATABASE, TEMPLATE_DATABASE as TEMPLATE, testPgServerUrl } from "./pg-urls";

const PG_MIGRATIONS = join(process.cwd(), "db", "migrations", "postgres");


async function withClient<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}


export default async function setup(project: TestProject) {
  let cluster: PgCluster | undefined;
  const external = process.env.RIGHTSDESK_TEST_PG_URL;
  if (!external) cluster = await startPgCluster({ port: Number(new URL(testPgServerUrl()).port) });
  const adminUrl = external ?? cluster!.adminUrl;

  try {
    await withClient(adminUrl, (admin) => admin.query(`CREATE DATABASE "${TEMPLATE}"`));
    const templateUrl = databaseUrl(adminUrl, TEMPLATE);
    await withClient(templateUrl, (client) => migrate(drizzle({ client }), { migrationsFolder: PG_MIGRATIONS }));
    // No test may connect to the template: CREATE DATABASE … TEMPLATE refuses a template in use.
    await withClient(adminUrl, (admin) => admin.query(`ALTER DATABASE "${TEMPLATE}" WITH IS_TEMPLATE true ALLOW_CONNECTIONS false`));
    await withClient(adminUrl, (admin) => admin.query(`CREATE DATABASE "${DEFAULT_DATABASE}" TEMPLATE "${TEMPLATE}"`));
  } catch (e) {
    cluster?.stop();
    throw e;
  }

  project.provide("pgAdminUrl", adminUrl);
  project.provide("pgTemplate", TEMPLATE);

  return async () => {
    if (cluster) return cluster.stop();
    await withClient(adminUrl, async (admin) => {
      await admin.query(`DROP DATABASE IF EXISTS "${DEFAULT_DATABASE}" WITH (FORCE)`);
      await admin.query(`ALTER DATABASE "${TEMPLATE}" WITH IS_TEMPLATE false`);
      await admin.query(`DROP DATABASE IF EXISTS "${TEMPLATE}" WITH (FORCE)`);
    });
  };
}
