import { test as base, expect, type Page } from "@playwright/test";
import Database from "better-sqlite3";
import { createHash, randomBytes } from "node:crypto";
import { withTransaction } from "../db/client";
import { dropLease, takeLease } from "../db/queries/leases";
import { getPortalBySlug } from "../db/queries/portals";
import { DEMO_PORTALS } from "../db/seed-data";
import { messages } from "../lib/i18n/catalogue";
import type { Language } from "../lib/i18n/languages";
import { identityRuleFor, type IdentityRule } from "../lib/validation/request";
import { appDb, closeAppDb } from "./db";
import { startMailbox, type Mailbox, type ReceivedMail } from "./mailbox";
import { deleteTestStaff, startTestStaff } from "./staff";

/** Addresses the test SMTP listener refuses for now (450), to make the server's sender fail. */
export const refusing = new Set<string>();

/**
 * The test SMTP listener, on the port the server was told to send to
 * (playwright.config.ts), for the whole worker; tests read real mail from it.
 * The worker's database handle (e2e/db.ts) is closed when the worker ends, and
 * the staff members a test made (e2e/staff.ts) are deleted when the test ends.
 */
export const test = base.extend<{ mailbox: Mailbox; staffCleanup: void }, { workerMailbox: Mailbox; workerDb: void }>({
  workerMailbox: [
    async ({}, use) => {
      const mailbox = await startMailbox({ port: Number(process.env.RIGHTSDESK_E2E_SMTP_PORT), refuse: (address) => refusing.has(address) });
      await use(mailbox);
      await mailbox.stop();
    },
    { scope: "worker", auto: true },
  ],
  workerDb: [
    async ({}, use) => {
      await use();
      await closeAppDb();
    },
    { scope: "worker", auto: true },
  ],
  mailbox: async ({ workerMailbox }, use) => use(workerMailbox),
  staffCleanup: [
    async ({}, use) => {
      startTestStaff();
      await use();
      await deleteTestStaff();
    },
    { auto: true },
  ],
});

export { expect };

/** An address no other test uses, so each test reads only its own mail. */
export function uniqueEmail(label: string): string {
  return `${label}-${randomBytes(4).toString("hex")}@example.test`;
}

export function seedOf(slug: string) {
  return DEMO_PORTALS.find((p) => p.slug === slug)!;
}

export const t = (language: Language) => messages(language);

/** The mail to `to` that matches, waiting for it to arrive (the sender works in the background). */
export function mailTo(mailbox: Mailbox, to: string, match: (mail: ReceivedMail) => boolean = () => true) {
  return mailbox.waitFor((m) => m.to.includes(to) && match(m), 15_000);
}

/** The link to `page` (verify or status) in an email, as a path the browser can open. */
export function linkIn(mail: ReceivedMail, page: "verify" | "status"): string {
  const url = new RegExp(`https?://[^\\s"<>]+/${page}\\?token=[A-Za-z0-9_-]{43}`).exec(mail.text)?.[0];
  if (!url) throw new Error(`no ${page} link in "${mail.subject}":\n${mail.text}`);
  return new URL(url).pathname + new URL(url).search;
}

export function tokenOf(link: string): string {
  return new URL(link, "http://x").searchParams.get("token")!;
}

/**
 * The server's database in raw SQL, for what the app itself would never write (an expired link, a back-dated
 * receipt, a forged row: each use says so) and for reading back what it stored. Staff members are made and
 * deleted through the app's own queries instead (e2e/staff.ts).
 */
export function withDb<T>(fn: (db: Database.Database) => T): T {
  const db = new Database(process.env.RIGHTSDESK_E2E_DB!);
  try {
    return fn(db);
  } finally {
    db.close();
  }
}

/** Deliberate tampering: a link that expired without waiting for it. */
export function expireToken(token: string) {
  const hash = createHash("sha256").update(token).digest("hex");
  withDb((db) => db.prepare("update tokens set expires_at = ? where hash = ?").run(Date.now() - 1000, hash));
}

/**
 * Fills and sends the request form on the current page, as a person would;
 * under KVKK or 152-FZ (`identity`) also the identity details that law requires.
 */
