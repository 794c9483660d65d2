import { sql, type SQLWrapper } from "drizzle-orm";
import { blob, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from "drizzle-orm/sqlite-core";
import type { ApiKeyScope } from "../lib/api-keys/scopes";
import type { DayOverride, OperatorPromise, RegimeId, RequestType } from "../lib/deadlines";
import type { Language } from "../lib/i18n/languages";

/** What a request's deadline was computed from, kept with the request. */
export interface DeadlinePolicy {
  regime: RegimeId;
  promise?: OperatorPromise;
  clockStartAt: number;
  /** When the requester submitted the request; policies kept before it was recorded lack it. */
  submittedAt?: number;
  identityVerifiedAt?: number;
  timeZone: string;
  country: string;
  overrides: DayOverride[];
}

/** A text staff write in English, put into the languages requesters read; a missing language falls back (lib/i18n/localize.ts). */
export type Translations<T> = Partial<Record<Language, T>>;

/** What a data category says beyond its English name: its words for requesters, and the bases that may keep it. */
export interface DataCategoryDetails {
  translations: Translations<string>;
  /** Keys of the retention bases that may keep this category; empty when it is always deleted (MVSEP's push tokens). */
  keptUnder: string[];
}

/**
 * What 152-FZ art. 14(3) or KVKK's application communiqué art. 5 make a
 * request carry (lib/validation/identity.ts), kept only as long as the request.
 */
export interface RequesterIdentity {
  /** KVKK: a Turkish citizen's T.C. identity number, or a foreigner's nationality and passport or ID number. */
  tcIdentityNumber?: string;
  nationality?: string;
  foreignDocumentNumber?: string;
  /** KVKK: the address where notices are served; and a phone number, if the requester gives one. */
  noticeAddress?: string;
  phone?: string;
  /** 152-FZ: the identity document's number, date of issue and issuer. */
  documentNumber?: string;
  documentIssuedOn?: string;
  documentIssuer?: string;
  /** 152-FZ: the full name typed as a simple electronic signature, with the box ticked that says so. */
  signature?: string;
}

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
  /** False while the address is a placeholder (MOSERRA's policy lost its own): settings warn until an admin confirms it. */
  contactEmailConfirmed: integer("contact_email_confirmed", { mode: "boolean" }).notNull().default(true),
  /** The operator also takes requests emailed to the contact address from the account's registered address (Deepen §6.1). */
  emailIntake: integer("email_intake", { mode: "boolean" }).notNull().default(false),
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
  /**
   * Per category name: its translations and the bases that may keep it. A
   * category without an entry (stored before this column) may be kept under
   * any basis of the catalogue, as it could then.
   */
  dataCategoryDetails: text("data_category_details", { mode: "json" }).$type<Record<string, DataCategoryDetails>>().notNull().default({}),
  /** Days before a due date when the assignee is reminded; 0 is the due day (used by the scheduler). */
  reminderDays: text("reminder_days", { mode: "json" }).$type<number[]>().notNull().default([7, 3, 1, 0]),
  /** Personal data of closed requests is erased this many days after closure (the portal's own retention). */
  closedRetentionDays: integer("closed_retention_days").notNull().default(3 * 365),
  /** The hash of the demo seed's columns as last written; a portal whose columns still match it was not edited, so a newer seed may update it. */
  seedFingerprint: text("seed_fingerprint"),
  /** A request of the same type from the same address or account within this many days of an earlier one is flagged as a possible duplicate. */
  duplicateWindowDays: integer("duplicate_window_days").notNull().default(30),
  /**
   * Days after a decision within which the requester may appeal, where the law
   * gives an appeal but sets no period (Virginia: "a reasonable period of time").
   */
  appealWindowDays: integer("appeal_window_days").notNull().default(60),
  /**
   * The address of the portal's mailbox (info@deepen.uz): emails to a requester who wrote
   * to it go from it, with a plus-addressed Reply-To that threads their answer (issue 14).
   */
  inboundAddress: text("inbound_address"),
  createdAt: createdAt(),
});

/** The portal's catalogue of legal grounds to keep data after a deletion. */
export const retentionBases = sqliteTable(
  "retention_bases",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    portalId: integer("portal_id").notNull().references(() => portals.id, { onDelete: "cascade" }),
    key: text().notNull(),
    /** In English, as staff read it; `translations` hold the requesters' languages. */
    label: text().notNull(),
    statute: text().notNull(),
    translations: text({ mode: "json" }).$type<Translations<{ label: string; statute: string }>>().notNull().default({}),
    /** How long the basis usually keeps data, in days; null where the policy sets no period. */
    defaultPeriodDays: integer("default_period_days"),
    /**
     * The date the period runs from, where it is not the deletion (UseGPT §6.2:
     * "180 days from the user's last payment"): staff enter it, and keep-until
     * must be at least that date plus `defaultPeriodDays`.
     */
    anchoredTo: text("anchored_to"),
  },
  (t) => [uniqueIndex("retention_bases_portal_key").on(t.portalId, t.key)],
);

