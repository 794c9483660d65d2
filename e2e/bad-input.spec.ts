import type { APIRequestContext, APIResponse } from "@playwright/test";
import { action, callAction, escapeHtml, hiddenInputs, postForm } from "./actions";
import { CORPUS, HOSTILE, MARKUP, type Sample, type Verdict } from "./bad-input-corpus";
import { expect, fillRequestForm, linkIn, mailTo, seedOf, t, test, tokenOf, uniqueEmail, withDb } from "./fixtures";
import { PERMISSION_MAX_BYTES, PERMISSION_MAX_KB } from "../lib/web-agents/permission-limit";
import { createStaff, sessionCookie } from "./staff";

/**
 * The bad-input corpus (e2e/bad-input-corpus.ts) against every public field:
 * the request form (an authorized agent's fields and permission file, and the
 * identity details KVKK and 152-FZ ask for, included), "send a new link",
 * verify (the consumer's confirmation of an agent's request too), new link,
 * withdraw, answer, appeal and revoking the status links (posted as a browser
 * without JavaScript posts them), the intake API and the DRP endpoints.
 * Each answer must be below 500, carry none of the markup sent, and name the
 * problem. No sample makes a valid submission, so nothing is stored and no
 * rate limit is spent.
 */

const A = "mvsep";
const PUBLIC = "app/(public)/p/[portal]/actions.ts";
const en = t("en");
const formErrors = en.portal.form.errors;

/** A file part of a multipart post. */
type FilePart = { name: string; mimeType: string; buffer: Buffer };

/** What went wrong with one post, or nothing. */
type Problem = string | undefined;

function check(what: string, status: number, body: string, expected: { includes?: string[]; excludes?: string[]; status?: number } = {}): Problem[] {
  const problems: Problem[] = [];
  if (status >= 500) problems.push(`${what}: ${status}`);
  if (expected.status !== undefined && status !== expected.status) problems.push(`${what}: ${status}, expected ${expected.status}`);
  for (const markup of MARKUP) if (body.includes(markup)) problems.push(`${what}: reflects ${markup}`);
  for (const text of expected.includes ?? []) if (!body.includes(text)) problems.push(`${what}: does not say "${text}"`);
  for (const text of expected.excludes ?? []) if (body.includes(text)) problems.push(`${what}: says "${text}"`);
  return problems;
}

/** Text as an element's whole content in the rendered HTML (the page's data for its scripts holds every message too). */
const shown = (text: string) => `>${escapeHtml(text)}</`;

/** The error a field shows under it in a rendered form, if any. */
function fieldError(html: string, field: string): string | undefined {
  return new RegExp(`<p id="${field}-error" class="field-error">([^<]*)</p>`).exec(html)?.[1];
}

/** The page a posted form ends on: the action's own answer, or the page it redirected to. */
async function landing(http: APIRequestContext, response: APIResponse): Promise<{ status: number; html: string }> {
  const location = response.status() === 303 ? response.headers().location : undefined;
  if (!location) return { status: response.status(), html: await response.text() };
  const page = await http.get(location, { maxRedirects: 0 });
  return { status: page.status(), html: await page.text() };
}

const textFields = {
  name: { kind: "line", errors: { bad: formErrors.nameBadCharacter, long: formErrors.nameTooLong, empty: formErrors.nameRequired } },
  accountId: { kind: "line", errors: { bad: formErrors.accountIdBadCharacter, long: formErrors.accountIdTooLong } },
  details: { kind: "lines", errors: { bad: formErrors.detailsBadCharacter, long: formErrors.detailsTooLong } },
} as const satisfies Record<string, { kind: "line" | "lines"; errors: Partial<Record<Verdict, string>> }>;

