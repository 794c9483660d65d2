import { z } from "zod";
import { parseIsoDate } from "../deadlines/dates";
import { requestSchema } from "./request";

/**
 * Manual intake (app/(staff)/staff/(workspace)/requests/new): a request that
 * came by email, phone or post. Messages are staff catalogue codes
 * (lib/staff/errors.ts); the request's own fields are checked as the request
 * form checks them, each refusal as `request.<key>`. What depends on the
 * portal (a type it offers, the identity details its law asks for) is checked
 * with the portal, in lib/cases/intake.ts.
 */
export const INTAKE_CHANNELS = ["email", "phone", "post"] as const;

const TIME = /^([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,3})?)?$/;

/** A datetime-local value, as date and time; anything else (a tampered form) is refused before it reaches the zone arithmetic. */
const receivedAt = z
  .string()
  .default("")
  .transform((value, ctx) => {
    const [date = "", time = ""] = value.split("T");
    if (parseIsoDate(date) && TIME.test(time)) return { date, time };
    ctx.addIssue({ code: "custom", message: "intake_received_at_required" });
    return z.NEVER;
  });

export const intakeSchema = z
  .object({
    channel: z.enum(INTAKE_CHANNELS, "intake_channel_required"),
    receivedAt,
    identityEvidence: z.string().default(""),
  })
  // The request's fields travel on (as posted, under `request`) to be parsed for the portal.
  .catchall(z.string())
  .superRefine(
    (value, ctx) => {
      const checked = requestSchema.safeParse(value);
      if (checked.success) return;
      for (const issue of checked.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: `request.${issue.message}` });
    },
    { when: (payload) => typeof payload.value === "object" && payload.value !== null },
  )
  .transform(({ channel, receivedAt, identityEvidence, ...request }) => ({ channel, receivedAt, identityEvidence, request: request as Record<string, string> }));

export type IntakeInput = z.output<typeof intakeSchema>;