export const REQUEST_STATUSES = ["submitted", "open", "in_progress", "awaiting_requester", "completed", "rejected", "withdrawn", "expired"] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];
/** Work in hand: the statuses the queue lists unless asked for another, and the dashboard counts as open. */
export const ACTIVE_STATUSES: RequestStatus[] = ["open", "in_progress", "awaiting_requester"];
/**
 * `status in (<active statuses>)` with the values written out, not bound: the
 * predicate of the partial indexes below, which a query must spell the same way
 * for either planner to prove such an index usable.
 */
export const isActiveStatus = (status: SQLWrapper) => sql`${status} in (${sql.raw(ACTIVE_STATUSES.map((s) => `'${s}'`).join(", "))})`;
/** `agent`: filed by an authorized agent over the Data Rights Protocol (issue 15, lib/drp/). */
export const CHANNELS = ["web", "api", "email", "phone", "post", "agent"] as const;
/** Triage of an emailed request: a flag beside the status, so the state machine and the clock ignore it. */
export const TRIAGE_STATES = ["needs_triage", "confirmed", "not_a_request"] as const;
export type TriageState = (typeof TRIAGE_STATES)[number];
export type Channel = (typeof CHANNELS)[number];
/** A possible duplicate waits for staff: merged into the earlier request, or kept as a request of its own. */
export const DUPLICATE_STATES = ["flagged", "merged", "kept"] as const;
export type DuplicateState = (typeof DUPLICATE_STATES)[number];

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
    /** The day a refusal must be sent in writing, where the law gives it its own period (ZRU-547 art. 21). */
    refusalBy: text("refusal_by"),
    deadlineProvisional: integer("deadline_provisional", { mode: "boolean" }).notNull().default(false),
    deadlineSteps: text("deadline_steps", { mode: "json" }).$type<string[]>(),
    /**
     * The deadline inputs as they were at verification: later changes to the
     * portal's settings must not move the deadline an open request was given.
     */
    deadlinePolicy: text("deadline_policy", { mode: "json" }).$type<DeadlinePolicy>(),
    /** Staff member working the request. */
    assigneeId: text("assignee_id").references(() => users.id, { onDelete: "set null" }),
    /** Set once work starts, so an answer to a question returns the request to the right state. */
    startedAt: integer("started_at", { mode: "timestamp_ms" }),
    extendedAt: integer("extended_at", { mode: "timestamp_ms" }),
    extensionReason: text("extension_reason"),
    /** How the request was received when staff recorded it (manual intake): the evidence of identity. */
    identityEvidence: text("identity_evidence"),
    /** The identity details the portal's law requires in a request; shown only on the request page, erased with the request. */
    identity: text({ mode: "json" }).$type<RequesterIdentity>(),
    /** What was done, for completion emails of non-deletion types, or why it was rejected. */
    resolution: text(),
    rejectionReason: text("rejection_reason"),
    closedAt: integer("closed_at", { mode: "timestamp_ms" }),
    /** When the portal's retention erased the requester's personal data from this closed request. */
    erasedAt: integer("erased_at", { mode: "timestamp_ms" }),
    /** For an appeal: the decided request it appeals. */
    appealOf: integer("appeal_of").references((): AnySQLiteColumn => requests.id, { onDelete: "set null" }),
    /** The earlier request this one may duplicate, found when it was verified or recorded; kept after staff decide, for the link. */
    duplicateOf: integer("duplicate_of").references((): AnySQLiteColumn => requests.id, { onDelete: "set null" }),
    duplicateState: text("duplicate_state").$type<DuplicateState>(),
    /** An emailed request waits for staff to confirm its type or end it as "not a request"; the clock runs regardless (issue 14). */
    triage: text().$type<TriageState>(),
    /** For an emailed request: the plus-address token that matches the requester's replies back to it. */
    replyToken: text("reply_token").unique(),
    createdAt: createdAt(),
  },
  (t) => [
    // The portal's retention sweep: only closed requests not yet erased, so erased history costs nothing.
    index("requests_closed_erase").on(t.status, t.closedAt).where(sql`${t.erasedAt} is null`),
    index("requests_queue").on(t.portalId, t.status, t.dueAt),
    // The queue's order (due time, nulls first, then id) over work in hand, so a page stops after
    // its rows: across portals, within one portal, per assignee. SQLite sorts nulls first already.
    index("requests_active_due").on(t.dueAt, t.id).where(isActiveStatus(t.status)),
    index("requests_active_portal_due").on(t.portalId, t.dueAt, t.id).where(isActiveStatus(t.status)),
    index("requests_active_assignee_due").on(t.assigneeId, t.dueAt, t.id).where(isActiveStatus(t.status)),
    index("requests_status_received").on(t.status, t.receivedAt),
    index("requests_due").on(t.dueAt),
    index("requests_verification_reminder").on(t.verificationReminderAt),
    index("requests_email").on(t.email),
    index("requests_assignee").on(t.assigneeId, t.status),
    // The retention sweep, and the dashboard's completions of the first days of its 90, read from the index alone.
    index("requests_closed").on(t.portalId, t.status, t.closedAt, t.receivedAt, t.dueAt),
    index("requests_appeal_of").on(t.appealOf),
    // The annual report reads one portal's requests received in one year.
    index("requests_portal_received").on(t.portalId, t.receivedAt),
  ],
);

