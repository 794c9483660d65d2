import { describe, expect, it } from "vitest";
import { addWebhookSchema } from "./webhooks";

const messages = (input: unknown) => addWebhookSchema.safeParse(input).error?.issues.map((i) => [i.path.join("."), i.message]);

describe("the add-endpoint form's input", () => {
  it("trims the URL and keeps the events chosen", () => {
    expect(addWebhookSchema.parse({ url: " https://example.com/hook ", events: ["request.submitted", "request.overdue"] })).toEqual({
      url: "https://example.com/hook",
      events: ["request.submitted", "request.overdue"],
    });
  });

  it("refuses each field with a staff error code, an unknown event under `events` itself", () => {
    expect(messages({ url: " ", events: [] })).toEqual([
      ["url", "webhook_url_required"],
      ["events", "webhook_events_required"],
    ]);
    expect(messages({ url: `https://example.com/${"x".repeat(2000)}`, events: ["request.submitted", "request.exploded"] })).toEqual([
      ["url", "webhook_url_too_long"],
      ["events", "webhook_event_unknown"],
    ]);
    expect(messages({})).toEqual([
      ["url", "webhook_url_required"],
      ["events", "webhook_events_required"],
    ]);
  });
});
