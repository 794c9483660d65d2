import { describe, expect, it } from "vitest";
import { messages } from "../i18n/catalogue";
import { failureWords, imapFailure } from "./imap-failure";

/** The failures a real server gives are in mailbox-settings.test.ts; these are the ones a test cannot stage cheaply. */
describe("naming an IMAP failure", () => {
  it("tells a timeout from a certificate problem, and keeps the words short and on one line", () => {
    expect(imapFailure({ code: "GREETING_TIMEOUT", message: "Failed to receive greeting from server in required time. Maybe should use TLS?" }, "connect")).toEqual({
      reason: "timeout",
      detail: "Failed to receive greeting from server in required time. Maybe should use TLS?",
    });
    expect(imapFailure({ code: "CONNECT_TIMEOUT", message: "Connection timed out" }, "connect").reason).toBe("timeout");
    expect(imapFailure({ code: "DEPTH_ZERO_SELF_SIGNED_CERT", message: "self-signed certificate" }, "connect").reason).toBe("tls");
    expect(imapFailure({ code: "ERR_TLS_CERT_ALTNAME_INVALID", message: "Hostname/IP does not match certificate's altnames" }, "connect").reason).toBe("tls");
    expect(imapFailure({ code: "CERT_HAS_EXPIRED", message: "certificate has expired" }, "connect").reason).toBe("tls");
    expect(imapFailure({ responseStatus: "NO", responseText: "Mailbox doesn't exist: Requests" }, "folder")).toEqual({ reason: "folder", detail: "Mailbox doesn't exist: Requests" });
    expect(imapFailure({ responseStatus: "NO", responseText: "Server busy" }, "session").reason).toBe("other");
    expect(imapFailure(new Error(`line\none ${"x".repeat(400)}`), "session").detail).toMatch(/^line one x+$/);
    expect(imapFailure(new Error("x".repeat(400)), "session").detail).toHaveLength(300);
  });
});

describe("a failure in the admin's words", () => {
  it("says what it means, then the server's or the importer's own words without control or bidi characters, and never shows an unknown code", () => {
    const t = messages("en").staffMailbox;
    expect(failureWords(t, { reason: "auth", detail: "Authentication failed." })).toBe(`${t.failures.auth} The server said: “Authentication failed.”`);
    expect(failureWords(t, { reason: "import", detail: "UID 7: boom" })).toBe(`${t.failures.import} The first error: “UID 7: boom”`);
    expect(failureWords(t, { reason: "folder", detail: "No \u202Esuch\u200B\u0000 folder" })).toBe(`${t.failures.folder} The server said: “No such folder”`);
    expect(failureWords(t, { reason: "password_unreadable", detail: "" })).toBe(t.failures.password_unreadable);
    expect(failureWords(t, { reason: "constructor", detail: null })).toBe(t.failures.other);
  });
});