export const TOKEN_PURPOSES = ["verify", "status", "download"] as const;
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

/** How an outgoing email joins the requester's thread: sent from the portal's mailbox, answering their message. */
export interface MailThread {
  from?: string;
  replyTo?: string;
  inReplyTo?: string;
  references?: string[];
}

export const OUTBOX_STATUSES = ["pending", "sending", "sent", "logged", "failed"] as const;
export type OutboxStatus = (typeof OUTBOX_STATUSES)[number];

/** Every email, written in the transaction that causes it and drained by the sender. */
export const emailOutbox = sqliteTable(
  "email_outbox",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    requestId: integer("request_id").references(() => requests.id, { onDelete: "cascade" }),
    /** Whose admins see the message on the outbox page; null (a staff sign-in link, a digest across portals) is shown to nobody. */
    portalId: integer("portal_id").references(() => portals.id, { onDelete: "cascade" }),
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
    /** Idempotency: a reminder's key (request, kind, due instant) can be queued once, however often a sweep runs. */
    dedupeKey: text("dedupe_key").unique(),
    /** Threading headers for a reply to an emailed request (issue 14); null for every other email. */
    thread: text({ mode: "json" }).$type<MailThread>(),
    createdAt: createdAt(),
  },
  (t) => [
    index("email_outbox_due").on(t.status, t.nextAttemptAt),
    index("email_outbox_request").on(t.requestId),
    index("email_outbox_portal_status").on(t.portalId, t.status),
    index("email_outbox_template_created").on(t.template, t.createdAt),
  ],
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

/* Staff: Auth.js's tables (users, accounts, sessions, verification tokens) with our additions. */

export const users = sqliteTable(
  "user",
  {
    id: text()
      .primaryKey()
      .$defaultFn(() => crypto.randomUUID()),
    name: text(),
    email: text().unique(),
    emailVerified: integer({ mode: "timestamp_ms" }),
    image: text(),
    /** scrypt, for installs without mail; null where only magic links are used. */
    passwordHash: text("password_hash"),
    /** When the member's next daily digest is due. */
    nextDigestAt: integer("next_digest_at", { mode: "timestamp_ms" }),
    /** Issue 16: the language the member picked for the desk and their emails; null until they pick (the browser's then). */
    language: text().$type<Language>(),
  },
  (t) => [index("user_next_digest").on(t.nextDigestAt)],
);

