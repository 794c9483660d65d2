import { z } from "zod";
import { plainText } from "./plain-text";

/**
 * A portal's mailbox settings: the settings form checks them in the browser
 * with this schema and the server parses the same form values. Messages are
 * keys of the staffMailbox catalogue's `errors`, worded in the admin's
 * language by the form. The password is write-only: blank keeps the stored one.
 */

/** A checkbox: "on" from a posted form, a boolean from script. */
const checkbox = z
  .union([z.literal("on"), z.boolean()])
  .optional()
  .transform((value) => value === true || value === "on");

// A host name or an IP address as typed, without a scheme, port or path.
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*\.?$|^\[?[0-9A-Fa-f:.]+\]?$/;

/**
 * The address requesters write to, which replies go from: blank clears it. No
 * plus-address, because the portal adds its own "+r-<token>" to it for replies.
 */
const inboundAddressSchema = z
  .string("addressInvalid")
  .trim()
  .toLowerCase()
  .max(254, { message: "addressTooLong", abort: true })
  .refine((address) => address === "" || z.email().safeParse(address).success, { message: "addressInvalid", abort: true })
  .refine((address) => !address.split("@")[0]!.includes("+"), "addressPlus");

/** The username when it is an address the portal could reply from, else "": the address field's first value. */
export function addressFromUsername(username: string): string {
  const parsed = inboundAddressSchema.safeParse(username);
  return parsed.success ? parsed.data : "";
}

export const mailboxSettingsSchema = z.object({
  host: z.string("hostRequired").trim().min(1, { message: "hostRequired", abort: true }).max(253, "hostInvalid").regex(HOST, "hostInvalid"),
  port: z
    .string("portInvalid")
    .trim()
    .regex(/^\d{1,5}$/, "portInvalid")
    .transform(Number)
    .refine((n) => n >= 1 && n <= 65_535, "portInvalid"),
  tls: checkbox,
  username: z.string("usernameRequired").trim().min(1, { message: "usernameRequired", abort: true }).max(320, "usernameTooLong").check(plainText("usernameInvalid")),
  password: z.string().max(1000, "passwordTooLong").check(plainText("passwordInvalid")).optional().default(""),
  folder: z
    .string()
    .trim()
    .max(200, "folderTooLong")
    .check(plainText("folderInvalid"))
    .optional()
    .transform((folder) => folder || "INBOX"),
  enabled: checkbox,
  address: inboundAddressSchema.optional().transform((address) => address || null),
});

/** What the form holds (text boxes are strings, checkboxes "on" or absent). */
export type MailboxSettingsFormValues = z.input<typeof mailboxSettingsSchema>;
export type MailboxSettingsInput = z.output<typeof mailboxSettingsSchema>;
/** A key of staffMailbox.errors. */
export type MailboxSettingsErrorKey = "hostRequired" | "hostInvalid" | "portInvalid" | "usernameRequired" | "usernameTooLong" | "usernameInvalid" | "passwordTooLong" | "passwordInvalid" | "folderTooLong" | "folderInvalid" | "addressInvalid" | "addressTooLong" | "addressPlus";
