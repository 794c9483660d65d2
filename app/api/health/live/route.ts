import { livenessResponse } from "@/lib/health";

/**
 * Liveness: the process answers HTTP. No database, so an orchestrator does not
 * restart a healthy server because its database is slow or down (that is what
 * the readiness check next door, /api/health, reports).
 */
export function GET() {
  return livenessResponse();
}