export const accounts = sqliteTable(
  "account",
  {
    userId: text()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    type: text().$type<"email" | "oauth" | "oidc" | "webauthn">().notNull(),
    provider: text().notNull(),
    providerAccountId: text().notNull(),
    refresh_token: text(),
    access_token: text(),
    expires_at: integer(),
    token_type: text(),
    scope: text(),
    id_token: text(),
    session_state: text(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = sqliteTable("session", {
  sessionToken: text().primaryKey(),
  userId: text()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  expires: integer({ mode: "timestamp_ms" }).notNull(),
});

/**
 * One row per staff sign-in, named by the `sid` in the session's JWT and
 * checked on every request: signing out revokes the row, so a copied cookie
 * stops working; "sign out everywhere" revokes all of a member's rows.
 */
export const staffSessions = sqliteTable(
  "staff_sessions",
  {
    id: text().primaryKey(),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
    lastSeenAt: integer("last_seen_at", { mode: "timestamp_ms" }).notNull(),
    /** Slides with use, like the JWT's own expiry. */
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("staff_sessions_user").on(t.userId)],
);

/**
 * Sign-in throttles kept in the database, so a restart does not reset them
 * and several instances share them: password failures and magic-link
 * requests, per email address whether or not it belongs to a member (a lockout
 * must not tell which addresses do).
 */
export const signInThrottles = sqliteTable(
  "sign_in_throttles",
  {
    /** "password:<email>" or "magic-link:<email>". */
    key: text().primaryKey(),
    /** Events in the current window. */
    count: integer().notNull(),
    windowStartAt: integer("window_start_at", { mode: "timestamp_ms" }).notNull(),
    lockedUntil: integer("locked_until", { mode: "timestamp_ms" }),
    /** Lockouts in a row; each doubles the next one, until a quiet day resets it. */
    lockouts: integer().notNull().default(0),
    lastLockedAt: integer("last_locked_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("sign_in_throttles_window").on(t.windowStartAt)],
);

/**
 * Fixed-window rate-limit counters (lib/rate-limit.ts), in the database so that
 * every instance counts against one limit. A row whose window has ended
 * (`resetAt` passed) counts from zero again on its next hit, or is pruned.
 */
export const rateLimits = sqliteTable(
  "rate_limits",
  {
    /** What is limited and for whom: "submit:web:<client>", "resend:<request id>", … */
    key: text().primaryKey(),
    /** Hits in the current window, refused ones included. */
    count: integer().notNull(),
    /** When the current window ends. */
    resetAt: integer("reset_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("rate_limits_reset").on(t.resetAt)],
);

/** Magic-link tokens: Auth.js stores them hashed, single use, expiring. */
export const verificationTokens = sqliteTable(
  "verificationToken",
  {
    identifier: text().notNull(),
    token: text().notNull(),
    expires: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export const ROLES = ["viewer", "agent", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** A staff member's role on one portal; no row, no access. */
export const memberships = sqliteTable(
  "memberships",
  {
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    portalId: integer("portal_id")
      .notNull()
      .references(() => portals.id, { onDelete: "cascade" }),
    role: text().$type<Role>().notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.portalId] }), index("memberships_portal").on(t.portalId)],
);

/** Stretches of waiting for the requester; `resumedAt` is null while still waiting. */
export const pauses = sqliteTable(
  "pauses",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    pausedAt: integer("paused_at", { mode: "timestamp_ms" }).notNull(),
    resumedAt: integer("resumed_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("pauses_request").on(t.requestId)],
);

/** What staff and requester say to each other: questions, answers, notices. */
export const messages = sqliteTable(
  "messages",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    from: text("from_party").$type<"staff" | "requester">().notNull(),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    at: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("messages_request").on(t.requestId)],
);

/** Internal notes: staff only, never on the status page. */
export const notes = sqliteTable(
  "notes",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    authorId: text("author_id").references(() => users.id, { onDelete: "set null" }),
    body: text().notNull(),
    at: integer({ mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("notes_request").on(t.requestId)],
);

/**
 * The outcome of a deletion, per data category: deleted, or kept under a
 * retention basis until a date. Kept rows form the retention register.
 */
export const deletionOutcomes = sqliteTable(
  "deletion_outcomes",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    portalId: integer("portal_id")
      .notNull()
      .references(() => portals.id),
    category: text().notNull(),
    kept: integer({ mode: "boolean" }).notNull(),
    basisId: integer("basis_id").references(() => retentionBases.id),
    keepUntil: text("keep_until"),
    /** The date an anchored basis's period ran from (e.g. the last payment), as staff entered it. */
    anchorDate: text("anchor_date"),
    purgedAt: integer("purged_at", { mode: "timestamp_ms" }),
    purgedBy: text("purged_by").references(() => users.id, { onDelete: "set null" }),
    /** When admins are next reminded that the period has ended (then weekly until the purge is confirmed). */
    nextReminderAt: integer("next_reminder_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("deletion_outcomes_next_reminder").on(t.nextReminderAt), index("deletion_outcomes_register").on(t.portalId, t.kept, t.keepUntil), index("deletion_outcomes_request").on(t.requestId)],
);

/** The file staff upload for an access or portability request. */
export const exportFiles = sqliteTable(
  "export_files",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    filename: text().notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer().notNull(),
    content: blob({ mode: "buffer" }).notNull(),
    uploadedBy: text("uploaded_by").references(() => users.id, { onDelete: "set null" }),
    uploadedAt: integer("uploaded_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("export_files_request").on(t.requestId)],
);

/** Only one process sweeps at a time; a crashed holder's lease lapses at `expiresAt`. */
export const leases = sqliteTable("leases", {
  name: text().primaryKey(),
  holder: text().notNull(),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
});

/**
 * The dashboard's figures kept current by triggers on `requests` (migration
 * dashboard_rollup_triggers, sqlite/0008 and postgres/0003), in the transaction of every change, so the
 * dashboard reads a few rows per portal and week however many requests there
 * are. Per portal, Monday-00:00-UTC week and type: verified requests received
 * that week; completed requests closed that week, and those closed by their due time.
 */
export const requestWeekCounts = sqliteTable(
  "request_week_counts",
  {
    portalId: integer("portal_id").notNull().references(() => portals.id, { onDelete: "cascade" }),
    week: integer({ mode: "timestamp_ms" }).notNull(),
    type: text().$type<RequestType>().notNull(),
    received: integer().notNull().default(0),
    completed: integer().notNull().default(0),
    onTime: integer("on_time").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.portalId, t.week, t.type] })],
);

/** Completed requests by portal, week closed and time to close in tenths of a day (rounded): the median's histogram. */
export const requestCloseTimes = sqliteTable(
  "request_close_times",
  {
    portalId: integer("portal_id").notNull().references(() => portals.id, { onDelete: "cascade" }),
    week: integer({ mode: "timestamp_ms" }).notNull(),
    tenths: integer().notNull(),
    n: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.portalId, t.week, t.tenths] })],
);

/** Requests in an active status, per portal. */
export const requestOpenCounts = sqliteTable(
  "request_open_counts",
  {
    portalId: integer("portal_id").notNull().references(() => portals.id, { onDelete: "cascade" }),
    n: integer().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.portalId] })],
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
export type User = typeof users.$inferSelect;
export type Membership = typeof memberships.$inferSelect;
export type StaffSession = typeof staffSessions.$inferSelect;
export type SignInThrottle = typeof signInThrottles.$inferSelect;
export type RateLimit = typeof rateLimits.$inferSelect;
export type DeletionOutcome = typeof deletionOutcomes.$inferSelect;

/**
 * An operator's key to the API, bound to one portal: only the SHA-256 of the
 * secret is stored (lib/api-keys/secret.ts), with a few of its characters in
 * clear so admins can tell keys apart. Revoked and expired keys stay, for the
 * audit entries that name them.
 */
export const apiKeys = sqliteTable(
  "api_keys",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    portalId: integer("portal_id")
      .notNull()
      .references(() => portals.id, { onDelete: "cascade" }),
    name: text().notNull(),
    scopes: text({ mode: "json" }).$type<ApiKeyScope[]>().notNull(),
    hash: text().notNull().unique(),
    prefix: text().notNull(),
    /** The admin who created it; null when created with the CLI. */
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    /** Updated at most once a minute (lib/api-keys/authenticate.ts), so a busy key does not write on every call. */
    lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("api_keys_portal").on(t.portalId)],
);

export type ApiKey = typeof apiKeys.$inferSelect;

/**
 * A key's `Idempotency-Key` and the answer its first use got, kept 24 hours:
 * a retried intake replays that answer instead of filing the request twice.
 */
export const idempotencyKeys = sqliteTable(
  "idempotency_keys",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    apiKeyId: integer("api_key_id")
      .notNull()
      .references(() => apiKeys.id, { onDelete: "cascade" }),
    key: text().notNull(),
    /** SHA-256 of the call (portal and body): the same key with another call is refused, not replayed. */
    fingerprint: text().notNull(),
    status: integer().notNull(),
    body: text().notNull(),
    createdAt: createdAt(),
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [uniqueIndex("idempotency_keys_key").on(t.apiKeyId, t.key)],
);

/**
 * Signed webhooks (lib/webhooks/): a portal's endpoints, and the outbox of
 * their deliveries, queued in the transaction of the change they announce.
 */
export const WEBHOOK_DELIVERY_STATUSES = ["pending", "sending", "delivered", "failed"] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];
export type DeliveryKind = "webhook" | "drp_callback";
export type DrpAgentStatus = "active" | "suspended";
/** The DRP identity claims (schema.org/Person, DRP §3.04) an exercise carried; `address` is OpenID Connect's address claim. */
export interface DrpClaims {
  name?: string;
  email?: string;
  email_verified?: boolean;
  phone_number?: string;
  phone_number_verified?: boolean;
  address?: unknown;
  address_verified?: boolean;
  power_of_attorney?: string;
}

