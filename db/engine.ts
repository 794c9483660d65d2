/** Which database this process runs on: PostgreSQL when DATABASE_URL is set, else the embedded SQLite file. */
export type Engine = "sqlite" | "postgres";

/** Read here, not through lib/env: db/ takes no values from lib/, and the schema is chosen at import. */
export function engineFromEnv(): Engine {
  return process.env.DATABASE_URL ? "postgres" : "sqlite";
}
