import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";

// Readiness for Playwright's webServer and load balancers: 200 only when the database answers.
export const dynamic = "force-dynamic";

export function GET() {
  try {
    getDb().get(sql`select 1`);
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    // The error text can name files and tables; it goes to the server's log, never to the caller.
    console.error("Health check failed:", e);
    return Response.json({ status: "unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