export const webhookEndpoints = sqliteTable(
  "webhook_endpoints",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    portalId: integer("portal_id")
      .notNull()
      .references(() => portals.id, { onDelete: "cascade" }),
    url: text().notNull(),
    /** The event types it subscribes to (lib/webhooks/events.ts). */
    events: text({ mode: "json" }).$type<string[]>().notNull(),
    /** The signing secret, encrypted under a key derived from AUTH_SECRET: signing needs it back, so a hash would not do. */
    secret: text().notNull(),
    /** After a rotation, the old secret (encrypted), also signing until `previousSecretUntil`. */
    previousSecret: text("previous_secret"),
    previousSecretUntil: integer("previous_secret_until", { mode: "timestamp_ms" }),
    enabled: integer({ mode: "boolean" }).notNull().default(true),
    disabledAt: integer("disabled_at", { mode: "timestamp_ms" }),
    disabledReason: text("disabled_reason"),
    /** The first failed attempt since the last delivery; a day of failures disables the endpoint. */
    failingSince: integer("failing_since", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("webhook_endpoints_portal").on(t.portalId)],
);

export const webhookDeliveries = sqliteTable(
  "webhook_deliveries",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    /** Null for a DRP status callback, which goes to the exercise's `status_callback` (lib/drp/callbacks.ts). */
    endpointId: integer("endpoint_id").references(() => webhookEndpoints.id, { onDelete: "cascade" }),
    /** How the body is addressed and signed: a Standard Webhooks event, or a DRP status callback signed with the portal's Ed25519 key. */
    kind: text().$type<DeliveryKind>().notNull().default("webhook"),
    /** A DRP callback's address, the exercise's `status_callback`, kept here so it outlives a request erased before it is sent. */
    targetUrl: text("target_url"),
    portalId: integer("portal_id")
      .notNull()
      .references(() => portals.id, { onDelete: "cascade" }),
    /** The request the event is about: one endpoint gets a request's events in order. */
    requestId: integer("request_id").references(() => requests.id, { onDelete: "cascade" }),
    /** `webhook-id`: the same on every attempt and on a redelivery, so receivers can drop duplicates. */
    eventId: text("event_id").notNull(),
    type: text().notNull(),
    /** The body exactly as signed and sent: text, not JSON, so no engine reorders its keys. */
    payload: text().notNull(),
    status: text().$type<WebhookDeliveryStatus>().notNull().default("pending"),
    attempts: integer().notNull().default(0),
    nextAttemptAt: integer("next_attempt_at", { mode: "timestamp_ms" }).notNull(),
    /** A worker's claim; a crashed worker's claim lapses. */
    lockedUntil: integer("locked_until", { mode: "timestamp_ms" }),
    lastAttemptAt: integer("last_attempt_at", { mode: "timestamp_ms" }),
    lastStatusCode: integer("last_status_code"),
    lastDurationMs: integer("last_duration_ms"),
    /** The start of the receiver's answer, or why there was none (refused address, timeout). */
    lastResponseExcerpt: text("last_response_excerpt"),
    createdAt: createdAt(),
    deliveredAt: integer("delivered_at", { mode: "timestamp_ms" }),
  },
  (t) => [
    index("webhook_deliveries_due").on(t.status, t.nextAttemptAt),
    index("webhook_deliveries_endpoint").on(t.endpointId, t.id),
    index("webhook_deliveries_request").on(t.requestId),
  ],
);

