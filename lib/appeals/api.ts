import type { Db } from "../../db/client";
import type { DsrRequest, Portal } from "../../db/schema";
import { kickMailWorker } from "../mail/worker";
import { spendClientAllowance } from "../requests/receive";
import { requestForStatusToken } from "../requests/status";
import { apiAppealSchema } from "../validation/appeal";
import { lodgeAppeal } from "./lodge";

/** The API's words for each schema error (the API speaks English, as its other errors do). */
const FIELD_MESSAGES: Record<string, string> = {
  empty: "Say why you disagree with the decision.",
  tooLong: "The grounds can be at most 5,000 characters.",
  badCharacter: "The grounds contain an invisible control or text-direction character.",
  appealOfRequired: "Give the reference of the decided request.",
  statusTokenRequired: "Give the token from the status link in any email about that request.",
};

export type ApiAppealResult =
  | { kind: "lodged"; appeal: DsrRequest }
  | { kind: "invalid"; fields: Record<string, string[]> }
  | { kind: "refused" }
  | { kind: "rate-limited"; retryAfterSeconds: number };

/**
 * An appeal through the JSON API, counted against the client's API allowance
 * like any submission. The status token is looked up first and the
 * reference only compared with the request it opens, so a reference is never
 * looked up on its own: an unknown reference, a wrong token, a pair that does
 * not belong together and a decision that cannot be appealed all get the same
 * refusal. A lodged appeal's email leaves at once (the mail worker is kicked).
 */
export async function appealThroughApi(
  db: Db,
  { portal, body, client, now, appUrl }: { portal: Portal; body: unknown; client: string; now: Date; appUrl: string },
  { kick = kickMailWorker }: { kick?: () => void } = {},
): Promise<ApiAppealResult> {
  const allowance = await spendClientAllowance(db, { channel: "api", client, now });
  if (!allowance.ok) return { kind: "rate-limited", retryAfterSeconds: allowance.retryAfterSeconds };
  const parsed = apiAppealSchema.safeParse(body);
  if (!parsed.success) {
    const errors = parsed.error.flatten().fieldErrors as Record<string, string[] | undefined>;
    return { kind: "invalid", fields: Object.fromEntries(Object.entries(errors).map(([field, keys]) => [field, (keys ?? []).map((k) => FIELD_MESSAGES[k] ?? k)])) };
  }
  const { appealOf, statusToken, grounds } = parsed.data;
  const original = await requestForStatusToken(db, { token: statusToken, portalId: portal.id, now });
  if (!original || original.reference !== appealOf) return { kind: "refused" };
  const outcome = await lodgeAppeal(db, { portal, original, grounds, channel: "api", now, appUrl });
  if (outcome.state !== "lodged") return { kind: "refused" };
  kick();
  return { kind: "lodged", appeal: outcome.appeal };
}
