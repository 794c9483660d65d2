import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { claimNextDelivery, updateWebhookDelivery } from "../../db/queries/webhook-deliveries";
import { getWebhookEndpoint, updateWebhookEndpoint } from "../../db/queries/webhook-endpoints";
import type { WebhookDelivery, WebhookEndpoint } from "../../db/schema";
import { now as clockNow } from "../clock";
import { env } from "../env";
import { openSecret } from "../security/sealed-secret";
import { disableEndpoint } from "./disable";
import { postWebhook, type PostOutcome } from "./post";
import { WEBHOOK_MAX_ATTEMPTS, webhookRetryDelayMs } from "./schedule";
import { signatureHeaders } from "./sign";
import { callbackSignatureHeaders, portalSigningKey } from "../drp/portal-key";

/** How long a claim keeps other workers off a delivery: well past the POST's own timeout. */
const CLAIM_MS = 60_000;
/** A round stops claiming after this much real time, so each POST it starts ends inside its claim. */
const ROUND_BUDGET_MS = CLAIM_MS / 2;
/** An endpoint that has failed every attempt for this long is disabled. */
export const FAILING_LIMIT_MS = 24 * 60 * 60 * 1000;

export interface WebhookDrainOptions {
  db: Db;
  now: Date;
  limit?: number;
  /** Defaults: the schedule's attempts, env()'s WEBHOOK_ALLOW_PRIVATE, AUTH_SECRET and APP_URL. */
  maxAttempts?: number;
  allowPrivate?: boolean;
  authSecret?: string;
  appUrl?: string;
  timeoutMs?: number;
}

export interface WebhookDrainResult {
  delivered: number;
  retried: number;
  failed: number;
}

/**
 * Sends the due deliveries, oldest first, one at a time: each is claimed
 * before it is sent, so concurrent workers never send one twice, and its
 * outcome recorded after, so a crash loses nothing (a lapsed claim is taken
 * again: at least once, with the same webhook-id for the receiver to dedupe).
 * A 2xx is delivered; anything else is retried on the schedule, and failed
 * after the last attempt. An endpoint failing for a day, or answering
 * 410 Gone, is disabled and its portal's admins are emailed. DRP status
 * callbacks go through the same queue, claims and schedule.
 */
export async function drainWebhooks({ db, now, limit = 50, ...options }: WebhookDrainOptions): Promise<WebhookDrainResult> {
  const settings = {
    maxAttempts: options.maxAttempts ?? WEBHOOK_MAX_ATTEMPTS,
    allowPrivate: options.allowPrivate ?? env().WEBHOOK_ALLOW_PRIVATE,
    authSecret: options.authSecret ?? env().AUTH_SECRET,
    appUrl: options.appUrl ?? env().APP_URL,
    timeoutMs: options.timeoutMs,
  };
  const result: WebhookDrainResult = { delivered: 0, retried: 0, failed: 0 };
  // Real time, not the simulated `now`: the budget bounds how long this round runs.
  const stopClaimingAt = clockNow().getTime() + ROUND_BUDGET_MS;
  for (let i = 0; i < limit && clockNow().getTime() < stopClaimingAt; i++) {
    const delivery = await withTransaction(db, (tx) => claimNextDelivery(tx, { now, lockedUntil: new Date(now.getTime() + CLAIM_MS) }));
    if (!delivery) break;
    if (delivery.kind === "drp_callback") {
      const outcome = await attemptCallback(db, delivery, settings);
      result[await recordCallback(db, delivery, outcome, now, settings)]++;
      continue;
    }
    const endpoint = delivery.endpointId === null ? undefined : await getWebhookEndpoint(db, { id: delivery.endpointId });
    if (!endpoint) continue;
    const outcome = await attempt(delivery, endpoint, now, settings);
    result[await record(db, delivery, outcome, now, settings)]++;
  }
  return result;
}

/** A DRP status callback (lib/drp/callbacks.ts): to the agent's address, signed with the portal's Ed25519 key. */
async function attemptCallback(db: Db, delivery: WebhookDelivery, settings: { authSecret: string; allowPrivate: boolean; timeoutMs?: number }): Promise<PostOutcome> {
  let key;
  try {
    key = await portalSigningKey(db, { portalId: delivery.portalId, authSecret: settings.authSecret });
  } catch {
    return { durationMs: 0, excerpt: "Not sent: the portal's signing key cannot be read (was AUTH_SECRET changed?)." };
  }
  const headers = callbackSignatureHeaders(delivery.payload, key);
  return postWebhook({ url: delivery.targetUrl!, headers, body: delivery.payload, allowPrivate: settings.allowPrivate, timeoutMs: settings.timeoutMs });
}

/**
 * A callback is delivered only by a 200 (DRP §2.03.1), and retried on the
 * webhook schedule otherwise; there is no endpoint to disable: each exercise
 * names its own address.
 */
