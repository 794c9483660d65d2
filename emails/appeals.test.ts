import { describe, expect, it } from "vitest";
import { messages } from "../lib/i18n/catalogue";
import { formatDay } from "../lib/i18n/format";
import { LANGUAGES } from "../lib/i18n/languages";
import { appealDecisionEmail, appealReceivedEmail, duplicateMergedEmail } from ".";

const HOSTILE = `<script>alert("x")</script> & 'Co'`;

describe.each([
  ["appeal received", () => appealReceivedEmail],
  ["appeal decision", () => appealDecisionEmail],
  ["duplicate merged", () => duplicateMergedEmail],
] as const)("%s", (_name, template) => {
  it.each(LANGUAGES)("renders in %s, escaping the portal's name in HTML and keeping it in the text", (language) => {
    const t = template() as typeof appealReceivedEmail;
    const { subject, text, html } = t.render({ ...t.preview, portalName: HOSTILE }, language);
    expect(subject.trim()).not.toBe("");
    expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${language}" dir="ltr">`));
    expect(html).not.toMatch(/<script/);
    expect(text).toContain(HOSTILE);
  });
});

describe("appeal emails", () => {
  it.each(LANGUAGES)("the acknowledgement gives the decision's due date the %s way and the appealed reference", (language) => {
    const { text } = appealReceivedEmail.render(appealReceivedEmail.preview, language);
    expect(text).toContain(formatDay("2026-03-06", language));
    expect(text).toContain("BRO-3M8P-2RTA");
  });

  it.each(LANGUAGES)("a denied appeal names the Attorney General, their link and phone in %s; a granted one names nobody", (language) => {
    const a = messages(language).appeals;
    const denied = appealDecisionEmail.render(appealDecisionEmail.preview, language).text;
    expect(denied).toContain(a.complaint.attorneyGeneral("the Office of the Attorney General of Virginia, Consumer Protection Section"));
    expect(denied).toContain("https://www.oag.state.va.us/consumer-protection/");
    expect(denied).toContain("1-800-552-9963");
    expect(denied).toContain(a.emails.appealDecision.denied("Blue Ridge Outfitters", "BRO-3M8P-2RTA"));
    const granted = appealDecisionEmail.render({ ...appealDecisionEmail.preview, outcome: "granted", complaint: null }, language).text;
    expect(granted).toContain(a.emails.appealDecision.granted("Blue Ridge Outfitters", "BRO-3M8P-2RTA"));
    expect(granted).not.toContain("oag.state.va.us");
  });
});
