import { sql } from "drizzle-orm";
import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import type { DayOverride, OperatorPromise, RegimeId, RequestType } from "../lib/deadlines";
import type { Language } from "../lib/i18n/languages";

const createdAt = () => integer("created_at", { mode: "timestamp_ms" }).notNull().default(sql`(unixepoch() * 1000)`);

/** One operator or brand, served at /p/<slug>. */
export const portals = sqliteTable("portals", {
  id: integer().primaryKey({ autoIncrement: true }),
  slug: text().notNull().unique(),
  name: text().notNull(),
  /** Prefix of request references: "MVS" → MVS-7K4Q-9XWD. */
  referencePrefix: text("reference_prefix").notNull(),
  policyUrl: text("policy_url").notNull(),
  contactEmail: text("contact_email").notNull(),
  languages: text({ mode: "json" }).$type<Language[]>().notNull(),
  defaultLanguage: text("default_language").$type<Language>().notNull(),
  requestTypes: text("request_types", { mode: "json" }).$type<RequestType[]>().notNull(),
  regime: text().$type<RegimeId>().notNull(),
  /** The operator's own deadline per request type, where it has one. */
  promises: text({ mode: "json" }).$type<Partial<Record<RequestType, OperatorPromise>>>().notNull(),
  /** When the deadline clock starts: on receipt, or once the requester has proved the address. */
  clockStart: text("clock_start").$type<"receipt" | "verification">().notNull(),
  timeZone: text("time_zone").notNull(),
  holidayCountry: text("holiday_country").notNull(),
  calendarOverrides: text("calendar_overrides", { mode: "json" }).$type<DayOverride[]>().notNull().default([]),
  /** The kinds of personal data the operator holds, for deletion checklists. */
  dataCategories: text("data_categories", { mode: "json" }).$type<string[]>().notNull().default([]),
  createdAt: createdAt(),
});

/** The portal's catalogue of legal grounds to keep data after a deletion. */
export const retentionBases = sqliteTable(
  "retention_bases",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    portalId: integer("portal_id").notNull().references(() => portals.id, { onDelete: "cascade" }),
    key: text().notNull(),
    label: text().notNull(),
    statute: text().notNull(),
    /** How long the basis usually keeps data, in days; null where the policy sets no period. */
    defaultPeriodDays: integer("default_period_days"),
  },
  (t) => [uniqueIndex("retention_bases_portal_key").on(t.portalId, t.key)],
);

export const REQUEST_STATUSES = ["submitted", "open", "in_progress", "awaiting_requester", "completed", "rejected", "withdrawn", "expired"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
export const CHANNELS = ["web", "api", "email", "phone", "post"] as const;
export type Channel = (typeof CHANNELS)[number];

export const requests = sqliteTable(
  "requests",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    portalId: integer("portal_id").notNull().references(() => portals.id),
    reference: text().notNull().unique(),
    type: text().$type<RequestType>().notNull(),
    status: text().$type<RequestStatus>().notNull(),
    channel: text().$type<Channel>().notNull(),
    email: text().notNull(),
    name: text(),
    accountId: text("account_id"),
    details: text(),
    language: text().$type<Language>().notNull(),
    receivedAt: integer("received_at", { mode: "timestamp_ms" }).notNull(),
    verifiedAt: integer("verified_at", { mode: "timestamp_ms" }),
    /** When to remind an unverified requester; cleared once sent or verified. */
    verificationReminderAt: integer("verification_reminder_at", { mode: "timestamp_ms" }),
    dueAt: integer("due_at", { mode: "timestamp_ms" }),
    dueDate: text("due_date"),
    extensionNoticeBy: text("extension_notice_by"),
    acknowledgeBy: text("acknowledge_by"),
    deadlineProvisional: integer("deadline_provisional", { mode: "boolean" }).notNull().default(false),
    deadlineSteps: text("deadline_steps", { mode: "json" }).$type<string[]>(),
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [
    index("requests_queue").on(t.portalId, t.status, t.dueAt),
    index("requests_status_received").on(t.status, t.receivedAt),
    index("requests_due").on(t.dueAt),
    index("requests_verification_reminder").on(t.verificationReminderAt),
    index("requests_email").on(t.email),
  ],
);

export const TOKEN_PURPOSES = ["verify", "status"] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

/** Link tokens: only their SHA-256 is stored. */
export const tokens = sqliteTable(
  "tokens",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    requestId: integer("request_id").notNull().references(() => requests.id, { onDelete: "cascade" }),
    purpose: text().$type<TokenPurpose>().notNull(),
    hash: text().notNull().unique(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    usedAt: integer("used_at", { mode: "timestamp_ms" }),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("tokens_request").on(t.requestId, t.purpose)],
);

/**
 * The append-only audit trail. Entries hold no personal data, so a purged
 * request leaves its events (and the hash chain through them) intact; hence no
 * foreign key to requests.
 */
export const requestEvents = sqliteTable(
  "request_events",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    portalId: integer("portal_id").notNull().references(() => portals.id),
    requestId: integer("request_id"),
    type: text().notNull(),
    actor: text().notNull(),
    /** Shown on the requester's status page. */
    public: integer({ mode: "boolean" }).notNull(),
    data: text({ mode: "json" }).$type<Record<string, unknown>>().notNull().default({}),
    at: integer({ mode: "timestamp_ms" }).notNull(),
    prevHash: text("prev_hash").notNull(),
    hash: text().notNull(),
  },
  (t) => [index("request_events_portal").on(t.portalId, t.id), index("request_events_request").on(t.requestId, t.id)],
);

export const OUTBOX_STATUSES = ["pending", "sending", "sent", "logged", "failed"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Every email, written in the transaction that causes it and drained by the sender. */
export const emailOutbox = sqliteTable(
  "email_outbox",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    requestId: integer("request_id").references(() => requests.id, { onDelete: "cascade" }),
    template: text().notNull(),
    language: text().$type<Language>().notNull(),
    to: text("to_address").notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text().notNull(),
    status: text().$type<OutboxStatus>().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    /** A sender's claim on a message; a crashed sender's claim lapses. */
    lockedUntil: integer("locked_until", { mode: "timestamp_ms" }),
    lastError: text("last_error"),
    sentAt: integer("sent_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("email_outbox_due").on(t.status, t.nextAttemptAt), index("email_outbox_request").on(t.requestId)],
);

export const emailAttempts = sqliteTable(
  "email_attempts",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    outboxId: integer("outbox_id").notNull().references(() => emailOutbox.id, { onDelete: "cascade" }),
    at: integer({ mode: "timestamp_ms" }).notNull(),
    ok: integer({ mode: "boolean" }).notNull(),
    error: text(),
  },
  (t) => [index("email_attempts_outbox").on(t.outboxId)],
);

export type Portal = typeof portals.$inferSelect;
export type NewPortal = typeof portals.$inferInsert;
export type RetentionBasis = typeof retentionBases.$inferSelect;
export type DsrRequest = typeof requests.$inferSelect;
export type NewDsrRequest = typeof requests.$inferInsert;
export type Token = typeof tokens.$inferSelect;
export type RequestEvent = typeof requestEvents.$inferSelect;
export type OutboxMessage = typeof emailOutbox.$inferSelect;
export type NewOutboxMessage = typeof emailOutbox.$inferInsert;