async function recordCallback(db: Db, delivery: WebhookDelivery, outcome: PostOutcome, now: Date, settings: { maxAttempts: number }): Promise<keyof WebhookDrainResult> {
  return withTransaction(db, async (tx) => {
    const attempts = delivery.attempts + 1;
    const last = { attempts, lockedUntil: null, lastAttemptAt: now, lastStatusCode: outcome.statusCode ?? null, lastDurationMs: outcome.durationMs, lastResponseExcerpt: outcome.excerpt };
    if (outcome.statusCode === 200) {
      await updateWebhookDelivery(tx, { id: delivery.id, set: { ...last, status: "delivered", deliveredAt: now } });
      return "delivered";
    }
    if (attempts >= settings.maxAttempts) {
      await updateWebhookDelivery(tx, { id: delivery.id, set: { ...last, status: "failed" } });
      return "failed";
    }
    const nextAttemptAt = new Date(now.getTime() + webhookRetryDelayMs(attempts, { retryAfterMs: outcome.retryAfterMs }));
    await updateWebhookDelivery(tx, { id: delivery.id, set: { ...last, status: "pending", nextAttemptAt } });
    return "retried";
  });
}

async function attempt(delivery: WebhookDelivery, endpoint: WebhookEndpoint, now: Date, settings: { authSecret: string; allowPrivate: boolean; timeoutMs?: number }): Promise<PostOutcome> {
  const open = (sealed: string) => {
    try {
      return openSecret(sealed, settings.authSecret, "webhook signing secrets");
    } catch {
      return undefined;
    }
  };
  const current = open(endpoint.secret);
  if (!current) return { durationMs: 0, excerpt: "Not sent: the signing secret cannot be read (was AUTH_SECRET changed?). Rotate the secret to sign again." };
  // An old secret sealed under a former AUTH_SECRET is left out: the rotation that replaced it is the cure.
  const previous = endpoint.previousSecret && endpoint.previousSecretUntil && endpoint.previousSecretUntil > now ? open(endpoint.previousSecret) : undefined;
  const secrets = previous ? [current, previous] : [current];
  const headers = signatureHeaders({ eventId: delivery.eventId, payload: delivery.payload, at: now, secrets });
  return postWebhook({ url: endpoint.url, headers, body: delivery.payload, allowPrivate: settings.allowPrivate, timeoutMs: settings.timeoutMs });
}

/** Records an attempt, and what it means for the endpoint, in one transaction. */
async function record(db: Db, delivery: WebhookDelivery, outcome: PostOutcome, now: Date, settings: { maxAttempts: number; appUrl: string }): Promise<keyof WebhookDrainResult> {
  return withTransaction(db, async (tx) => {
    const attempts = delivery.attempts + 1;
    const last = { attempts, lockedUntil: null, lastAttemptAt: now, lastStatusCode: outcome.statusCode ?? null, lastDurationMs: outcome.durationMs, lastResponseExcerpt: outcome.excerpt };
    const endpoint = await getWebhookEndpoint(tx, { id: delivery.endpointId! });
    if (!endpoint) return "failed";
    const ok = outcome.statusCode !== undefined && outcome.statusCode >= 200 && outcome.statusCode < 300;
    if (ok) {
      await updateWebhookDelivery(tx, { id: delivery.id, set: { ...last, status: "delivered", deliveredAt: now } });
      if (endpoint.failingSince) await updateWebhookEndpoint(tx, { id: endpoint.id, set: { failingSince: null } });
      return "delivered";
    }
    const failingSince = endpoint.failingSince ?? now;
    // 410 Gone: Standard Webhooks' sign that the receiver wants no more.
    const disableFor =
      outcome.statusCode === 410 ? "the receiver answered 410 Gone" : now.getTime() - failingSince.getTime() >= FAILING_LIMIT_MS ? `every attempt failed since ${failingSince.toISOString()}` : undefined;
    if (disableFor || attempts >= settings.maxAttempts) {
      await updateWebhookDelivery(tx, { id: delivery.id, set: { ...last, status: "failed" } });
    } else {
      const nextAttemptAt = new Date(now.getTime() + webhookRetryDelayMs(attempts, { retryAfterMs: outcome.retryAfterMs }));
      await updateWebhookDelivery(tx, { id: delivery.id, set: { ...last, status: "pending", nextAttemptAt } });
    }
    if (disableFor) await disableEndpoint(tx, { endpoint, reason: disableFor, now, appUrl: settings.appUrl });
    else if (!endpoint.failingSince) await updateWebhookEndpoint(tx, { id: endpoint.id, set: { failingSince } });
    return disableFor || attempts >= settings.maxAttempts ? "failed" : "retried";
  });
}
