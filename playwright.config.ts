import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig } from "@playwright/test";

// This file is re-read in every worker process (STACK.md pitfall 7): choose the port once
// in the runner and pin it through process.env, which the workers inherit.
function findFreePort(): string {
  const script =
    "const s=require('node:net').createServer();" +
    "s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close();});";
  return execFileSync(process.execPath, ["-e", script], { encoding: "utf8" }).trim();
}

process.env.RIGHTSDESK_E2E_PORT ??= findFreePort();
process.env.RIGHTSDESK_E2E_SMTP_PORT ??= findFreePort();
// Each run gets its own database file, never the developer's.
process.env.RIGHTSDESK_E2E_DB ??= join(mkdtempSync(join(tmpdir(), "rightsdesk-e2e-")), "e2e.db");
process.env.RIGHTSDESK_E2E_AUTH_SECRET ??= "e2e-secret-e2e-secret-e2e-secret-e2e";
const port = process.env.RIGHTSDESK_E2E_PORT;
// Browser-facing URLs use localhost, never 127.0.0.1 (STACK.md pitfall 2).
const baseURL = `http://localhost:${port}`;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  // A sign-in runs a 32 MiB scrypt and a page waits for its server; on a busy two-core machine
  // that can pass Playwright's 5 s default without anything being wrong.
  expect: { timeout: 15_000 },
  reporter: process.env.CI
    ? [["list"], ["junit", { outputFile: "test-results/junit.xml" }]]
    : "list",
  use: {
    baseURL,
    browserName: "chromium",
    trace: "retain-on-failure",
    // Debian's Chromium, installed by scripts/ensure-test-tools.mjs; never `playwright install`.
    launchOptions: {
      executablePath: "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // A production build and server. Next 16 keeps `next dev` output in .next/dev, which
    // `next build` leaves alone, so a running dev server is not disturbed.
    command: `npm run -s db:seed && npx next build && npx next start -H 127.0.0.1 -p ${port}`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    // A cold `next build` on a busy two-core machine can take several minutes.
    timeout: 600_000,
    // Piped, not ignored: `next build` prints type errors on stdout.
    stdout: "pipe",
    stderr: "pipe",
    env: {
      // The runner resolves "server-only" to its empty export to reach db/ (package.json's
      // test:e2e); Next sets its own conditions, and must not inherit that one.
      NODE_OPTIONS: "",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_PATH: process.env.RIGHTSDESK_E2E_DB,
      APP_URL: baseURL,
      // The tests' own SMTP listener (e2e/fixtures.ts); mail queued before it listens is retried.
      SMTP_URL: `smtp://127.0.0.1:${process.env.RIGHTSDESK_E2E_SMTP_PORT}`,
      MAIL_FROM: "Rightsdesk Test <privacy@rightsdesk.test>",
      AUTH_SECRET: process.env.RIGHTSDESK_E2E_AUTH_SECRET,
      // Playwright fills a form faster than any person; the bot timer has its own unit tests.
      FORM_MIN_FILL_MS: "0",
      // The tests' webhook receivers listen on 127.0.0.1, which the SSRF guard refuses otherwise.
      WEBHOOK_ALLOW_PRIVATE: "1",
      // Every browser test comes from 127.0.0.1: room for the whole suite's submissions. The limit
      // itself is flooded from another loopback address (e2e/api.spec.ts).
      RATE_LIMIT_PER_HOUR: "100",
      // Every e2e request comes from 127.0.0.1 and these counters (in the database) last the whole run,
      // so the run would share one client's sign-in budget; unit tests cover the defaults.
      SIGN_IN_PASSWORDS_PER_CLIENT: "1000",
      SIGN_IN_LINKS_PER_CLIENT: "1000",
      // One refused attempt marks a message failed, so the outbox page can be tested without waiting for backoff.
      MAIL_MAX_ATTEMPTS: "1",
    },
  },
});
