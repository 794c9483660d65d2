/**
 * A production server for the bench: `next build` when the build is missing
 * or older than the sources, then `next start` on a database the
 * environment names, in a process group of its own (as e2e/two-instances.ts
 * starts one), ready when /api/health answers 200.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";

const NEXT_BIN = join(process.cwd(), "node_modules", "next", "dist", "bin", "next");
const AUTH_SECRET = "bench-secret-bench-secret-bench-secret-bench";

/** Source folders whose change makes the production build stale. */
const SOURCES = ["app", "lib", "db", "emails", "public", "auth.ts", "auth.config.ts", "proxy.ts", "instrumentation.ts", "next.config.ts", "package-lock.json"];

function newestChange(path: string): number {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestChange(join(path, name))), stat.mtimeMs);
}

/** `next build` when there is no build, or a source file changed after it: a stale build would measure old code. */
export function buildIfStale(): void {
  const built = statSync(join(process.cwd(), ".next", "BUILD_ID"), { throwIfNoEntry: false });
  if (built && SOURCES.every((source) => newestChange(join(process.cwd(), source)) < built.mtimeMs)) return;
  console.error(`bench: ${built ? "sources changed since the last build" : "no build yet"}, running next build (minutes on two cores)…`);
  const run = spawnSync(process.execPath, [NEXT_BIN, "build"], { stdio: ["ignore", 2, 2], env: { ...process.env, NODE_OPTIONS: "", NEXT_TELEMETRY_DISABLED: "1" } });
  if (run.status !== 0) throw new Error("next build failed");
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

export interface Server {
  origin: string;
  /** Peak resident set (VmHWM) of the server's process and its descendants, summed, in bytes. */
  peakRss(): number;
  stop(): Promise<void>;
}

/** `db` is `{ DATABASE_URL }` or `{ DATABASE_PATH }`; `smtpPort` the sink the mail worker delivers to. */
export async function startServer(db: Record<string, string>, smtpPort: number): Promise<Server> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_OPTIONS: "",
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: "",
    ...db,
    AUTH_SECRET,
    APP_URL: `http://localhost:${port}`,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    MAIL_FROM: "Rightsdesk Bench <bench@rightsdesk.test>",
    // Every autocannon request comes from 127.0.0.1: the per-client limit must not be what is measured.
    RATE_LIMIT_PER_HOUR: "1000000000",
  };
  const child: ChildProcess = spawn(process.execPath, [NEXT_BIN, "start", "-H", "127.0.0.1", "-p", String(port)], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk.toString("utf8")).slice(-10_000));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const kill = (signal: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, signal);
    } catch {
      // Gone already.
    }
  };
  const orphaned = () => kill("SIGKILL");
  process.on("exit", orphaned);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited:\n${output}`);
    const status = await fetch(`${origin}/api/health`).then((r) => r.status, () => 0);
    if (status === 200) break;
    if (Date.now() > deadline) throw new Error(`next start not healthy in 120 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    origin,
    peakRss: () => treeOf(child.pid!).reduce((sum, pid) => sum + vmHwm(pid), 0),
    async stop() {
      kill("SIGTERM");
      const timer = setTimeout(() => kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
      process.off("exit", orphaned);
    },
  };
}

function vmHwm(pid: number): number {
  try {
    const kb = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** `pid` and its descendants, from /proc/<pid>/stat's parent field. */
function treeOf(root: number): number[] {
  const parent = new Map<number, number>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      parent.set(Number(name), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      // Exited meanwhile.
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parent) if (ppid === tree[i]) tree.push(pid);
  return tree;
}