const EMAILS: Sample[] = [
  ...CORPUS,
  { label: "address with CR LF and a Bcc", value: "ann@example.test\r\nBcc: victim@example.test", line: "bad", lines: "bad" },
  { label: "address with a bidi override", value: "ann\u202E@example.test", line: "bad", lines: "bad" },
  { label: "address with markup", value: '"<script>alert(1)</script>"@example.test', line: "bad", lines: "bad" },
  { label: "address with NUL", value: "ann\u0000@example.test", line: "bad", lines: "bad" },
];
const emailError = (sample: Sample) => (sample.value.trim().length > 254 ? formErrors.emailTooLong : formErrors.emailInvalid);

/**
 * Posts portal `slug`'s request form as a browser without JavaScript does. The type is left
 * unchosen in every post, so no sample is ever stored. `posted` checks that the page shows
 * exactly `errors` under their fields (and the unchosen type's), and nothing under the others
 * it names; `shows` checks one field's error only, for forms whose law adds errors of its own.
 */
async function requestForm(request: APIRequestContext, baseURL: string, slug: string, lang: string) {
  const origin = new URL(baseURL).origin;
  const path = `/p/${slug}/request?lang=${lang}`;
  const hidden = hiddenInputs(await (await request.get(path)).text());
  expect(Object.keys(hidden)).toContain("$ACTION_KEY");
  const post = (fields: Record<string, string | FilePart>) => request.post(path, { headers: { Origin: origin }, multipart: { ...hidden, type: "", email: "ann@example.test", name: "Ann", ...fields }, maxRedirects: 0 });
  const posted = async (what: string, fields: Record<string, string | FilePart>, errors: Record<string, string | undefined>): Promise<Problem[]> => {
    const response = await post(fields);
    const html = await response.text();
    const found = check(what, response.status(), html, { status: 200 });
    const wanted: Record<string, string | undefined> = {
      type: formErrors.typeRequired, email: undefined, name: undefined, accountId: undefined, details: undefined, language: undefined,
      agentOrganisation: undefined, consumerName: undefined, consumerEmail: undefined, permission: undefined,
      ...errors,
    };
    for (const [field, message] of Object.entries(wanted)) {
      const actual = fieldError(html, field);
      if (actual !== (message === undefined ? undefined : escapeHtml(message))) found.push(`${what}: ${field} shows ${JSON.stringify(actual)}, not ${JSON.stringify(message)}`);
    }
    return found;
  };
  const shows = async (what: string, fields: Record<string, string>, field: string, message: string): Promise<Problem[]> => {
    const response = await post(fields);
    const html = await response.text();
    const found = check(what, response.status(), html, { status: 200 });
    const actual = fieldError(html, field);
    if (actual !== escapeHtml(message)) found.push(`${what}: ${field} shows ${JSON.stringify(actual)}, not ${JSON.stringify(message)}`);
    return found;
  };
  return { post, posted, shows };
}

test("the request form, posted without JavaScript, answers every sample in every field with that field's own error, and reflects no markup", async ({ request, baseURL }) => {
  test.setTimeout(240_000);
  const origin = new URL(baseURL!).origin;
  const path = `/p/${A}/request?lang=en`;
  const { post, posted } = await requestForm(request, baseURL!, A, "en");
  const problems: Problem[] = [];

  for (const [field, { kind, errors }] of Object.entries(textFields)) {
    for (const sample of CORPUS) {
      const verdict = sample.form ?? sample[kind];
      const expected = (errors as Partial<Record<Verdict, string>>)[verdict];
      problems.push(...(await posted(`${field} ← ${sample.label}`, { [field]: sample.value }, { [field]: expected })));
    }
  }
  for (const sample of EMAILS) problems.push(...(await posted(`email ← ${sample.label}`, { email: sample.value }, { email: emailError(sample) })));
  // A file where text belongs is no text: the field counts as not filled in.
  const file = { name: "name.txt", mimeType: "text/plain", buffer: Buffer.from("Ann") };
  problems.push(...(await posted("name ← a file", { name: file }, { name: formErrors.nameRequired })));
  problems.push(...(await posted("email ← a file", { email: file }, { email: formErrors.emailInvalid })));
  // A post naming the action by id alone brings no action state: it still gets the page, not a 500.
  const bare = await postForm(request, action(`${PUBLIC}#submitRequestAction`), path, { portal: A, type: "", email: "ann@example.test", name: "Ann" }, { origin });
  problems.push(...check("the form posted by the action's id alone", bare.status(), await bare.text(), { status: 200 }));
  for (const sample of HOSTILE) {
    problems.push(...(await posted(`type ← ${sample.label}`, { type: sample.value }, {})));
    // A blank language means "the browser's"; the form shows any other refusal, even of its hidden field.
    const language = sample.value.trim() === "" ? undefined : formErrors.languageInvalid;
    problems.push(...(await posted(`language ← ${sample.label}`, { language: sample.value }, { language })));
    const portal = await post({ portal: sample.value });
    problems.push(...check(`portal ← ${sample.label}`, portal.status(), await portal.text(), { status: 404 }));
  }
  expect(problems.filter(Boolean)).toEqual([]);
});

