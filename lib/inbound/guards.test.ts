import { describe, expect, it } from "vitest";
import { guardReason, outboxIdOf, outboxMessageId } from "./guards";

const HOST = "privacy.example.test";
const lookup = (headers: Record<string, string>) => (name: string) => headers[name.toLowerCase()];
const reason = (headers: Record<string, string>) => guardReason(lookup(headers), { host: HOST });

describe("loop and flood guards", () => {
  it("lets a person's message through", () => {
    expect(reason({ from: "ann@example.com", "message-id": "<a1@example.com>", "content-type": "text/plain", "auto-submitted": "no" })).toBeUndefined();
  });

  it("ignores auto-replies: Auto-Submitted other than no, X-Autoreply, Precedence bulk/junk/auto_reply", () => {
    expect(reason({ "auto-submitted": "auto-replied" })).toBe("auto_submitted");
    expect(reason({ "auto-submitted": "auto-generated; owner-email=x@y" })).toBe("auto_submitted");
    expect(reason({ "auto-submitted": "No" })).toBeUndefined();
    expect(reason({ "x-autoreply": "yes" })).toBe("auto_submitted");
    expect(reason({ "x-autorespond": "1" })).toBe("auto_submitted");
    expect(reason({ precedence: "bulk" })).toBe("auto_submitted");
    expect(reason({ precedence: "junk" })).toBe("auto_submitted");
    expect(reason({ precedence: "auto_reply" })).toBe("auto_submitted");
  });

  it("ignores delivery-status and disposition reports and bounces (empty Return-Path)", () => {
    expect(reason({ "content-type": 'multipart/report; report-type=delivery-status; boundary="x"' })).toBe("delivery_report");
    expect(reason({ "content-type": "message/delivery-status" })).toBe("delivery_report");
    expect(reason({ "content-type": "message/disposition-notification" })).toBe("delivery_report");
    expect(reason({ "return-path": "<>" })).toBe("delivery_report");
    expect(reason({ "return-path": "<ann@example.com>" })).toBeUndefined();
  });

  it("ignores mailing-list traffic", () => {
    expect(reason({ "list-id": "<news.example.com>" })).toBe("mailing_list");
    expect(reason({ "list-unsubscribe": "<mailto:unsub@example.com>" })).toBe("mailing_list");
    expect(reason({ precedence: "list" })).toBe("auto_submitted");
  });

  it("recognises our own outgoing mail by its Message-ID or its header, and only our host's IDs", () => {
    expect(reason({ "message-id": outboxMessageId(42, HOST) })).toBe("own_message");
    expect(reason({ "x-rightsdesk-outbox": "42" })).toBe("own_message");
    expect(reason({ "message-id": "<outbox-42@elsewhere.example>" })).toBeUndefined();
    expect(outboxIdOf("<outbox-42@PRIVACY.example.test>", HOST)).toBe(42);
    expect(outboxIdOf("<outbox-x@privacy.example.test>", HOST)).toBeUndefined();
  });
});
