import { describe, expect, it } from "vitest";
import { REGIME_IDS } from "../lib/deadlines";
import { rejectionGrounds } from "../lib/deadlines/rejection-grounds";
import { messages } from "../lib/i18n/catalogue";
import { formatDay } from "../lib/i18n/format";
import { LANGUAGES, type Language } from "../lib/i18n/languages";
import {
  accessReadyEmail,
  acknowledgementEmail,
  agentConfirmationEmail,
  agentReceiptEmail,
  appealDecisionEmail,
  appealReceivedEmail,
  clarificationRequestEmail,
  deletionCompletedEmail,
  duplicateMergedEmail,
  extensionNoticeEmail,
  inboundVerificationEmail,
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
  return {
    name: template.name,
    render: (language: Language, overrides: Partial<P> = {}) => template.render({ ...props, ...overrides }, language),
    links: links(props),
  };
}

const samples = [
  sample(verificationEmail, { portalName: HOSTILE }, (p) => [p.verifyUrl]),
  sample(verificationReminderEmail, { portalName: HOSTILE }, (p) => [p.verifyUrl]),
  sample(inboundVerificationEmail, { portalName: HOSTILE }, (p) => [p.verifyUrl]),
  sample(agentConfirmationEmail, { portalName: HOSTILE, agent: "<b>Agent</b>" }, (p) => [p.verifyUrl]),
  sample(agentReceiptEmail, { portalName: HOSTILE, consumerName: "<i>Ann</i>", reference: "<b>REF</b>" }, () => []),
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
    expect(html).toMatch(new RegExp(`^<!doctype html>\\n<html lang="${language}" dir="ltr">`));
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

  it("never sets a name that has its own guillemets inside a second pair, in Russian or Uzbek", () => {
    for (const language of ["ru", "uz"] as const) {
      const { subject, text, html } = render(language, { portalName: "UseGPT (ООО «Мобильный маркетинг онлайн»)" });
      for (const rendered of [subject, text, html]) expect(rendered).not.toMatch(/««|»»|«UseGPT|»\)»/);
    }
  });

  it.each(LANGUAGES)("names the operator and its contact address in the %s footer", (language) => {
    const { text, html } = render(language);
    const footer = text.slice(text.lastIndexOf("\n--\n"));
    expect(footer).toContain(HOSTILE);
    expect(footer).toContain("info@moserra.com");
    expect(html).toContain("info@moserra.com");
  });
});

describe("every email to a requester", () => {
  // Each template a requester can receive, including those added with appeals, duplicates, emailed requests and agents.
  const requesterTemplates: EmailTemplate<{ portalName: string; contactEmail: string }>[] = [
    verificationEmail,
    verificationReminderEmail,
    inboundVerificationEmail,
    agentConfirmationEmail,
    agentReceiptEmail,
    acknowledgementEmail,
    withdrawalConfirmationEmail,
    clarificationRequestEmail,
    extensionNoticeEmail,
    rejectionNoticeEmail,
    deletionCompletedEmail,
    accessReadyEmail,
    requestCompletedEmail,
    appealReceivedEmail,
    appealDecisionEmail,
    duplicateMergedEmail,
  ];

  it.each(requesterTemplates.flatMap((template) => LANGUAGES.map((language) => [template.name, language, template] as const)))(
    "%s in %s names the operator and its contact address in the footer",
    (_name, language, template) => {
      const { text } = template.render(template.preview, language);
      const footer = text.slice(text.lastIndexOf("\n--\n"));
      expect(footer).toContain(template.preview.portalName);
      expect(footer).toContain(template.preview.contactEmail);
    },
  );
});

