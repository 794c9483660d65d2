/**
 * A throwaway PostgreSQL cluster for tests: `initdb` and `pg_ctl` from Debian's
 * `postgresql` package (/usr/lib/postgresql/<version>/bin), run as the
 * unprivileged `postgres` user when we are root (initdb refuses root), data in
 * a temp dir, a free port on 127.0.0.1, the Unix socket in that temp dir, trust
 * auth, and no fsync: nothing here needs to survive a crash. `stop()` (or the
 * process exiting) shuts it down and removes the dir.
 *
 * scripts/ensure-test-tools.mjs installs the package before `npm test`; when it
 * is missing this throws with the command that fixes it, never skips.
 */
import { execFileSync, spawnSync, type SpawnSyncOptions } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface PgCluster {
  /** Superuser URL of the `postgres` database, over TCP: postgres://postgres@127.0.0.1:<port>/postgres. */
  adminUrl: string;
  port: number;
  /** The temp dir: data in `data/`, the socket and `server.log` at its top. */
  dir: string;
  stop(): void;
}

export const INSTALL_POSTGRES = "sudo apt-get install -y postgresql";

/** The newest /usr/lib/postgresql/<version>/bin with initdb, or $PG_BIN. */
export function findPgBin(): string {
  if (process.env.PG_BIN) {
    if (existsSync(join(process.env.PG_BIN, "initdb"))) return process.env.PG_BIN;
    throw new Error(`PG_BIN=${process.env.PG_BIN} has no initdb.`);
  }
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((v) => existsSync(join(root, v, "bin", "initdb")))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (!versions[0]) {
    throw new Error(
      `The PostgreSQL tests need Debian's postgresql package (initdb in ${root}/<version>/bin), which is missing.\n` +
        `Install it with:\n\n  ${INSTALL_POSTGRES}\n\n(npm test's pretest step, scripts/ensure-test-tools.mjs, does this when run as root.)`,
    );
  }
  return join(root, versions[0], "bin");
}

/** uid and gid of the `postgres` user when we are root; nothing when we are not (run as ourselves). */
function runAs(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    throw new Error(`Running as root, the PostgreSQL tests need the 'postgres' user that Debian's package creates.\nInstall it with:\n\n  ${INSTALL_POSTGRES}\n`);
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function run(bin: string, args: string[], options: SpawnSyncOptions): { ok: boolean; output: string } {
  // stdin closed and output piped: pg_ctl starts the server with its own log file, so the pipes close when pg_ctl exits.
  const result = spawnSync(bin, args, { ...options, stdio: ["ignore", "pipe", "pipe"], encoding: "utf8", timeout: 120_000 });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}${result.error ? String(result.error) : ""}`;
  return { ok: result.status === 0, output };
}

/** Starts a cluster on `port`, or on a free one (retrying if another process takes it first). */
export async function startPgCluster({ port: wanted }: { port?: number } = {}): Promise<PgCluster> {
  const bin = findPgBin();
  const user = runAs();
  const dir = mkdtempSync(join(tmpdir(), "rightsdesk-pg-"));
  if (user) chownSync(dir, user.uid, user.gid);
  const data = join(dir, "data");
  const log = join(dir, "server.log");
  const options: SpawnSyncOptions = { cwd: dir, ...user, env: { ...process.env, LC_ALL: "C.UTF-8", LANG: "C.UTF-8" } };

  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    process.off("exit", stop);
    if (existsSync(join(data, "postmaster.pid"))) run(join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], options);
    rmSync(dir, { recursive: true, force: true });
  };
  // A run that dies without its teardown must not leave a server behind.
  process.on("exit", stop);

  try {
    // C.UTF-8 sorts text by code point, as SQLite's default collation does.
    const init = run(join(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync", "--no-instructions"], options);
    if (!init.ok) throw new Error(`initdb failed:\n${init.output}`);

    for (let attempt = 1; ; attempt++) {
      const port = wanted ?? (await freePort());
      const serverOptions = [
        `-p ${port}`,
        `-k ${dir}`,
        "-c listen_addresses=127.0.0.1",
        "-c fsync=off",
        "-c synchronous_commit=off",
        "-c full_page_writes=off",
        "-c max_connections=200",
      ].join(" ");
      const start = run(join(bin, "pg_ctl"), ["-D", data, "-l", log, "-w", "-t", "60", "-o", serverOptions, "start"], options);
      if (start.ok) return { adminUrl: `postgres://postgres@127.0.0.1:${port}/postgres`, port, dir, stop };
      const serverLog = existsSync(log) ? readFileSync(log, "utf8") : "";
      // Another process may have taken the port between our probe and the server's bind.
      if (wanted === undefined && attempt < 3 && /could not bind|address already in use/i.test(serverLog + start.output)) continue;
      throw new Error(`pg_ctl start failed:\n${start.output}\n${serverLog}`);
    }
  } catch (e) {
    stop();
    throw e;
  }
}