export type WebhookEndpoint = typeof webhookEndpoints.$inferSelect;
export type WebhookDelivery = typeof webhookDeliveries.$inferSelect;

/**
 * Issue 16: a staff member's deadline calendar feed. The URL's secret is the
 * only credential a calendar app can send, so only its SHA-256 is stored; a
 * member has at most one live feed (a new one revokes the old).
 */
export const calendarFeeds = sqliteTable(
  "calendar_feeds",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    userId: text("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    hash: text().notNull().unique(),
    createdAt: createdAt(),
    /** Updated at most once an hour: calendar apps poll often. */
    lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("calendar_feeds_user").on(t.userId)],
);

export type CalendarFeed = typeof calendarFeeds.$inferSelect;
/*
 * Issue 14: requests that arrive by email. Every message read from a portal's
 * mailbox (or imported with `inbound:import`) is recorded once per Message-ID,
 * with what became of it; attachments are kept for staff, size-capped.
 */
export const INBOUND_OUTCOMES = ["request", "answer", "ignored"] as const;
export type InboundOutcome = (typeof INBOUND_OUTCOMES)[number];

/** What proved, or did not prove, the sender's address (lib/inbound/authenticate.ts). */
export interface InboundAuth {
  proved: boolean;
  spf: string;
  dkim: string;
  dmarc: string;
  /** The domain whose DMARC-aligned pass proved the From address. */
  domain?: string;
}

