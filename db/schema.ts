/**
 * The tables, as the engine this process runs on defines them (db/engine.ts):
 * db/schema-sqlite.ts or db/schema-pg.ts, which db/schema-equality.test.ts
 * proves alike, column for column and in their row types. Queries are typed
 * against the SQLite definitions; on PostgreSQL the same names are its tables.
 */
import { engineFromEnv } from "./engine";
import * as pg from "./schema-pg";
import * as sqlite from "./schema-sqlite";

export type {
  DataCategoryDetails,
  DeadlinePolicy,
  RequesterIdentity,
  Translations,
  RequestStatus,
  Channel,
  DuplicateState,
  TokenPurpose,
  OutboxStatus,
  Role,
  Portal,
  NewPortal,
  RetentionBasis,
  DsrRequest,
  NewDsrRequest,
  Token,
  RequestEvent,
  OutboxMessage,
  NewOutboxMessage,
  User,
  Membership,
  StaffSession,
  SignInThrottle,
  RateLimit,
  DeletionOutcome,
  ApiKey,
  WebhookDeliveryStatus,
  WebhookEndpoint,
  WebhookDelivery,
} from "./schema-sqlite";
export { ACTIVE_STATUSES, CHANNELS, DUPLICATE_STATES, isActiveStatus, OUTBOX_STATUSES, REQUEST_STATUSES, ROLES, TOKEN_PURPOSES, WEBHOOK_DELIVERY_STATUSES } from "./schema-sqlite";

const tables = (engineFromEnv() === "postgres" ? pg : sqlite) as unknown as typeof sqlite;

export const {
  portals,
  retentionBases,
  requests,
  tokens,
  requestEvents,
  emailOutbox,
  emailAttempts,
  users,
  accounts,
  sessions,
  staffSessions,
  signInThrottles,
  rateLimits,
  verificationTokens,
  memberships,
  pauses,
  messages,
  notes,
  deletionOutcomes,
  exportFiles,
  leases,
  requestWeekCounts,
  requestCloseTimes,
  requestOpenCounts,
  apiKeys,
  idempotencyKeys,
  webhookEndpoints,
  webhookDeliveries,
  requestReminders,
} = tables;
