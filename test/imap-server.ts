/**
 * A throwaway IMAP server for tests: Debian's Dovecot (`dovecot-imapd`) with a
 * configuration of its own in a temp dir, listening on a free port of
 * 127.0.0.1 without TLS, one mailbox user with a plain password, mail in
 * Maildir under the temp dir. `stop()` (or the process exiting) shuts it down
 * and removes the dir. scripts/ensure-test-tools.mjs installs the package
 * before `npm test`; when it is missing this throws with the command that
 * fixes it, never skips.
 */
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createConnection, createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const INSTALL_DOVECOT = "sudo apt-get install -y dovecot-imapd";
const DOVECOT = "/usr/sbin/dovecot";

export interface ImapServer {
  host: string;
  port: number;
  user: string;
  password: string;
  /** The temp dir: `dovecot.conf`, `dovecot.log`, and the mail under `home/`. */
  dir: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function greets(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port }, () => undefined);
    socket.once("data", (data) => {
      socket.destroy();
      resolve(data.toString("utf8").startsWith("* OK"));
    });
    socket.once("error", () => resolve(false));
  });
}

/** uid/gid that owns the mail: ourselves, or `nobody` when we are root (Dovecot refuses to store mail as root). */
function mailOwner(): { uid: number; gid: number } {
  if (process.getuid?.() !== 0) return { uid: process.getuid!(), gid: process.getgid!() };
  return { uid: Number(execFileSync("id", ["-u", "nobody"], { encoding: "utf8" }).trim()), gid: Number(execFileSync("id", ["-g", "nobody"], { encoding: "utf8" }).trim()) };
}

export async function startImapServer({ user = "intake@example.test", password = "imap-test-password" } = {}): Promise<ImapServer> {
  if (!existsSync(DOVECOT)) {
    throw new Error(`The mailbox tests need Debian's dovecot-imapd, which is missing.\nInstall it with:\n\n  ${INSTALL_DOVECOT}\n\n(npm test's pretest step, scripts/ensure-test-tools.mjs, does this when run as root.)`);
  }
  const dir = mkdtempSync(join(tmpdir(), "rightsdesk-imap-"));
  // Dovecot's auth process runs as its own user, and the mail as `nobody`: both must reach into the dir.
  chmodSync(dir, 0o755);
  const port = await freePort();
  const owner = mailOwner();
  for (const sub of ["run", "state", "home"]) mkdirSync(join(dir, sub));
  chownSync(join(dir, "home"), owner.uid, owner.gid);
  writeFileSync(join(dir, "users"), `${user}:{PLAIN}${password}::::::\n`);
  const config = join(dir, "dovecot.conf");
  writeFileSync(
    config,
    [
      "protocols = imap",
      "listen = 127.0.0.1",
      `base_dir = ${join(dir, "run")}`,
      `state_dir = ${join(dir, "state")}`,
      `log_path = ${join(dir, "dovecot.log")}`,
      "ssl = no",
      "disable_plaintext_auth = no",
      "auth_mechanisms = plain login",
      `first_valid_uid = ${owner.uid}`,
      `passdb {\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u ${join(dir, "users")}\n}`,
      `userdb {\n  driver = static\n  args = uid=${owner.uid} gid=${owner.gid} home=${join(dir, "home")}/%u\n}`,
      "mail_location = maildir:~/Maildir",
      `service imap-login {\n  inet_listener imap {\n    address = 127.0.0.1\n    port = ${port}\n  }\n  inet_listener imaps {\n    port = 0\n  }\n}`,
      "service stats {\n  unix_listener stats-reader {\n    mode = 0600\n  }\n  unix_listener stats-writer {\n    mode = 0600\n  }\n}",
      "",
    ].join("\n"),
  );
  const child: ChildProcess = spawn(DOVECOT, ["-F", "-c", config], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const kill = () => child.kill("SIGTERM");
  process.on("exit", kill);

  const deadline = Date.now() + 15_000;
  while (!(await greets(port))) {
    const log = existsSync(join(dir, "dovecot.log")) ? readFileSync(join(dir, "dovecot.log"), "utf8") : "";
    if (child.exitCode !== null || Date.now() > deadline) {
      kill();
      throw new Error(`dovecot did not start on port ${port}:\n${output}\n${log}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    host: "127.0.0.1",
    port,
    user,
    password,
    dir,
    async stop() {
      process.off("exit", kill);
      const exited = new Promise((resolve) => child.once("exit", resolve));
      kill();
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
