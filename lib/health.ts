import "server-only";
import { getDb, type Db } from "../db/client";
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
