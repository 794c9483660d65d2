import { describe, expect, it } from "vitest";
import { messages } from "../lib/i18n/catalogue";
import { formatDay } from "../lib/i18n/format";
import { LANGUAGES, type Language } from "../lib/i18n/languages";
import {
  accessReadyEmail,
  acknowledgementEmail,
  clarificationRequestEmail,
  deletionCompletedEmail,
  extensionNoticeEmail,
  REJECTION_REASONS,
  rejectionNoticeEmail,
  requestCompletedEmail,
  verificationEmail,
  verificationReminderEmail,
  withdrawalConfirmationEmail,
  type EmailTemplate,
} from ".";

const HOSTILE = `<script>alert("x")</script> & 'Co'`;

/** Each template with its preview props, made hostile where a value is shown, and the links it must carry. */
function sample<P>(template: EmailTemplate<P>, hostile: Partial<P>, links: (props: P) => string[]) {
  const props = { ...template.preview, ...hostile };
  return { name: template.name, render: (language: Language) => template.render(props, language), links: links(props) };
}

const samples = [
  sample(verificationEmail, { portalName: HOSTILE }, (p) => [p.verifyUrl]),
  sample(verificationReminderEmail, { portalName: HOSTILE }, (p) => [p.verifyUrl]),
  sample(acknowledgementEmail, { portalName: HOSTILE, reference: "<b>REF</b>", requestTypeLabel: "<i>Delete</i>" }, (p) => [p.statusUrl]),
  sample(withdrawalConfirmationEmail, { portalName: HOSTILE, reference: "<b>REF</b>" }, () => []),
  sample(clarificationRequestEmail, { portalName: HOSTILE, reference: "<b>REF</b>", question: "<i>Which account?</i>" }, (p) => [p.statusUrl]),
  sample(extensionNoticeEmail, { portalName: HOSTILE, reference: "<b>REF</b>", reason: "<i>Archives</i>" }, (p) => [p.statusUrl]),
  sample(rejectionNoticeEmail, { portalName: HOSTILE, reference: "<b>REF</b>", message: "<i>Nothing found</i>" }, (p) => [p.statusUrl]),
  sample(
    deletionCompletedEmail,
    {
      portalName: HOSTILE,
      reference: "<b>REF</b>",
      deleted: ["<i>Profile</i>"],
      kept: [{ category: "<i>Invoices</i>", basis: "<b>Accounting</b>", statute: "<i>Code</i> art. 1", until: "2030-01-01" }],
    },
    (p) => [p.statusUrl],
  ),
  sample(accessReadyEmail, { portalName: HOSTILE, reference: "<b>REF</b>", filename: "<i>data</i>.zip" }, (p) => [p.downloadUrl]),
  sample(requestCompletedEmail, { portalName: HOSTILE, reference: "<b>REF</b>", requestTypeLabel: "<i>Correct</i>", resolution: "<b>Fixed</b>" }, (p) => [
    p.statusUrl,
  ]),
];

describe.each(samples)("$name", ({ render, links }) => {
  it.each(LANGUAGES)("renders in %s with a subject, text and HTML", (language) => {
    const { subject, text, html } = render(language);
    expect(subject.trim()).not.toBe("");
    expect(text.trim()).not.toBe("");
    expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${language}">`));
    for (const link of links) {
      expect(text).toContain(`\n${link}\n`);
      expect(html).toContain(`href="${link}"`);
    }
  });

  it.each(LANGUAGES)("escapes every interpolated value in the %s HTML, and keeps it verbatim in the text", (language) => {
    const { text, html } = render(language);
    expect(html).not.toMatch(/<script|<b>|<i>/);
    expect(html).toContain("&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;Co&#39;");
    expect(text).toContain(HOSTILE);
  });

  it("speaks each language, not English with a translated frame", () => {
    const subjects = LANGUAGES.map((language) => render(language).subject);
    expect(new Set(subjects).size).toBe(LANGUAGES.length);
  });
});

describe("links and values", () => {
  it("escapes a link's quotes and ampersands in href, and refuses non-web links", () => {
    const verifyUrl = `https://privacy.example.test/verify?a=1&b="><script>`;
    const { html } = verificationEmail.render({ ...verificationEmail.preview, verifyUrl }, "en");
    expect(html).toContain(`href="https://privacy.example.test/verify?a=1&#38;b=&#34;&#62;&#60;script&#62;"`);
    expect(() => verificationEmail.render({ ...verificationEmail.preview, verifyUrl: "javascript:alert(1)" }, "en")).toThrow(/not an http/);
  });

  it.each([
    ["en", "2 March 2026"],
    ["ru", "2 марта 2026 г."],
    ["tr", "2 Mart 2026"],
    ["uz", "2-mart, 2026"],
  ] as const)("writes the due date the %s way", (language, date) => {
    expect(acknowledgementEmail.render(acknowledgementEmail.preview, language).text).toContain(date);
  });

  it("counts hours and days in Russian grammar", () => {
    const hours = (n: number) => verificationEmail.render({ ...verificationEmail.preview, expiresInHours: n }, "ru").text;
    expect(hours(1)).toContain("1 час.");
    expect(hours(24)).toContain("24 часа.");
    expect(hours(48)).toContain("48 часов.");
    expect(verificationReminderEmail.render(verificationReminderEmail.preview, "ru").text).toContain("через 7 дней");
  });
});

