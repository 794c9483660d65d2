/** Where the embedded database lives unless DATABASE_PATH says otherwise. */
export const DEFAULT_DATABASE_PATH = "./data/rightsdesk.db";

/** Read here, not through lib/env: db/ takes no values from lib/. Unset and empty mean the default, as in lib/env. */
export function databasePathFromEnv(): string {
  return process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
}
