/**
 * `npm run -s webhook -- add --portal <slug> --url <url> --event <type> [--event …] [--json]`:
 * adds a webhook endpoint to a portal, for operations without the admin page.
 * Prints the endpoint's id and its signing secret, which is shown this once
 * (`--json`: `{"id", "secret"}`). Exit 0 when added, 1 when the input is
 * refused (unknown portal or event type, a URL the address guard refuses),
 * 2 when it cannot run at all.
 */
import { parseArgs } from "node:util";
import { closeDb, getDb, type Db } from "../db/client";
import { getPortalBySlug } from "../db/queries/portals";
import { now } from "../lib/clock";
import { env, EnvError } from "../lib/env";
import { asDomainError } from "../lib/staff/errors";
import { addWebhookEndpoint } from "../lib/webhooks/endpoints";
import { WEBHOOK_EVENT_TYPES, webhookEventType, type WebhookEventType } from "../lib/webhooks/events";

const USAGE = "usage: npm run -s webhook -- add --portal <slug> --url <url> --event <type> [--event <type> …] [--json]";

/** Input the command refuses: exit 1, with the reason. */
class Refused extends Error {}

function argsOf(argv: string[]) {
  const [command, ...rest] = argv;
  if (command !== "add") throw new Refused(command ? `unknown command "${command}"\n${USAGE}` : USAGE);
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      strict: true,
      allowPositionals: false,
      options: { portal: { type: "string" }, url: { type: "string" }, event: { type: "string", multiple: true }, json: { type: "boolean" } },
    }));
  } catch (e) {
    throw new Refused(`${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
  }
  const { portal, url, event = [], json = false } = values;
  if (!portal) throw new Refused(`--portal is required\n${USAGE}`);
  if (!url) throw new Refused(`--url is required\n${USAGE}`);
  if (event.length === 0) throw new Refused(`at least one --event is required; valid types: ${WEBHOOK_EVENT_TYPES.join(", ")}`);
  const events = event.map((type): WebhookEventType => {
    const parsed = webhookEventType.safeParse(type);
    if (!parsed.success) throw new Refused(`unknown event type "${type}"; valid types: ${WEBHOOK_EVENT_TYPES.join(", ")}`);
    return parsed.data;
  });
  return { slug: portal, url, events, json };
}

async function main(): Promise<number> {
  const { slug, url, events, json } = argsOf(process.argv.slice(2));
  const { WEBHOOK_ALLOW_PRIVATE, AUTH_SECRET } = env();
  let db: Db | undefined;
  try {
    db = getDb();
    const portal = await getPortalBySlug(db, { slug });
    if (!portal) throw new Refused(`no portal "${slug}"`);
    try {
      const { id, secret } = await addWebhookEndpoint(db, { portalId: portal.id, url, events, by: "cli", now: now(), allowPrivate: WEBHOOK_ALLOW_PRIVATE, authSecret: AUTH_SECRET });
      if (json) console.log(JSON.stringify({ id, secret }));
      else console.log(`Added webhook endpoint ${id} to ${portal.slug}: ${url}\nEvents: ${events.join(", ")}\nSigning secret (shown only now, keep it): ${secret}`);
      return 0;
    } catch (e) {
      const refused = asDomainError(e);
      throw refused ? new Refused(refused.message) : e;
    }
  } finally {
    // A PostgreSQL pool keeps the process alive until it is closed.
    if (db) await closeDb(db).catch(() => undefined);
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof Refused) {
      console.error(`webhook: ${e.message}`);
      process.exitCode = 1;
      return;
    }
    console.error(e instanceof EnvError ? e.message : `webhook: could not add the endpoint: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  },
);
