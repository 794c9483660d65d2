import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { DEFAULT_DATABASE_PATH } from "../db/path";
import { parseTrustProxy } from "./requests/forwarded";

/** Unset and empty mean the same: the default. */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (v === "" ? undefined : v), schema);
const count = (fallback: number, min: number) => optional(z.coerce.number().int().min(min).default(fallback));

const schema = z.object({
  /** PostgreSQL when set (db/engine.ts); else the embedded SQLite file at DATABASE_PATH. */
  DATABASE_URL: optional(
    z
      .string()
      // libpq's forms are all accepted by node-postgres, a socket directory (postgres:///rightsdesk?host=/run/postgresql) too.
      .regex(/^postgres(?:ql)?:\/\/\S*$/, "must be a postgres:// or postgresql:// URL such as postgres://rightsdesk:secret@db.internal:5432/rightsdesk")
      .optional(),
  ),
  /** Connections in each instance's PostgreSQL pool. */
  DATABASE_POOL_MAX: count(10, 1),
  DATABASE_PATH: optional(z.string().default(DEFAULT_DATABASE_PATH)),
  APP_URL: optional(
    z
      .url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://privacy.example.com" })
      .default("http://localhost:3000")
      .transform((url) => url.replace(/\/+$/, "")),
  ),
  SMTP_URL: optional(z.url({ protocol: /^smtps?$/, error: "must be an smtp:// or smtps:// URL such as smtp://user:pass@host:587" }).optional()),
  MAIL_FROM: optional(
    z
      .string()
      .regex(/^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, "must be an address, optionally with a name: Privacy <privacy@example.com>")
      .default("Rightsdesk <no-reply@localhost>"),
  ),
  AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters (openssl rand -base64 32)").optional()),
  /** Give up on an email after this many failed attempts. */
  MAIL_MAX_ATTEMPTS: count(8, 1),
  /** A form sent faster than this after it was shown is treated as a bot's. */
  FORM_MIN_FILL_MS: count(2000, 0),
  /** Submissions accepted per client address per hour, form and API together. */
  RATE_LIMIT_PER_HOUR: count(30, 1),
  /** Password sign-in attempts per client address per 15 minutes, whatever the addresses tried. */
  SIGN_IN_PASSWORDS_PER_CLIENT: count(30, 1),
  /** Staff sign-in links asked for per client address per 15 minutes. */
  SIGN_IN_LINKS_PER_CLIENT: count(10, 1),
  /**
   * "1": webhooks may go to private, loopback and link-local addresses. Off by default: an admin
   * could otherwise point one at the server's own ports or the cloud's metadata service (SSRF).
   */
  WEBHOOK_ALLOW_PRIVATE: optional(
    z
      .enum(["0", "1"], { error: 'must be "1" (allow private addresses) or "0"' })
      .default("0")
      .transform((v) => v === "1"),
  ),
  /** The proxies in front of the app whose X-Forwarded-For is believed: a count or address ranges. */
  TRUST_PROXY: z
    .string()
    .optional()
    .transform((value, ctx) => {
      const parsed = parseTrustProxy(value);
      if (!parsed.ok) ctx.addIssue({ code: "custom", message: parsed.message });
      return parsed.ok ? parsed.trust : z.NEVER;
    }),
});

export type Env = z.infer<typeof schema> & { AUTH_SECRET: string };

export class EnvError extends Error {}

let cached: Env | undefined;

/** Why AUTH_SECRET cannot be left to the generated file on PostgreSQL. */
export const AUTH_SECRET_REQUIRED =
  "must be set when DATABASE_URL selects PostgreSQL: instances cannot share a generated secret file, so every instance needs the same value (openssl rand -base64 32)";

/** The validated configuration; throws EnvError naming every bad variable. */
export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  const issues = parsed.success ? [] : parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
  // Unset or empty: a secret too short is already reported by the schema.
  if (process.env.DATABASE_URL && !process.env.AUTH_SECRET) issues.push({ path: "AUTH_SECRET", message: AUTH_SECRET_REQUIRED });
  if (!parsed.success || issues.length > 0) {
    throw new EnvError(`Invalid environment:\n${issues.map((i) => `  ${i.path}: ${i.message}`).join("\n")}`);
  }
  cached = { ...parsed.data, AUTH_SECRET: parsed.data.AUTH_SECRET ?? persistedSecret() };
  return cached;
}

/** AUTH_SECRET when unset: generated on first start and kept in ./data so sessions survive restarts. */
function persistedSecret(): string {
  const file = join("data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync("data", { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
