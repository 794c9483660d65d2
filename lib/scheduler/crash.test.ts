import { spawn } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startMailbox, type Mailbox } from "../../e2e/mailbox";
import { databaseEnv } from "../../db/client";
import { tempDbPerTest } from "../../db/testing";
import { REQUESTS_PER_BATCH } from "./deadline-reminders";
import { addStaff, APP, copyRequest, openRequest, outbox } from "./test-fixtures";

// One more than a batch: killed after the first batch's commit, the sweep leaves work for the restart.
const REQUESTS = REQUESTS_PER_BATCH + 1;
const db = tempDbPerTest();
let mailbox: Mailbox;

beforeAll(async () => {
  mailbox = await startMailbox();
});
afterAll(() => mailbox.stop());

/** The real CLI in a child process, as cron would run it, against the test database and SMTP listener. */
function scheduler(now: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/scheduler.ts", "--once", "--now", now], {
    env: { ...process.env, ...databaseEnv(db()), SMTP_URL: mailbox.url, APP_URL: APP, AUTH_SECRET: "x".repeat(32), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk));
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null; output: string }>((resolve) => child.on("exit", (code, signal) => resolve({ code, signal, output })));
  return { child, exit };
}

const reminders = () => outbox(db(), "deadline-reminder");

async function seed() {
  const by = (await addStaff(db(), "deepen", "agent")).id;
  await addStaff(db(), "deepen", "admin");
  // Received on 12 January, due on the 26th: every first reminder (7 days before) is due at 09:00 Tashkent on the 19th.
  const receivedAt = new Date("2026-01-12T06:00:00Z");
  const { id } = await openRequest(db(), { slug: "deepen", type: "deletion", receivedAt, by });
  await copyRequest(db(), { id, count: REQUESTS - 1 });
}

describe("the scheduler CLI killed mid-sweep", () => {
  // 202 reminders, each sent over an SMTP connection of its own by the CLI runs: 0.2-0.3 s apiece seen on a loaded machine.
  it("sends every reminder exactly once after a restart", { timeout: 180_000 }, async () => {
    await seed();
    const expected = REQUESTS * 2; // unassigned: the agent and the admin

    const first = scheduler("2026-01-19T04:00:30Z", { RIGHTSDESK_SWEEP_ITEM_DELAY_MS: "100" });
    while ((await reminders()).length < 20 && first.child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 10));
    first.child.kill("SIGKILL");
    expect((await first.exit).signal).toBe("SIGKILL");
    const queuedBeforeCrash = (await reminders()).length;
    expect(queuedBeforeCrash).toBeGreaterThanOrEqual(20);
    expect(queuedBeforeCrash).toBeLessThan(expected);
    // A request's claim and both its emails commit together, or not at all.
    expect(queuedBeforeCrash % 2).toBe(0);
    expect(mailbox.messages).toHaveLength(0);

    // The dead run's lease still stands for five minutes: a run within them skips.
    const blocked = await scheduler("2026-01-19T04:03:00Z").exit;
    expect(blocked).toMatchObject({ code: 0, output: expect.stringContaining("another process holds the scheduler lease") });
    expect(await reminders()).toHaveLength(queuedBeforeCrash);

    const restart = await scheduler("2026-01-19T04:06:00Z").exit;
    expect(restart.code, restart.output).toBe(0);

    const rows = await reminders();
    expect(rows).toHaveLength(expected);
    expect(new Set(rows.map((r) => r.dedupeKey)).size).toBe(expected);
    expect(rows.every((r) => r.status === "sent")).toBe(true);
    const received = mailbox.messages.filter((m) => m.subject.startsWith("7 days left")).map((m) => `${m.to.join()} ${m.subject}`);
    expect(received).toHaveLength(expected);
    expect(new Set(received).size).toBe(expected);
  });
});