describe("clarification request", () => {
  it.each(LANGUAGES)("quotes the question, and says in %s whether the clock stops", (language) => {
    const t = messages(language).emails.clarification;
    const render = (clockPauses: boolean) => clarificationRequestEmail.render({ ...clarificationRequestEmail.preview, clockPauses }, language).text;
    expect(render(true)).toContain(`\n${t.quote(clarificationRequestEmail.preview.question)}\n`);
    expect(render(true)).toContain(t.clockPaused);
    expect(render(true)).not.toContain(t.clockRuns);
    expect(render(false)).toContain(t.clockRuns);
    expect(render(false)).not.toContain(t.clockPaused);
  });
});

describe("extension notice", () => {
  it.each(LANGUAGES)("gives both dates, written the %s way, and the reason", (language) => {
    const { text } = extensionNoticeEmail.render(extensionNoticeEmail.preview, language);
    expect(text).toContain(formatDay("2026-03-02", language));
    expect(text).toContain(formatDay("2026-04-01", language));
    expect(text).toContain(extensionNoticeEmail.preview.reason);
  });

  it("says the new date in a sentence", () => {
    expect(extensionNoticeEmail.render(extensionNoticeEmail.preview, "en").text).toContain("Moserra will answer your request by 1 April 2026 at the latest.");
  });
});

describe("rejection notice", () => {
  it.each(LANGUAGES)("explains each reason in its own %s sentence, with the message and the right to complain", (language) => {
    const t = messages(language).emails.rejection;
    const texts = REJECTION_REASONS.map((reason) => rejectionNoticeEmail.render({ ...rejectionNoticeEmail.preview, reason }, language).text);
    expect(new Set(texts).size).toBe(REJECTION_REASONS.length);
    REJECTION_REASONS.forEach((reason, i) => {
      expect(texts[i]).toContain(t.reasons[reason]);
      expect(texts[i]).toContain(rejectionNoticeEmail.preview.message);
      expect(texts[i]).toContain(t.complaint);
    });
  });

  it("names the authority in plain English", () => {
    expect(rejectionNoticeEmail.render(rejectionNoticeEmail.preview, "en").text).toContain("complain to the data protection authority");
  });
});

describe("deletion completed", () => {
  const props = {
    ...deletionCompletedEmail.preview,
    deleted: ["Account profile", "Chat history"],
    kept: [
      { category: "Payment records", basis: "Payment, refund and dispute records", statute: "Civil Code art. 196", until: "2027-06-15" },
      { category: "Security logs", basis: "Security logs", statute: "Federal Law 149-FZ art. 10.1", until: "2026-09-01" },
    ],
  };

  it("lists a kept category as one plain line", () => {
    expect(deletionCompletedEmail.render(props, "en").text).toContain(
      "\n- Payment records — kept under “Payment, refund and dispute records” (Civil Code art. 196) until 15 June 2027\n",
    );
  });

  it.each(LANGUAGES)("lists in %s what was deleted, and each kept category with its basis, statute and date", (language) => {
    const { text, html } = deletionCompletedEmail.render(props, language);
    const lines = text.split("\n");
    for (const category of props.deleted) expect(lines).toContain(`- ${category}`);
    for (const k of props.kept) {
      const line = lines.find((l) => l.startsWith(`- ${k.category} `));
      expect(line).toBeDefined();
      expect(line).toContain(k.basis);
      expect(line).toContain(k.statute);
      expect(line).toContain(formatDay(k.until, language));
    }
    expect(html.match(/<li /g)).toHaveLength(props.deleted.length + props.kept.length);
    expect(text).not.toContain(messages(language).emails.deletionCompleted.nothingKept);
  });

  it.each(LANGUAGES)("says plainly in %s when nothing was kept", (language) => {
    const t = messages(language).emails.deletionCompleted;
    const { text } = deletionCompletedEmail.render({ ...props, kept: [] }, language);
    expect(text).toContain(t.nothingKept);
    expect(text).not.toContain(t.keptHeading);
  });

  it("says nothing was kept in English words", () => {
    expect(deletionCompletedEmail.render({ ...props, kept: [] }, "en").text).toContain("Nothing was kept");
  });
});

describe("access ready", () => {
  it.each(LANGUAGES)("names the file and how long the %s link works", (language) => {
    const { text } = accessReadyEmail.render(accessReadyEmail.preview, language);
    expect(text).toContain(accessReadyEmail.preview.filename);
    expect(text).toContain(messages(language).emails.accessReady.expires(7));
  });

  it("counts days in English and Russian grammar", () => {
    const days = (n: number, language: Language) => accessReadyEmail.render({ ...accessReadyEmail.preview, expiresInDays: n }, language).text;
    expect(days(1, "en")).toContain("works for 1 day.");
    expect(days(7, "en")).toContain("works for 7 days.");
    expect(days(1, "ru")).toContain("действует 1 день.");
    expect(days(3, "ru")).toContain("действует 3 дня.");
    expect(days(7, "ru")).toContain("действует 7 дней.");
  });
});

describe("request completed", () => {
  it.each(LANGUAGES)("says in %s what was done and from when", (language) => {
    const { text } = requestCompletedEmail.render(requestCompletedEmail.preview, language);
    expect(text).toContain(requestCompletedEmail.preview.resolution);
    expect(text).toContain(messages(language).emails.requestCompleted.effectiveFrom(formatDay("2026-03-02", language)));
  });

  it("leaves the date out when there is none", () => {
    const { text } = requestCompletedEmail.render({ ...requestCompletedEmail.preview, effectiveFrom: null }, "en");
    expect(text).toContain(requestCompletedEmail.preview.resolution);
    expect(text).not.toContain("This applies from");
  });
});