export const inboundMessages = sqliteTable(
  "inbound_messages",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    portalId: integer("portal_id")
      .notNull()
      .references(() => portals.id, { onDelete: "cascade" }),
    /** The Message-ID header, or a hash of the raw message where it has none. */
    messageId: text("message_id").notNull(),
    fromAddress: text("from_address"),
    subject: text(),
    receivedAt: integer("received_at", { mode: "timestamp_ms" }).notNull(),
    outcome: text().$type<InboundOutcome>().notNull(),
    /** Why it was ignored (auto_submitted, delivery_report, mailing_list, own_message, rate_limited, no_sender, oversized, …). */
    reason: text(),
    /** The request it opened or answered. A purged request takes its emails with it: they hold the sender's personal data. */
    requestId: integer("request_id").references(() => requests.id, { onDelete: "cascade" }),
    size: integer().notNull(),
    /** The type the keyword classifier suggested; null when no keyword matched. */
    suggestedType: text("suggested_type").$type<RequestType>(),
    auth: text({ mode: "json" }).$type<InboundAuth>(),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("inbound_messages_portal_message").on(t.portalId, t.messageId), index("inbound_messages_request").on(t.requestId), index("inbound_messages_portal_created").on(t.portalId, t.createdAt)],
);

export const inboundAttachments = sqliteTable(
  "inbound_attachments",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    messageId: integer("message_id")
      .notNull()
      .references(() => inboundMessages.id, { onDelete: "cascade" }),
    requestId: integer("request_id").references(() => requests.id, { onDelete: "cascade" }),
    filename: text().notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer().notNull(),
    content: blob({ mode: "buffer" }).notNull(),
  },
  (t) => [index("inbound_attachments_message").on(t.messageId), index("inbound_attachments_request").on(t.requestId)],
);

export type InboundMessageRow = typeof inboundMessages.$inferSelect;
export type InboundAttachment = typeof inboundAttachments.$inferSelect;

/**
 * Issue 14: a portal's inbound mailbox, polled over IMAP by the scheduler
 * (lib/inbound/poll.ts) and set by its admins (lib/inbound/mailbox-settings.ts).
 */
/** How imported messages are marked on the server: the `$RightsdeskImported` keyword, or \Seen where the folder cannot store keywords. */
export type MailboxFlag = "keyword" | "seen";

export const portalMailboxes = sqliteTable(
  "portal_mailboxes",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    portalId: integer("portal_id")
      .notNull()
      .unique()
      .references(() => portals.id, { onDelete: "cascade" }),
    host: text().notNull(),
    port: integer().notNull(),
    /** Implicit TLS (IMAPS, usually port 993); off only for a server on the same network or a test. */
    tls: integer({ mode: "boolean" }).notNull().default(true),
    username: text().notNull(),
    /** Sealed under a key derived from AUTH_SECRET (lib/security/sealed-secret.ts): the poller needs it back, so a hash would not do. */
    password: text().notNull(),
    folder: text().notNull().default("INBOX"),
    enabled: integer({ mode: "boolean" }).notNull().default(true),
    lastPollAt: integer("last_poll_at", { mode: "timestamp_ms" }),
    /** Why the last poll failed (lib/inbound/imap-failure.ts's reason), null after a poll that succeeded. */
    lastError: text("last_error"),
    /** The server's or the importer's own words for it, without any secret. */
    lastErrorDetail: text("last_error_detail"),
    /** How the last poll marked what it imported. */
    flaggedWith: text("flagged_with").$type<MailboxFlag>(),
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    updatedBy: text("updated_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("portal_mailboxes_enabled").on(t.enabled)],
);

export type PortalMailbox = typeof portalMailboxes.$inferSelect;
// Issue 15: authorized agents and the Data Rights Protocol (lib/drp/).

/** A registered authorized agent, per portal: the DRP agent directory entry (DRP §3.05.1) the portal trusts. */
export const drpAgents = sqliteTable(
  "drp_agents",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    portalId: integer("portal_id")
      .notNull()
      .references(() => portals.id, { onDelete: "cascade" }),
    /** The agent's DRP id, `[A-Z_]+` (DRP §3.05.1). */
    agentId: text("agent_id").notNull(),
    name: text().notNull(),
    /** The raw 32-byte Ed25519 verify key, in base64 whatever encoding it was given in. */
    verifyKey: text("verify_key").notNull(),
    contact: text(),
    status: text().$type<DrpAgentStatus>().notNull().default("active"),
    /** The admin who registered it; null when registered with the CLI. */
    createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("drp_agents_portal_agent").on(t.portalId, t.agentId)],
);

/** A bearer token from a pairwise setup (DRP §2.05), kept only as its SHA-256. */
export const drpAgentTokens = sqliteTable(
  "drp_agent_tokens",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    agentId: integer("agent_id")
      .notNull()
      .references(() => drpAgents.id, { onDelete: "cascade" }),
    hash: text().notNull().unique(),
    createdAt: createdAt(),
    /** Updated at most once a minute, so a busy agent does not write on every call. */
    lastUsedAt: integer("last_used_at", { mode: "timestamp_ms" }),
    revokedAt: integer("revoked_at", { mode: "timestamp_ms" }),
  },
  (t) => [index("drp_agent_tokens_agent").on(t.agentId)],
);

