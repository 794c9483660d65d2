import { describe, expect, it } from "vitest";
import { receivedAt } from "./received-at";
import { newReplyToken, replyAddress, replyTokenIn } from "./reply-address";
import { MAX_TEXT_CHARS, sanitizeSubject, sanitizeText, withoutQuote } from "./text";

describe("message text", () => {
  it("drops control and bidi characters, keeps line breaks, squeezes blank lines", () => {
    expect(sanitizeText("Hi\u202E there\r\n\r\n\r\n\r\nBye\u0007 \n")).toBe("Hi there\n\nBye");
    expect(sanitizeText(undefined)).toBe("");
    expect(sanitizeText("x".repeat(MAX_TEXT_CHARS + 10))).toHaveLength(MAX_TEXT_CHARS);
  });

  it("keeps a subject on one line", () => {
    expect(sanitizeSubject("Delete\r\n my\taccount")).toBe("Delete my account");
  });

  it("cuts a reply's quoted message", () => {
    expect(withoutQuote("My account is ann42.\n\nOn Mon, 2 Mar 2026, Deepen wrote:\n> Which account?\n> Thanks")).toBe("My account is ann42.");
    expect(withoutQuote("Yes.\n> quoted\nMore.")).toBe("Yes.\nMore.");
  });
});

describe("the arrival time", () => {
  const now = new Date("2026-03-02T12:00:00Z");
  const internalDate = new Date("2026-03-02T10:00:00Z");
  it("is the Date header when it is before the server's receipt", () => {
    expect(receivedAt({ date: new Date("2026-03-02T09:58:00Z"), internalDate, now })).toEqual(new Date("2026-03-02T09:58:00Z"));
  });
  it("is never later than the server received it, nor in the future", () => {
    expect(receivedAt({ date: new Date("2026-03-05T00:00:00Z"), internalDate, now })).toEqual(internalDate);
    expect(receivedAt({ date: new Date("2026-03-05T00:00:00Z"), internalDate: undefined, now })).toEqual(now);
    expect(receivedAt({ date: undefined, internalDate: new Date("2026-03-09T00:00:00Z"), now })).toEqual(now);
  });
  it("is the server's receipt when the Date header is missing or more than a day older", () => {
    expect(receivedAt({ date: undefined, internalDate, now })).toEqual(internalDate);
    expect(receivedAt({ date: new Date("2026-02-20T00:00:00Z"), internalDate, now })).toEqual(internalDate);
  });
});

describe("plus-addressed reply tokens", () => {
  it("go after a + in the portal's address and are found again among the recipients", () => {
    const token = newReplyToken();
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    const address = replyAddress("info@deepen.uz", token);
    expect(address).toBe(`info+r-${token}@deepen.uz`);
    expect(replyTokenIn(["someone@else.example", address.toUpperCase()])).toBe(token);
    expect(replyTokenIn(["info+r-short@deepen.uz", "info@deepen.uz"])).toBeUndefined();
  });
});
