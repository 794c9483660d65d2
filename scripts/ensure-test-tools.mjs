// Makes sure the Debian packages the tests run on are installed (run by `npm test` as pretest):
// Chromium for Playwright, PostgreSQL for the suite's second engine (test/pg-cluster.ts),
// Dovecot's IMAP server for the mailbox intake (test/imap-server.ts).
// Quiet when they are present; installs the missing ones when running as root; otherwise
// fails with the one command that fixes it. It never lets the tests skip a missing tool.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";

/** initdb of any PostgreSQL version Debian installs under /usr/lib/postgresql/<version>/bin. */
function hasPostgres() {
  const root = "/usr/lib/postgresql";
  return existsSync(root) && readdirSync(root).some((version) => existsSync(join(root, version, "bin", "initdb")));
}

const TOOLS = [
  { name: "Chromium (Playwright's browser)", pkg: "chromium", present: () => existsSync("/usr/bin/chromium"), path: "/usr/bin/chromium" },
  { name: "PostgreSQL (initdb, pg_ctl)", pkg: "postgresql", present: hasPostgres, path: "/usr/lib/postgresql/<version>/bin/initdb" },
  { name: "Dovecot's IMAP server", pkg: "dovecot-imapd", present: () => existsSync("/usr/sbin/dovecot") && existsSync("/usr/lib/dovecot/imap"), path: "/usr/lib/dovecot/imap" },
];

const missing = TOOLS.filter((tool) => !tool.present());
if (missing.length === 0) process.exit(0);

const packages = missing.map((tool) => tool.pkg);
const list = missing.map((tool) => `  ${tool.name}: ${tool.path}`).join("\n");

if (process.getuid?.() !== 0) {
  console.error(`The tests need Debian packages that are missing:\n${list}\n\nInstall them with:\n\n  sudo apt-get install -y ${packages.join(" ")}\n`);
  process.exit(1);
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
  });
  if (result.status !== 0) {
    console.error(`${command} ${args.join(" ")} failed (exit ${result.status ?? result.signal}).`);
    process.exit(1);
  }
}

console.log(`Missing:\n${list}\nInstalling Debian's ${packages.join(", ")}.`);
run("apt-get", ["update"]);
run("apt-get", ["install", "-y", ...packages]);

const still = missing.filter((tool) => !tool.present());
if (still.length > 0) {
  console.error(`apt-get finished but these are still missing:\n${still.map((tool) => `  ${tool.path}`).join("\n")}`);
  process.exit(1);
}