/** What a DRP exercise (DRP §2.01) brought with the request it became. */
export const drpRequests = sqliteTable(
  "drp_requests",
  {
    id: integer().primaryKey({ autoIncrement: true }),
    requestId: integer("request_id")
      .notNull()
      .unique()
      .references(() => requests.id, { onDelete: "cascade" }),
    /** The DRP `request_id`: random, so it reveals nothing of the portal's references or volume. */
    drpRequestId: text("drp_request_id").notNull().unique(),
    agentId: integer("agent_id")
      .notNull()
      .references(() => drpAgents.id),
    agentRequestId: text("agent_request_id"),
    /** The DRP action as sent (`access:categories`, `sale:opt_out`, …). */
    exercise: text().notNull(),
    /** `ccpa` or `voluntary`; null when absent. */
    regime: text(),
    drpVersion: text("drp_version"),
    /** The identity claims (DRP §3.04) as sent; erased with the request's personal data. */
    claims: text({ mode: "json" }).$type<DrpClaims>(),
    statusCallback: text("status_callback"),
    /** DRP §3.02: once final, kept until this instant, then answered as `expired`. */
    expiresAt: integer("expires_at", { mode: "timestamp_ms" }),
    createdAt: createdAt(),
  },
  (t) => [index("drp_requests_agent").on(t.agentId)],
);

/** A portal's own side of DRP: its business id and the Ed25519 key pair that signs its status callbacks. */
export const drpPortalSettings = sqliteTable("drp_portal_settings", {
  id: integer().primaryKey({ autoIncrement: true }),
  portalId: integer("portal_id")
    .notNull()
    .unique()
    .references(() => portals.id, { onDelete: "cascade" }),
  /** The DRP `business-id` agents must name; the portal's slug until an admin changes it. */
  businessId: text("business_id"),
  /** Raw 32-byte Ed25519 public key, base64; null until first needed. */
  publicKey: text("public_key"),
  /** The PKCS#8 private key, sealed (lib/webhooks/secret.ts). */
  privateKey: text("private_key"),
  keyId: text("key_id"),
});

export type DrpAgent = typeof drpAgents.$inferSelect;
export type DrpAgentToken = typeof drpAgentTokens.$inferSelect;
export type DrpRequest = typeof drpRequests.$inferSelect;
export type DrpPortalSettings = typeof drpPortalSettings.$inferSelect;

// Issue 15 (item 5): authorized agents on the web form (11 CCR §7063, GDPR requests by a third party).
export const AGENT_REVIEW_STATES = ["pending", "accepted", "declined"] as const;
export type AgentReviewState = (typeof AGENT_REVIEW_STATES)[number];

/**
 * The agent who filed a web request for someone else, and the signed permission they
 * uploaded. The request itself carries the consumer's name and address: the consumer
 * confirms by its verification link; staff review the permission before work begins.
 */
export const requestAgents = sqliteTable("request_agents", {
  id: integer().primaryKey({ autoIncrement: true }),
  requestId: integer("request_id")
    .notNull()
    .unique()
    .references(() => requests.id, { onDelete: "cascade" }),
  name: text().notNull(),
  organisation: text(),
  email: text().notNull(),
  permissionFilename: text("permission_filename").notNull(),
  permissionMimeType: text("permission_mime_type").notNull(),
  permissionSize: integer("permission_size").notNull(),
  permission: blob({ mode: "buffer" }).notNull(),
  review: text().$type<AgentReviewState>().notNull().default("pending"),
  reviewedBy: text("reviewed_by").references(() => users.id, { onDelete: "set null" }),
  reviewedAt: integer("reviewed_at", { mode: "timestamp_ms" }),
  createdAt: createdAt(),
});

export type RequestAgent = typeof requestAgents.$inferSelect;

// Issue 12: the deadline-reminder schedule, out of `requests`.

/**
 * When the scheduler next looks at a request's deadline reminders (null: no
 * reminder is owed; no row: none ever will be, e.g. a closed request). A row
 * of its own so that the sweep's claim, which moves this time on for every
 * reminded request, rewrites a narrow row with two index entries instead of a
 * request row and each of its many index entries.
 */
export const requestReminders = sqliteTable(
  "request_reminders",
  {
    requestId: integer("request_id")
      .notNull()
      .references(() => requests.id, { onDelete: "cascade" }),
    nextReminderAt: integer("next_reminder_at", { mode: "timestamp_ms" }),
  },
  // A table-level key, so both engines' insert types require the request id (SQLite's column-level
  // INTEGER PRIMARY KEY would make it optional, as a rowid).
  (t) => [primaryKey({ columns: [t.requestId] }), index("request_reminders_due").on(t.nextReminderAt)],
);
