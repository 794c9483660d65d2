import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { expect, linkIn, mailTo, t, test, uniqueEmail, withDb } from "./fixtures";

const URL = "/api/v1/portals/deepen/requests";

test.describe.configure({ mode: "serial" });

test("202 and the same verification email as the form, in the requested language", async ({ request, mailbox }) => {
  const email = uniqueEmail("api");
  const response = await request.post(URL, { data: { type: "deletion", email, name: "Api User", accountId: "user-42" } });
  expect(response.status()).toBe(202);
  const body = await response.json();
  expect(body).toEqual({ id: expect.stringMatching(/^DPN-[0-9A-Z]{4}-[0-9A-Z]{4}$/), status: "submitted" });
  const mail = await mailTo(mailbox, email);
  expect(mail.subject).toBe(t("uz").emails.verification.subject("Deepen"));
  expect(linkIn(mail, "verify")).toMatch(/^\/p\/deepen\/verify\?token=/);
});

test("400 names each invalid field", async ({ request }) => {
  const response = await request.post("/api/v1/portals/usegpt/requests", { data: { type: "correction", email: "nope" } });
  expect(response.status()).toBe(400);
  const { error } = await response.json();
  expect(error.code).toBe("validation_failed");
  expect(error.fields.email).toEqual([t("en").portal.form.errors.emailInvalid]);
  expect(error.fields.details).toEqual([t("en").portal.form.errors.detailsRequiredForCorrection]);
});

test("the API names each identity field KVKK and 152-FZ require", async ({ request }) => {
  const en = t("en").portal.form.errors;
  const kvkk = await request.post("/api/v1/portals/moserra/requests", { data: { type: "access", email: uniqueEmail("api-kvkk"), citizenship: "tr", tcIdentityNumber: "12345678901" } });
  expect(kvkk.status()).toBe(400);
  expect((await kvkk.json()).error.fields).toEqual({
    name: [en.nameRequired],
    tcIdentityNumber: [en.tcIdentityNumberInvalid],
    noticeAddress: [en.noticeAddressRequired],
    details: [en.subjectRequired],
  });
  const ru = await request.post("/api/v1/portals/usegpt/requests", { data: { type: "access", email: uniqueEmail("api-152fz"), name: "Анна Петрова", signature: "Анна", signatureConfirmed: true } });
  expect(ru.status()).toBe(400);
  expect((await ru.json()).error.fields).toEqual({
    documentNumber: [en.documentNumberRequired],
    documentIssuedOn: [en.documentIssuedOnInvalid],
    documentIssuer: [en.documentIssuerRequired],
    accountId: [en.relationshipRequired],
    signature: [en.signatureMismatch],
  });
});

test("400 for a type the portal does not offer", async ({ request }) => {
  const response = await request.post(URL, { data: { type: "portability", email: uniqueEmail("api") } });
  expect(response.status()).toBe(400);
  expect((await response.json()).error.fields.type).toEqual([t("en").portal.form.errors.typeNotOffered]);
});

test("400 for a body that is not JSON", async ({ request }) => {
  const response = await request.post(URL, { headers: { "Content-Type": "application/json" }, data: "{not json" });
  expect(response.status()).toBe(400);
  expect((await response.json()).error.code).toBe("invalid_json");
});

test("404 for an unknown portal", async ({ request }) => {
  const response = await request.post("/api/v1/portals/nobody/requests", { data: { type: "access", email: uniqueEmail("api") } });
  expect(response.status()).toBe(404);
  expect((await response.json()).error.code).toBe("portal_not_found");
});

test("413 for a body over 16 KiB", async ({ request }) => {
  const response = await request.post(URL, { data: { type: "deletion", email: uniqueEmail("api"), details: "x".repeat(20_000) } });
  expect(response.status()).toBe(413);
  expect((await response.json()).error.code).toBe("payload_too_large");
});

test("415 for a body that is not declared JSON", async ({ request }) => {
  const response = await request.post(URL, { headers: { "Content-Type": "text/plain" }, data: "type=deletion" });
  expect(response.status()).toBe(415);
  expect((await response.json()).error.code).toBe("unsupported_media_type");
});

/**
 * A JSON POST sent from another loopback address (the whole of 127.0.0.0/8 is this machine): its own
 * client, with its own allowance. Each test that floods has an address of its own, never shared:
 * the server's limits last the whole run.
 */
function postFrom(localAddress: string, body: unknown, headers: Record<string, string>): Promise<{ status: number; headers: IncomingHttpHeaders; body: string }> {
  return new Promise((resolve, reject) => {
    const post = httpRequest(
      { host: "127.0.0.1", localAddress, port: Number(process.env.RIGHTSDESK_E2E_PORT), path: URL, method: "POST", headers: { "Content-Type": "application/json", ...headers } },
      (response) => {
        let text = "";
        response.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
        response.on("end", () => resolve({ status: response.statusCode!, headers: response.headers, body: text }));
      },
    );
    post.on("error", reject);
    post.end(JSON.stringify(body));
  });
}

// The e2e server takes RATE_LIMIT_PER_HOUR=100 per client. The flood comes from a loopback address
// of its own, so it spends no other test's allowance; each request invents its own
// X-Forwarded-For and X-Real-IP: without TRUST_PROXY the server counts the socket's address,
// so a hundred invented addresses are still one client.
test("429 with Retry-After once a client sends too many, whatever X-Forwarded-For it invents", async () => {
  const client = "127.0.1.1";
  let response;
  let accepted = 0;
  for (let i = 0; i < 105; i++) {
    const invented = `203.0.113.${i + 1}`;
    response = await postFrom(client, { type: "deletion", email: "flood@example.test" }, { "X-Forwarded-For": invented, "X-Real-IP": invented });
    if (response.status === 429) break;
    expect(response.status).toBe(202);
    accepted++;
  }
  expect(response!.status).toBe(429);
  expect(accepted).toBe(100);
  expect(Number(response!.headers["retry-after"])).toBeGreaterThan(0);
  expect(JSON.parse(response!.body).error.code).toBe("rate_limited");
});

// Five requests per address per portal per hour (lib/requests/receive.ts); past that the answer
// looks the same, so a flood reveals nothing, but it names no reference: every id the API gives
// out is a request that exists.
test("a flooded address gets 202 {status: submitted} without an id: no sixth request, no sixth email", async ({ mailbox }) => {
  const client = "127.0.2.1";
  const email = uniqueEmail("api-flood");
  const ids: string[] = [];
  for (let i = 0; i < 5; i++) {
    const response = await postFrom(client, { type: "deletion", email }, {});
    expect(response.status).toBe(202);
    const body = JSON.parse(response.body);
    expect(body).toEqual({ id: expect.stringMatching(/^DPN-[0-9A-Z]{4}-[0-9A-Z]{4}$/), status: "submitted" });
    ids.push(body.id);
  }
  const sixth = await postFrom(client, { type: "deletion", email }, {});
  expect(sixth.status).toBe(202);
  expect(JSON.parse(sixth.body)).toStrictEqual({ status: "submitted" });

  const stored = withDb((db) => db.prepare("select reference from requests where email = ? order by id").all(email) as { reference: string }[]);
  expect(stored.map((r) => r.reference)).toEqual(ids);
  // The outbox is written with the request, so its count is final once the answer came.
  expect(withDb((db) => db.prepare("select count(*) as n from email_outbox where to_address = ?").get(email))).toEqual({ n: 5 });
  await mailbox.waitFor(() => mailbox.messages.filter((m) => m.to.includes(email)).length === 5, 15_000);
});