const agentErrors = en.agentForm.errors;
const agentTextFields = {
  agentOrganisation: { bad: agentErrors.organisationBadCharacter, long: agentErrors.organisationTooLong },
  consumerName: { bad: agentErrors.consumerNameBadCharacter, long: agentErrors.consumerNameTooLong },
} as const satisfies Record<string, Partial<Record<Verdict, string>>>;
const pdf = (bytes: number): FilePart => ({ name: "permission.pdf", mimeType: "application/pdf", buffer: Buffer.concat([Buffer.from("%PDF-1.7\n"), Buffer.alloc(bytes - 9, 0x20)]) });

test("an authorized agent's fields, posted without JavaScript, answer every sample with the field's own error; a 768 KB permission passes, a larger one is refused by name, a form past 1 MB is a 413 that says why", async ({ request, baseURL }) => {
  test.setTimeout(240_000);
  const { post, posted } = await requestForm(request, baseURL!, A, "en");
  const problems: Problem[] = [];
  for (const [field, errors] of Object.entries(agentTextFields)) {
    for (const sample of CORPUS) {
      const verdict = sample.form ?? sample.line;
      problems.push(...(await posted(`${field} ← ${sample.label}`, { [field]: sample.value }, { [field]: (errors as Partial<Record<Verdict, string>>)[verdict] })));
    }
  }
  for (const sample of EMAILS) {
    problems.push(...(await posted(`consumerEmail ← ${sample.label}`, { consumerEmail: sample.value }, { consumerEmail: sample.value.trim() === "" ? undefined : agentErrors.consumerEmailInvalid })));
  }

  // The agent's request itself, type still unchosen: only the file decides what the permission field says.
  const agent = { forSomeoneElse: "on", consumerName: "Bo Lee", consumerEmail: "bo@example.test" };
  const tooLarge = agentErrors.permissionTooLarge(PERMISSION_MAX_KB);
  problems.push(...(await posted("permission of 768 KB", { ...agent, permission: pdf(PERMISSION_MAX_BYTES) }, {})));
  problems.push(...(await posted("permission one byte over 768 KB", { ...agent, permission: pdf(PERMISSION_MAX_BYTES + 1) }, { permission: tooLarge })));
  problems.push(...(await posted("no permission", agent, { permission: agentErrors.permissionRequired })));
  problems.push(...(await posted("a permission that is no PDF, JPEG or PNG", { ...agent, permission: { name: "p.pdf", mimeType: "application/pdf", buffer: Buffer.from(MARKUP[0]!) } }, { permission: agentErrors.permissionType })));
  problems.push(...(await posted("a permission named in markup", { ...agent, permission: { ...pdf(1024), name: `${MARKUP[1]}.pdf` } }, {})));
  const huge = await post({ ...agent, permission: pdf(1536 * 1024) });
  problems.push(...check("permission of 1.5 MB", huge.status(), await huge.text(), { status: 413, includes: ["too large"] }));
  expect(problems.filter(Boolean)).toEqual([]);
});

