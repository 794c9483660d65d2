import { spawnSync } from "node:child_process";
import { join } from "node:path";
import pg from "pg";
import { startPgCluster } from "../../test/pg-cluster";
const A = "('open','in_progress','awaiting_requester')";
async function main() {
  const cluster = await startPgCluster();
  try {
    const a = new pg.Client({ connectionString: cluster.adminUrl }); await a.connect(); await a.query("create database idx"); await a.end();
    const url = cluster.adminUrl.replace(/\/postgres$/, "/idx");
    spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", join(__dirname, "seed-only.ts"), "100000"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: url, DATABASE_PATH: "" } });
    const c = new pg.Client({ connectionString: url }); await c.connect();
    await c.query("analyze");
    const q = (extra: string) => `explain (analyze) select r.id from requests r join portals p on p.id=r.portal_id left join "user" u on u.id=r.assignee_id where r.portal_id in (1,2,3,4,5) and r.status in ${A} ${extra} order by r.due_at asc nulls first, r.id limit 51`;
    const cnt = `explain (analyze) select count(*) from requests where status in ${A} and due_at < now()`;
    for (const phase of ["before", "after"]) {
      if (phase === "after") {
        await c.query(`create index t_active_due on requests (due_at asc nulls first, id) where status in ${A}`);
        await c.query(`create index t_active_assignee on requests (assignee_id, due_at asc nulls first, id) where status in ${A}`);
        await c.query("analyze requests");
      }
      const queries: [string, string][] = [["unfiltered", q("")], ["unassigned", q("and r.assignee_id is null")], ["overdue count", cnt]];
      for (const [name, sqlText] of queries) {
        const r = await c.query<Record<string, string>>(sqlText);
        const lines = r.rows.map((x) => x["QUERY PLAN"] ?? "");
        console.log(`${phase} ${name}: ${lines.at(-1)} | ${lines.filter((l: string) => /Scan|Sort/.test(l)).map((l: string) => l.trim().slice(0, 90)).join(" / ")}`);
      }
    }
    await c.end();
  } finally { cluster.stop(); }
}
void main();
