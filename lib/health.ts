import "server-only";
import { getDb, type Db } from "../db/client";
import { engineFromEnv, type Engine } from "../db/engine";
import { pingDatabase } from "../db/queries/health";

const NO_STORE = { "Cache-Control": "no-store" };

/**
 * Readiness for Playwright's webServer and load balancers: 200 only when the
 * database answers. A failure's text can name files and tables, so it goes to
 * the server's log and the caller gets a fixed body. Opening the database
 * (`db`) is part of what is checked.
 */
export async function healthResponse(db: () => Db = getDb): Promise<Response> {
  try {
    await pingDatabase(db());
    return Response.json({ status: "ok" }, { headers: NO_STORE });
  } catch (e) {
    console.error("Health check failed:", e);
    return Response.json({ status: "unavailable" }, { status: 503, headers: NO_STORE });
  }
}

/** Liveness (/api/health/live): a constant answer, nothing checked but that the server responds. */
export function livenessResponse(): Response {
  return Response.json({ status: "ok" }, { headers: NO_STORE });
}

/** How long start-up waits for the database before giving up (an unreachable host may never refuse). */
const STARTUP_PING_MS = 15_000;

/**
 * Start-up's check (instrumentation.ts): undefined when the database opens and
 * answers, else a message for the operator that names the variable to fix,
 * DATABASE_URL on PostgreSQL or DATABASE_PATH on SQLite. The URL itself is not
 * repeated: it may hold a password.
 */
export async function databaseStartupProblem({
  db = getDb,
  engine = engineFromEnv(),
  timeoutMs = STARTUP_PING_MS,
}: { db?: () => Db; engine?: Engine; timeoutMs?: number } = {}): Promise<string | undefined> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs / 1000} s`)), timeoutMs);
  });
  try {
    await Promise.race([(async () => pingDatabase(db()))(), timeout]);
    return undefined;
  } catch (e) {
    const reason = rootCause(e);
    return engine === "postgres"
      ? `Cannot connect to the PostgreSQL database that DATABASE_URL names: ${reason}. Check DATABASE_URL (host, port, database, user and password) and that the server accepts connections.`
      : `Cannot open the SQLite database at DATABASE_PATH (${process.env.DATABASE_PATH || "the default ./data/rightsdesk.db"}): ${reason}. Check DATABASE_PATH and that its directory is writable.`;
  } finally {
    clearTimeout(timer);
  }
}

/** The innermost error's words: drizzle wraps the driver's error ("Failed query: …") in its own. */
function rootCause(e: unknown): string {
  let error = e;
  while (error instanceof Error && error.cause !== undefined) error = error.cause;
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  return error.message || (typeof code === "string" ? code : error.name);
}
