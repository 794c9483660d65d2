import "server-only";
import { getDb } from "../../db/client";
import { findDrpRequestFor } from "../../db/queries/drp-requests";

/** What the request page shows of a request an authorized agent filed; undefined for any other. */
export async function drpCaseDetails(requestId: number) {
  const found = await findDrpRequestFor(getDb(), { requestId });
  if (!found) return undefined;
  const { drp, agentId, agentName } = found;
  return { agentId, agentName, exercise: drp.exercise, regime: drp.regime, drpRequestId: drp.drpRequestId, agentRequestId: drp.agentRequestId, claims: drp.claims, statusCallback: drp.statusCallback };
}