describe("acknowledgement by channel", () => {
  const intro = (channel: "web" | "api" | "email" | "phone" | "post" | "agent", language: Language = "en") =>
    acknowledgementEmail.render({ ...acknowledgementEmail.preview, channel }, language).text.split("\n\n")[1];

  it("thanks only web and API requesters for confirming their address", () => {
    expect(intro("web")).toBe("Thank you for confirming your email address. Your request has been sent to Moserra.");
    expect(intro("api")).toMatch(/^Thank you for confirming your email address\./);
    expect(intro("email")).toBe("Moserra has received the request you sent by email and recorded it under the reference below.");
    expect(intro("phone")).toBe("Moserra has recorded the request you made by phone under the reference below.");
    expect(intro("post")).toBe("Moserra has received the request you sent by post and recorded it under the reference below.");
  });

  it("tells a requester whose agent filed the request who did, never thanking them for a form they did not fill in", () => {
    expect(intro("agent")).toBe("Moserra has received the request an authorized agent made on your behalf and recorded it under the reference below.");
    const webAgent = acknowledgementEmail.render({ ...acknowledgementEmail.preview, channel: "web", byWebAgent: true }, "en").text.split("\n\n")[1];
    expect(webAgent).toBe("Thank you for confirming that you gave an authorized agent permission. The request they made on your behalf has been sent to Moserra.");
  });

  it.each(LANGUAGES)("thanks nobody in %s for a confirmation when the operator's own service vouched for the requester", (language) => {
    const vouched = acknowledgementEmail.render({ ...acknowledgementEmail.preview, channel: "api", vouched: true }, language).text.split("\n\n")[1]!;
    expect(vouched).toBe(messages(language).acknowledgementChannels.vouched("Moserra"));
    expect(vouched).not.toContain(messages(language).emails.acknowledgement.intro.web("X").split(".")[0]!);
  });

  it.each(LANGUAGES)("words each channel differently in %s, and never thanks a manual request for a confirmation", (language) => {
    const channels = ["web", "api", "email", "phone", "post", "agent"] as const;
    const texts = channels.map((channel) => intro(channel, language));
    expect(new Set(texts).size).toBe(channels.length);
    const thanks = messages(language).emails.acknowledgement.intro.web("X").split(".")[0]!;
    for (const manual of texts.slice(2)) expect(manual).not.toContain(thanks);
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
    ["uz", "2026-yil 2-mart"],
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
  it.each(LANGUAGES)("explains each ground of every regime in its own %s sentence, with the article, the message and where to complain", (language) => {
    const t = messages(language).emails.rejection;
    for (const regime of REGIME_IDS) {
      const grounds = rejectionGrounds(regime);
      const texts = grounds.map((ground) => rejectionNoticeEmail.render({ ...rejectionNoticeEmail.preview, ground, regime }, language).text);
      expect(new Set(texts).size, regime).toBe(grounds.length);
      grounds.forEach((ground, i) => {
        expect(texts[i]).toContain(t.reasons[ground.id]);
        expect(texts[i]).toContain(rejectionNoticeEmail.preview.message);
        expect(texts[i]).toContain(regime === "tr-kvkk" ? t.complaintKvkk : regime === "ru-152fz" ? t.complaintRu152 : t.complaint);
      });
    }
  });

  it("cites the article in the requester's language", () => {
    const render = (article: string, regime: "tr-kvkk" | "ru-152fz" | "uz-zru547", language: Language) =>
      rejectionNoticeEmail.render({ ...rejectionNoticeEmail.preview, ground: { id: "other", article }, regime }, language).text;
    expect(render("KVKK art. 13(3)", "tr-kvkk", "tr")).toContain("Hukuki dayanak: KVKK md. 13(3).");
    expect(render("KVKK art. 13(3)", "tr-kvkk", "en")).toContain("Legal ground: KVKK art. 13(3).");
    expect(render("152-FZ art. 20(2)", "ru-152fz", "ru")).toContain("Правовое основание: ч. 2 ст. 20 Федерального закона № 152-ФЗ.");
    expect(render("ZRU-547 art. 21", "uz-zru547", "uz")).toContain("Huquqiy asos: OʻRQ-547 21-modda.");
  });

  it("gives KVKK's window to complain to the Board, and 152-FZ's reasoned refusal", () => {
    const kvkk = rejectionNoticeEmail.render(rejectionNoticeEmail.preview, "tr").text;
    expect(kvkk).toContain("30 gün ve her hâlde başvuru tarihinizden itibaren 60 gün içinde Kişisel Verileri Koruma Kuruluna");
    const ru = rejectionNoticeEmail.render({ ...rejectionNoticeEmail.preview, ground: { id: "restricted-by-law", article: "152-FZ art. 14(8)" }, regime: "ru-152fz" }, "ru").text;
    expect(ru).toContain("Правовое основание: ч. 8 ст. 14 Федерального закона № 152-ФЗ.");
    expect(ru).toContain("Отказ мотивирован и содержит ссылку на правовое основание, как того требует часть 2 статьи 20 Федерального закона № 152-ФЗ.");
  });

  it("names the authority in plain English", () => {
    expect(rejectionNoticeEmail.render({ ...rejectionNoticeEmail.preview, regime: "eu-gdpr" }, "en").text).toContain("complain to the data protection authority");
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
