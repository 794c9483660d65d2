/** Where the embedded database lives unless DATABASE_PATH says otherwise. */
export const DEFAULT_DATABASE_PATH = "./data/rightsdesk.db";

/** Read here, not through lib/env: db/ takes no values from lib/. Unset and empty mean the default, as in lib/env. */
export function databasePathFromEnv(): string {
  return process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
}

/** Connections in the PostgreSQL pool (DATABASE_POOL_MAX, validated by lib/env at start-up). */
export function poolMaxFromEnv(): number {
  return Number(process.env.DATABASE_POOL_MAX) || 10;
}
