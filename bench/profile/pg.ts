/** Starts a throwaway cluster (test/pg-cluster.ts), creates a database, runs profile.ts on it, stops the cluster. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import pg from "pg";
import { startPgCluster } from "../../test/pg-cluster";

async function main() {
  const cluster = await startPgCluster();
  try {
    const c = new pg.Client({ connectionString: cluster.adminUrl });
    await c.connect();
    await c.query("create database prof");
    await c.end();
    const url = cluster.adminUrl.replace(/\/postgres$/, "/prof");
    const args = ["--conditions=react-server", "--import", "tsx", join(__dirname, "profile.ts"), process.argv[2] ?? "100000"];
    spawnSync(process.execPath, args, { stdio: "inherit", env: { ...process.env, DATABASE_URL: url, DATABASE_PATH: "" } });
  } finally {
    cluster.stop();
  }
}
void main();