export async function fillRequestForm(
  page: Page,
  language: Language,
  fields: { type: string; email: string; name: string; details?: string },
  identity: IdentityRule | null = null,
) {
  const m = t(language);
  const id = m.portal.form.identity;
  await page.getByLabel(m.requestTypes[fields.type as keyof typeof m.requestTypes].label).check();
  await page.getByLabel(m.portal.form.email, { exact: true }).fill(fields.email);
  await page.getByLabel(m.portal.form.name, { exact: true }).fill(fields.name);
  if (identity === "kvkk") {
    await page.getByLabel(id.citizenshipTr).check();
    await page.getByLabel(id.tcIdentityNumber, { exact: true }).fill("10000000146");
    await page.getByLabel(id.noticeAddress, { exact: true }).fill("Moda Cad. 1, Kadıköy, İstanbul");
  }
  if (identity === "152fz") {
    await page.getByLabel(id.documentNumber, { exact: true }).fill("4010 123456");
    await page.getByLabel(id.documentIssuedOn, { exact: true }).fill("2015-06-01");
    await page.getByLabel(id.documentIssuer, { exact: true }).fill("ТП № 1 УФМС");
    await page.getByLabel(id.relationship, { exact: true }).fill("robin-42");
    await page.getByLabel(id.signature, { exact: true }).fill(fields.name);
    await page.getByLabel(id.signatureConfirmed).check();
  }
  const details = fields.details ?? (identity === "kvkk" ? "Kişisel verilerimin bir kopyası" : undefined);
  if (details) await page.getByLabel(identity === "kvkk" ? id.subject : m.portal.form.details, { exact: true }).fill(details);
  await page.getByRole("button", { name: m.portal.form.submit }).click();
}

const SCHEDULER_HOLDER = "e2e:backdated-receipt";

/**
 * Moves the receipt of the unconfirmed request from `email` to `receivedAt` (an ISO instant), then runs `confirm`
 * (the requester confirming), so that a deadline counted from receipt is a literal date however much later the
 * test runs. Deliberate tampering, in raw SQL: the app never back-dates a web request. A back-dated unconfirmed
 * request is one the server's purge of unconfirmed requests would take, so the test holds the scheduler's lease
 * (through the app's lease queries, as a second server would) until the request is confirmed.
 */
export async function confirmWithReceiptAt(email: string, receivedAt: string, confirm: () => Promise<void>): Promise<void> {
  await expect.poll(() => holdScheduler()).toBe(true);
  try {
    withDb((db) => db.prepare("update requests set received_at = ? where email = ?").run(new Date(receivedAt).getTime(), email));
    await confirm();
  } finally {
    await withTransaction(appDb(), (tx) => dropLease(tx, { name: "scheduler", holder: SCHEDULER_HOLDER }));
  }
}

/** Takes the scheduler's lease for a minute, if no sweep holds it now (lib/scheduler/run.ts names it "scheduler"). */
function holdScheduler(): Promise<boolean> {
  const now = new Date();
  return withTransaction(appDb(), (tx) => takeLease(tx, { name: "scheduler", holder: SCHEDULER_HOLDER, expiresAt: new Date(now.getTime() + 60_000), now }));
}

/**
 * A request made and verified the way a requester does it, through the form
 * and the emailed link; returns its reference, id and the requester's status link.
 * With `receivedAt`, its receipt is moved to that instant before it is confirmed (`confirmWithReceiptAt`).
 */
export async function verifiedRequest(
  page: Page,
  mailbox: Mailbox,
  { slug, type, language, details, receivedAt }: { slug: string; type: string; language: Language; details?: string; receivedAt?: string },
) {
  const email = uniqueEmail(`${slug}-${type}`);
  await page.goto(`/p/${slug}/request?lang=${language}`);
  // The regime from the database, not the seed: tests add portals of their own (e2e/us-portal.ts).
  const { regime, name: portalName } = (await getPortalBySlug(appDb(), { slug }))!;
  await fillRequestForm(page, language, { type, email, name: "Robin Requester", details }, identityRuleFor(regime));
  const verification = await mailTo(mailbox, email, (m) => m.subject === t(language).emails.verification.subject(portalName));
  const confirm = async () => {
    await page.goto(linkIn(verification, "verify"));
    await page.getByRole("button", { name: t(language).portal.verify.confirm }).click();
    await expect(page.getByText(t(language).portal.status.confirmed)).toBeVisible();
  };
  await (receivedAt ? confirmWithReceiptAt(email, receivedAt, confirm) : confirm());
  const { id, reference } = withDb((db) => db.prepare("select id, reference from requests where email = ?").get(email)) as { id: number; reference: string };
  const acknowledgement = await mailTo(mailbox, email, (m) => m.subject === t(language).emails.acknowledgement.subject(portalName, reference));
  return { email, id, reference, statusLink: linkIn(acknowledgement, "status") };
}
