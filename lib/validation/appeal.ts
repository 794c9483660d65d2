import { z } from "zod";
import { plainText } from "./plain-text";

/** The most an appeal's grounds or a decision's explanation may say. */
export const MAX_GROUNDS = 5000;

/** The requester's reasons, from the status page's form and the API alike. */
export const appealGrounds = z.string("empty").trim().min(1, "empty").max(MAX_GROUNDS, "tooLong").check(plainText("badCharacter", { multiline: true }));

/**
 * An appeal through the JSON API: the decided request's reference and its
 * status token (from any email about it) prove the requester, so no email
 * round trip is needed. Neither alone is enough.
 */
export const apiAppealSchema = z.object({
  type: z.literal("appeal"),
  appealOf: z.string("appealOfRequired").trim().toUpperCase().min(1, "appealOfRequired").max(40, "appealOfRequired"),
  statusToken: z.string("statusTokenRequired").min(1, "statusTokenRequired").max(100, "statusTokenRequired"),
  grounds: appealGrounds,
});

export type ApiAppealInput = z.infer<typeof apiAppealSchema>;