/** The identity details a law asks for, each with the error its own length and character checks give. */
const IDENTITY = {
  moserra: { lang: "en", fields: { tcIdentityNumber: 11, nationality: 100, foreignDocumentNumber: 50, noticeAddress: 500, phone: 30 } },
  usegpt: { lang: "ru", fields: { documentNumber: 50, documentIssuedOn: 10, documentIssuer: 300, signature: 200 } },
} as const;
const OWN_TOO_LONG: Record<string, keyof typeof formErrors> = { tcIdentityNumber: "tcIdentityNumberInvalid", phone: "phoneInvalid", documentIssuedOn: "documentIssuedOnInvalid" };

test("the identity details of KVKK and 152-FZ forms refuse every control, bidi and invisible character and an oversized value by name, and reflect no markup", async ({ request, baseURL }) => {
  test.setTimeout(240_000);
  const problems: Problem[] = [];
  for (const [slug, { lang, fields }] of Object.entries(IDENTITY)) {
    const errors = t(lang).portal.form.errors;
    const { post, shows } = await requestForm(request, baseURL!, slug, lang);
    for (const [field, max] of Object.entries(fields)) {
      const tooLong = errors[OWN_TOO_LONG[field] ?? "identityFieldTooLong"] as string;
      // A field checks its length first: a sample longer than a short field is refused as too long.
      for (const sample of CORPUS.filter((c) => (c.form ?? c.line) === "bad")) {
        problems.push(...(await shows(`${slug} ${field} ← ${sample.label}`, { [field]: sample.value }, field, sample.value.trim().length > max ? tooLong : errors.identityBadCharacter)));
      }
      problems.push(...(await shows(`${slug} ${field} ← ${max + 1} characters`, { [field]: "x".repeat(max + 1) }, field, tooLong)));
      for (const markup of MARKUP) {
        const response = await post({ [field]: markup });
        problems.push(...check(`${slug} ${field} ← ${markup}`, response.status(), await response.text(), { status: 200 }));
      }
    }
  }
  expect(problems.filter(Boolean)).toEqual([]);
});

test("send a new link, verify, new link, withdraw, answer, appeal and revoke refuse every hostile token, language and portal with a page that says why", async ({ request, baseURL }) => {
  test.setTimeout(240_000);
  const origin = new URL(baseURL!).origin;
  const problems: Problem[] = [];
  const invalidLink = { verify: shown(en.portal.verify.invalidTitle), status: shown(en.portal.status.invalidTitle) };
  const forms = [
    { name: "verifyAction", page: `/p/${A}/verify`, says: invalidLink.verify },
    { name: "newLinkAction", page: `/p/${A}/verify`, says: invalidLink.verify },
    { name: "withdrawAction", page: `/p/${A}/status`, says: invalidLink.status },
    { name: "answerAction", page: `/p/${A}/status`, says: invalidLink.status },
    { name: "appealAction", page: `/p/${A}/status`, says: invalidLink.status },
    // Revoking answers every link alike, so a hostile one learns nothing.
    { name: "revokeStatusLinksAction", page: `/p/${A}/status`, says: shown(en.portal.status.revokedTitle) },
  ];
  for (const form of forms) {
    const act = action(`${PUBLIC}#${form.name}`);
    for (const sample of HOSTILE) {
      for (const fields of [
        { portal: A, token: sample.value, lang: "en", answer: "An answer", grounds: "My reasons" },
        { portal: A, token: "not-a-token", lang: sample.value, answer: "An answer", grounds: "My reasons" },
      ]) {
        const { status, html } = await landing(request, await postForm(request, act, form.page, fields, { origin }));
        problems.push(...check(`${form.name} ${fields.token === sample.value ? "token" : "lang"} ← ${sample.label}`, status, html, { status: 200, includes: [form.says] }));
      }
      const missing = await postForm(request, act, form.page, { portal: sample.value, token: "not-a-token", lang: "en" }, { origin });
      problems.push(...check(`${form.name} portal ← ${sample.label}`, missing.status(), await missing.text(), { status: 404 }));
    }
  }

  // "Send a new link" answers every address alike, except one that is not an address at all.
  const resend = action(`${PUBLIC}#resendByEmailAction`);
  for (const sample of EMAILS) {
    const { status, html } = await landing(request, await postForm(request, resend, `/p/${A}/request/sent`, { portal: A, lang: "en", email: sample.value }, { origin }));
    problems.push(...check(`resend email ← ${sample.label}`, status, html, { status: 200, includes: [shown(formErrors.emailInvalid)] }));
  }
  for (const sample of HOSTILE) {
    const { status, html } = await landing(request, await postForm(request, resend, `/p/${A}/request/sent`, { portal: A, lang: sample.value, email: "not an address" }, { origin }));
    problems.push(...check(`resend lang ← ${sample.label}`, status, html, { status: 200, includes: [shown(formErrors.emailInvalid)] }));
  }
  expect(problems.filter(Boolean)).toEqual([]);
});

