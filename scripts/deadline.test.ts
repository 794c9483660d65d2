import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** Runs the CLI exactly as `npm run -s deadline -- …` does, through tsx. */
function deadline(...args: string[]) {
  const r = spawnSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/deadline.ts", ...args], { encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const BERLIN: Record<string, string | true> = { "--regime": "eu-gdpr", "--type": "access", "--start": "2026-01-31T10:00:00+01:00", "--tz": "Europe/Berlin", "--country": "DE" };

/** The Berlin example with some options replaced or added; `true` is a bare flag. */
function argv(options: Record<string, string | true> = {}): string[] {
  return Object.entries({ ...BERLIN, ...options }).flatMap(([flag, value]) => (value === true ? [flag] : [flag, value]));
}

describe("deadline CLI", () => {
  it("prints the due date, the extension-notice deadline and the numbered explanation", () => {
    const r = deadline(...argv());
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Due: 2026-03-02 (end of day Europe/Berlin: 2026-03-02T22:59:59.999Z)");
    expect(r.stdout).toContain("Extension notice by: 2026-03-02");
    expect(r.stdout).toContain("  3. Sat 28 Feb 2026 is a Saturday → next working day Mon 2 Mar 2026");
  });

  it("--json prints the documented shape", () => {
    const r = deadline(...argv({ "--extended": true, "--json": true }));
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({
      dueAt: "2026-04-30T21:59:59.999Z",
      dueDate: "2026-04-30",
      extensionNoticeBy: "2026-03-02",
      provisional: false,
    });
    expect(json.steps.length).toBeGreaterThan(3);
    expect(json.steps.every((s: unknown) => typeof s === "string")).toBe(true);
  });

  it("takes pauses, custom promises and reports provisional calendars", () => {
    const r = deadline(
      "--regime", "custom", "--type", "deletion", "--start", "2026-12-29T10:00:00+05:00", "--tz", "Asia/Tashkent", "--country", "UZ",
      "--custom-days", "2", "--custom-unit", "working", "--pause", "2026-12-30/2026-12-30", "--json",
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ dueDate: "2027-01-05", extensionNoticeBy: null, provisional: true });
  });

  it("times a Virginia appeal like any other type: lodged Fri 15 May 2026 → due Tue 14 Jul, 60 days on, no weekend roll", () => {
    const r = deadline("--regime", "us-va-vcdpa", "--type", "appeal", "--start", "2026-05-15T10:00:00-04:00", "--tz", "America/New_York", "--country", "US-VA");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Due: 2026-07-14 (end of day America/New_York: 2026-07-15T03:59:59.999Z)");
    expect(r.stdout).not.toContain("Extension notice by");
    expect(r.stdout).toContain("Va. Code §59.1-577(C): 60 calendar days from Fri 15 May 2026, the start day not counted → Tue 14 Jul 2026");
  });

  it("counts ZRU-547 art. 11 from --submitted-at: submitted Mon 12 Jan, verified Tue 13 Jan → Thu 15 Jan", () => {
    const correction = deadline(
      "--regime", "uz-zru547", "--type", "correction", "--start", "2026-01-13T09:00:00+05:00", "--submitted-at", "2026-01-12T10:00:00+05:00",
      "--tz", "Asia/Tashkent", "--country", "UZ", "--json",
    );
    expect(correction.code).toBe(0);
    expect(JSON.parse(correction.stdout)).toMatchObject({ dueDate: "2026-01-15", refusalBy: null });
  });

  it("prints ZRU-547 art. 21's refusal date beside the promise's due date", () => {
    const access = deadline("--regime", "uz-zru547", "--type", "access", "--start", "2026-01-12T10:00:00+05:00", "--tz", "Asia/Tashkent", "--country", "UZ", "--custom-days", "30", "--custom-unit", "calendar");
    expect(access.stdout).toContain("Due: 2026-02-11");
    expect(access.stdout).toContain("Refuse in writing by: 2026-01-22");
  });

  it.each([
    [{ "--regime": "gdpr" }, "--regime", /unknown regime "gdpr"/],
    [{ "--submitted-at": "yesterday" }, "--submitted-at", /not an ISO 8601 instant with an offset/],
    [{ "--submitted-at": "2026-02-01T10:00:00+01:00" }, "--submitted-at", /cannot be submitted after its clock started/],
    [{ "--regime": "us-ut-ucpa", "--type": "appeal", "--tz": "America/Denver", "--country": "US-UT" }, "--custom-days", /Utah UCPA sets no deadline for appeal requests/],
    [{ "--type": "erasure" }, "--type", /unknown request type "erasure"/],
    [{ "--tz": "Europe/Atlantis" }, "--tz", /unknown time zone "Europe\/Atlantis"/],
    [{ "--country": "ZZ" }, "--country", /unknown country "ZZ"/],
    [{ "--start": "2026-01-31" }, "--start", /not an ISO 8601 instant with an offset/],
    [{ "--start": "2026-01-31T10:00:00" }, "--start", /not an ISO 8601 instant with an offset/],
    [{ "--start": "2026-02-30T10:00:00Z" }, "--start", /not an ISO 8601 instant/],
    [{ "--pause": "2026-02-01" }, "--pause", /not <YYYY-MM-DD>\/<YYYY-MM-DD>/],
    [{ "--pause": "2026-02-10/2026-02-01" }, "--pause", /ends before it starts/],
    [{ "--regime": "tr-kvkk", "--country": "TR", "--extended": true }, "--extended", /cannot be extended/],
    [{ "--custom-days": "14" }, "--custom-unit", /must be "calendar" or "working"/],
    [{ "--custom-days": "14", "--custom-unit": "fortnights" }, "--custom-unit", /not "fortnights"/],
    [{ "--custom-days": "fourteen", "--custom-unit": "calendar" }, "--custom-days", /not a whole number/],
    [{ "--frobnicate": true }, "arguments", /frobnicate/],
  ] as [Record<string, string | true>, string, RegExp][])("refuses %j naming %s, exit 2", (options, flag, message) => {
    const r = deadline(...argv(options));
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(`deadline: ${flag}:`);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("usage: npm run -s deadline");
  });

  it("names a missing required argument", () => {
    const r = deadline("--regime", "eu-gdpr", "--type", "access", "--start", "2026-01-31T10:00:00Z", "--country", "DE");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("deadline: --tz: is required");
  });

  it("needs a promise where the statute is silent, and says so", () => {
    const r = deadline("--regime", "uz-zru547", "--type", "deletion", "--start", "2026-01-12T10:00:00+05:00", "--tz", "Asia/Tashkent", "--country", "UZ");
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/deadline: --custom-days: Uzbekistan ZRU-547 sets no deadline for deletion requests/);
  });
});
