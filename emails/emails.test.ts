import { describe, expect, it } from "vitest";
import { LANGUAGES, type Language } from "../lib/i18n/languages";
import { acknowledgementEmail, verificationEmail, verificationReminderEmail, withdrawalConfirmationEmail, type EmailTemplate } from ".";

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