test("the answer on the status page refuses each bad sample with its own message; markup in a name or an answer reaches staff as text", async ({ page, browser, request, mailbox, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const name = `${MARKUP[1]} محمد`;
  const email = uniqueEmail("markup");
  await page.goto(`/p/${A}/request?lang=en`);
  await fillRequestForm(page, "en", { type: "access", email, name });
  await page.goto(linkIn(await mailTo(mailbox, email, (m) => m.subject === en.emails.verification.subject(seedOf(A).name)), "verify"));
  await page.getByRole("button", { name: en.portal.verify.confirm }).click();
  await expect(page.getByText(en.portal.status.confirmed)).toBeVisible();
  const { id, reference } = withDb((db) => db.prepare("select id, reference from requests where email = ?").get(email)) as { id: number; reference: string };
  const token = tokenOf(linkIn(await mailTo(mailbox, email, (m) => m.subject === en.emails.acknowledgement.subject(seedOf(A).name, reference)), "status"));

  const cookie = await sessionCookie(await createStaff({ [A]: "agent" }));
  const ask = await callAction(request, action("app/(staff)/staff/(workspace)/requests/[id]/actions.ts#askAction"), `/staff/requests/${id}`, { id: String(id), question: "Which account?" }, { origin, cookie });
  expect(ask.headers()["x-action-redirect"]).toContain("done=asked");

  const answer = action(`${PUBLIC}#answerAction`);
  const s = en.portal.status;
  const says: Partial<Record<Verdict, string>> = { bad: s.answerBadCharacter, long: s.answerTooLong, empty: s.answerEmpty };

  // In the browser, a refused answer stays in the box with its reason, and nothing is sent.
  const typed = "My account is \u202Eevil\nsecond line";
  await page.goto(`/p/${A}/status?token=${token}&lang=en`);
  await page.getByLabel(s.answerLabel).fill(typed);
  await page.getByRole("button", { name: s.answer }).click();
  await expect(page.locator("#answer-error")).toHaveText(s.answerBadCharacter);
  await expect(page.getByLabel(s.answerLabel)).toHaveValue(typed);
  expect(withDb((db) => db.prepare("select status from requests where id = ?").get(id))).toEqual({ status: "awaiting_requester" });
  const problems: Problem[] = [];
  for (const sample of CORPUS.filter((c) => (c.form ?? c.lines) !== "ok")) {
    const { status, html } = await landing(request, await postForm(request, answer, `/p/${A}/status`, { portal: A, token, lang: "en", answer: sample.value }, { origin }));
    problems.push(...check(`answer ← ${sample.label}`, status, html, { status: 200, includes: [shown(says[sample.form ?? sample.lines]!)] }));
  }
  expect(problems.filter(Boolean)).toEqual([]);

  const sent = await landing(request, await postForm(request, answer, `/p/${A}/status`, { portal: A, token, lang: "en", answer: MARKUP[0]! }, { origin }));
  expect(check("answer ← markup", sent.status, sent.html, { status: 200, includes: [shown(s.answered)] })).toEqual([]);

  const staff = await browser.newContext({ extraHTTPHeaders: { cookie } });
  const staffPage = await staff.newPage();
  staffPage.on("dialog", (dialog) => {
    throw new Error(`markup ran on the staff page: ${dialog.message()}`);
  });
  const response = await staffPage.goto(`/staff/requests/${id}`);
  expect(check("staff request page", response!.status(), await response!.text(), { status: 200 })).toEqual([]);
  await expect(staffPage.locator("bdi", { hasText: name })).toHaveCount(1);
  await expect(staffPage.locator("bdi", { hasText: MARKUP[0]! })).toHaveCount(1);
  await expect(staffPage.locator('img[src="x"]')).toHaveCount(0);
  await staff.close();
});

test("the intake API answers malformed, oversized, nested and wrongly typed bodies and every sample in every field with a specific 4xx", async ({ request }) => {
  test.setTimeout(180_000);
  const url = `/api/v1/portals/${A}/requests`;
  const problems: Problem[] = [];
  const json = { "Content-Type": "application/json" };
  const expectCode = async (what: string, response: APIResponse, status: number, code: string) => {
    const body = await response.text();
    problems.push(...check(what, response.status(), body, { status }));
    if (!(response.headers()["content-type"] ?? "").startsWith("application/json")) problems.push(`${what}: not JSON`);
    else if (JSON.parse(body).error?.code !== code) problems.push(`${what}: ${body.slice(0, 200)}`);
  };

  const raw: [string, string, number, string][] = [
    ["oversized (20 KB)", JSON.stringify({ type: "access", email: "ann@example.test", details: "x".repeat(20_000) }), 413, "payload_too_large"],
    ["truncated", '{"type":"access","email":"ann@exa', 400, "invalid_json"],
    ["empty", "", 400, "invalid_json"],
    ["a byte-order mark first", '\uFEFF{"type":"access"}', 400, "invalid_json"],
    ["null", "null", 400, "invalid_json"],
    ["a number", "123", 400, "invalid_json"],
    ["a string", '"access"', 400, "invalid_json"],
    ["an array", "[]", 400, "invalid_json"],
    ["arrays nested 5,000 deep", `${"[".repeat(5000)}${"]".repeat(5000)}`, 400, "invalid_json"],
    ["objects nested 1,500 deep", `${'{"a":'.repeat(1500)}1${"}".repeat(1500)}`, 400, "validation_failed"],
    ["a nested value in a field", `{"type":"access","email":"ann@example.test","name":${'{"a":'.repeat(1000)}1${"}".repeat(1000)}}`, 400, "validation_failed"],
    ["NUL bytes", '{"type":"access","email":"ann@example.test"\u0000}', 400, "invalid_json"],
    ["__proto__ keys", '{"__proto__":{"type":"access"},"constructor":{"prototype":{}},"email":"x"}', 400, "validation_failed"],
  ];
  for (const [what, body, status, code] of raw) await expectCode(what, await request.post(url, { headers: json, data: body }), status, code);
  await expectCode("declared as text", await request.post(url, { headers: { "Content-Type": "text/plain" }, data: "{}" }), 415, "unsupported_media_type");
  await expectCode("declared as a form", await request.post(url, { form: { type: "access" } }), 415, "unsupported_media_type");
  await expectCode("an unknown portal named in markup", await request.post(`/api/v1/portals/${encodeURIComponent(MARKUP[1]!)}/requests`, { data: {} }), 404, "portal_not_found");

  const wrongTypes = await request.post(url, { data: { type: 1, email: ["ann@example.test"], name: { first: "Ann" }, accountId: true, details: 5, language: null } });
  expect(wrongTypes.status()).toBe(400);
  expect((await wrongTypes.json()).error.fields).toEqual({
    type: [formErrors.typeRequired],
    email: [formErrors.emailInvalid],
    name: [formErrors.notText],
    accountId: [formErrors.notText],
    details: [formErrors.notText],
    language: [formErrors.languageInvalid],
  });

  /**
   * Sends one sample in `field` and checks the field's messages; the type is
   * wrong in every post, so no sample is ever stored. A sample that takes the
   * body past 16 KiB (10,000 two-byte characters) is refused as too large.
   */
  const sendSample = async (field: string, sample: Sample, expected: string | undefined) => {
    const what = `${field} ← ${sample.label}`;
    const data = { type: "nope", email: "ann@example.test", [field]: sample.value };
    const response = await request.post(url, { data });
    if (Buffer.byteLength(JSON.stringify(data)) > 16 * 1024) return expectCode(what, response, 413, "payload_too_large");
    await expectCode(what, response, 400, "validation_failed");
    const fields = response.status() === 400 ? ((await response.json()).error.fields as Record<string, string[]>) : {};
    if (JSON.stringify(fields[field]) !== JSON.stringify(expected ? [expected] : undefined)) problems.push(`${what}: ${JSON.stringify(fields[field])}`);
  };
  for (const [field, { kind, errors }] of Object.entries(textFields)) {
    // Through the API a name is optional: an empty one is no error.
    for (const sample of CORPUS) await sendSample(field, sample, (errors as Partial<Record<Verdict, string>>)[sample[kind] === "empty" ? "ok" : sample[kind]]);
  }
  for (const sample of EMAILS) await sendSample("email", sample, emailError(sample));
  expect(problems.filter(Boolean)).toEqual([]);
});

test("the DRP endpoints answer hostile bodies, agent ids and request ids with their own 4xx, never a 5xx or reflected markup", async ({ request }) => {
  test.setTimeout(120_000);
  const problems: Problem[] = [];
  const bodies: [string, string][] = [
    ["empty", ""],
    ["not base64", "not base64!"],
    ["truncated JSON", '{"agent-id":"TEST_AGENT","business-id":"mv'],
    ["a JSON message with no signature", Buffer.from(JSON.stringify({ "agent-id": "TEST_AGENT", name: MARKUP[0] })).toString("base64")],
    ["arrays nested 5,000 deep", Buffer.from(`${"[".repeat(5000)}${"]".repeat(5000)}`).toString("base64")],
    ["NUL bytes", "\u0000\u0000"],
    ...MARKUP.map((markup): [string, string] => [`markup ${markup}`, markup]),
    ["past 64 KB", "A".repeat(64 * 1024 + 1)],
  ];
  const send = async (what: string, path: string, data: string, expected: number[], headers: Record<string, string> = {}) => {
    const response = await request.post(path, { headers: { "Content-Type": "text/plain", ...headers }, data, maxRedirects: 0 });
    const body = await response.text();
    problems.push(...check(what, response.status(), body));
    if (!expected.includes(response.status())) problems.push(`${what}: ${response.status()}, expected ${expected.join(" or ")}`);
  };
  for (const [label, body] of bodies) {
    // Pairing is open to anyone: any failure is a bare 403 (DRP §2.05), a body past the limit a 413.
    await send(`pairing ← ${label}`, `/drp/${A}/v1/agent/TEST_AGENT`, body, [403, 413]);
    // The other endpoints take a paired agent's token first.
    await send(`exercise ← ${label}`, `/drp/${A}/v1/data-rights-request`, body, [401, 413], { Authorization: "Bearer not-a-token" });
  }
  for (const sample of HOSTILE) {
    // A lone surrogate cannot be %-encoded: it travels as U+FFFD, as a browser would send it.
    const id = encodeURIComponent(Buffer.from(sample.value).toString()) || "%20";
    await send(`pairing agent id ← ${sample.label}`, `/drp/${A}/v1/agent/${id}`, "", [403]);
    const status = await request.get(`/drp/${A}/v1/data-rights-request/${id}`, { headers: { Authorization: "Bearer not-a-token" } });
    problems.push(...check(`status request id ← ${sample.label}`, status.status(), await status.text()));
  }
  expect(problems.filter(Boolean)).toEqual([]);
});
