import "server-only";
import type { Executor } from "../../db/client";
import { findAppealOf, getRequestReference } from "../../db/queries/related";
import type { DsrRequest, Portal } from "../../db/schema";
import { appealRight } from "../deadlines";
import { complaintRoute, type ComplaintRoute } from "./rights";
import { appealWindow, type AppealWindow } from "./window";

export interface AppealStatus {
  window: AppealWindow;
  /** The appeal lodged against this decision. */
  appeal?: string;
  /** For an appeal: the decision it appeals. */
  appealOf?: string;
  /** The earlier request this one was merged into. */
  mergedInto?: string;
  /** Where the requester may complain, once there is a decision to complain about. */
  complaint?: ComplaintRoute;
}

/**
 * What the status page says about taking a decision further. Under a US law
 * the next step is the appeal, and after a denied appeal the Attorney General;
 * under GDPR-style laws it is the supervisory authority, once decided.
 */
export async function appealStatus(db: Executor, { portal, request, now }: { portal: Portal; request: DsrRequest; now: Date }): Promise<AppealStatus> {
  const appeal = await findAppealOf(db, { requestId: request.id });
  const decided = request.status === "completed" || request.status === "rejected";
  const merged = request.duplicateState === "merged" && request.duplicateOf !== null;
  const regime = request.deadlinePolicy?.regime ?? portal.regime;
  const complaintDue = decided && !merged && (appealRight(regime) ? request.type === "appeal" && request.status === "rejected" : true);
  return {
    window: appealWindow({ portal, request, appealed: appeal !== undefined, now }),
    appeal: appeal?.reference,
    appealOf: request.appealOf === null ? undefined : (await getRequestReference(db, { id: request.appealOf }))?.reference,
    mergedInto: merged ? (await getRequestReference(db, { id: request.duplicateOf! }))?.reference : undefined,
    complaint: complaintDue ? complaintRoute(regime) : undefined,
  };
}
