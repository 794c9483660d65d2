import "server-only";
import { withTransaction, type Db, type Executor } from "../../db/client";
import { getPermissionFile, getRequestAgent, type RequestAgentSummary } from "../../db/queries/request-agents";
import type { DsrRequest } from "../../db/schema";
import { actorLabel, type Actor } from "../cases/shared";
import { recordRequestEvent } from "../requests/kit";

/** The authorized agent who filed the request on the web form, if one did (the permission's bytes stay in the database). */
export function requestAgentFor(db: Executor, request: { id: number }): Promise<RequestAgentSummary | undefined> {
  return getRequestAgent(db, { requestId: request.id });
}

/**
 * The signed permission, for staff of the request's portal: every download is audited,
 * like an export's. Undefined for a request no agent filed.
 */
export async function downloadPermission(db: Db, { request, by, now }: { request: DsrRequest; by: Actor; now: Date }) {
  const file = await getPermissionFile(db, { requestId: request.id });
  if (!file) return undefined;
  await withTransaction(db, (tx) => recordRequestEvent(tx, request, { type: "agent_permission_downloaded", actor: actorLabel(by), at: now }));
  return file;
}
