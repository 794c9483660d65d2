import { expect, linkIn, mailTo, t, test, uniqueEmail } from "./fixtures";

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

// Last in this file: it spends the API's hourly allowance for this address (RATE_LIMIT_PER_HOUR=40 in the e2e server).
// Each request invents its own X-Forwarded-For and X-Real-IP: without TRUST_PROXY the server
// counts the socket's address, so forty invented addresses are still one client.
test("429 with Retry-After once a client sends too many, whatever X-Forwarded-For it invents", async ({ request }) => {
  let response;
  let accepted = 0;
  for (let i = 0; i < 45; i++) {
    const invented = `203.0.113.${i + 1}`;
    response = await request.post(URL, {
      data: { type: "deletion", email: "flood@example.test" },
      headers: { "X-Forwarded-For": invented, "X-Real-IP": invented },
    });
    if (response.status() === 429) break;
    expect(response.status()).toBe(202);
    accepted++;
  }
  expect(response!.status()).toBe(429);
  expect(accepted).toBeLessThanOrEqual(40);
  expect(Number(response!.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await response!.json()).error.code).toBe("rate_limited");
});
