// Makes sure Debian's Chromium is installed for Playwright (run by `npm test` as pretest).
// Quiet when it is present; installs it when running as root; otherwise says what to run.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const CHROMIUM = "/usr/bin/chromium";

if (existsSync(CHROMIUM)) process.exit(0);

if (process.getuid?.() !== 0) {
  console.error(
    `Playwright needs Debian's Chromium at ${CHROMIUM}, which is missing.\n` +
      "Install it with:\n\n  sudo apt-get install -y chromium\n",
  );
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

console.log(`${CHROMIUM} is missing; installing Debian's chromium package.`);
run("apt-get", ["update"]);
run("apt-get", ["install", "-y", "chromium"]);

if (!existsSync(CHROMIUM)) {
  console.error(`apt-get finished but ${CHROMIUM} still does not exist.`);
  process.exit(1);
}
