import type { Db } from "../../db/client";
import { insertDeletionOutcomes, listRetentionBases } from "../../db/queries/cases";
import { updateRequestIfStatus } from "../../db/queries/requests";
import type { DsrRequest, Portal } from "../../db/schema";
import { deletionCompletedEmail } from "../../emails";
import { parseIsoDate } from "../deadlines";
import { localDate } from "../deadlines/zone";
import { transition } from "../lifecycle";
import { nextRetentionReminderAt } from "../reminders/retention-schedule";
import { CaseError, emailRequester, issueStatusUrl, recordCaseEvent, staffActor } from "./shared";

export type CategoryOutcome = { category: string; kept: false } | { category: string; kept: true; basisId: number; keepUntil: string };

/**
 * Completes a deletion with an outcome for every data category the portal
 * holds: deleted, or kept under a basis from its catalogue until a date. The
 * kept ones enter the retention register, and the requester is told all of it.
 */
export function completeDeletion(
  db: Db,
  { request, portal, outcomes, by, now, appUrl }: { request: DsrRequest; portal: Portal; outcomes: CategoryOutcome[]; by: string; now: Date; appUrl: string },
) {
  if (request.type !== "deletion") throw new CaseError("checklist_not_deletion");
  const status = transition(request.status, "complete");
  const given = outcomes.map((o) => o.category).sort();
  const expected = [...portal.dataCategories].sort();
  if (given.length !== expected.length || given.some((c, i) => c !== expected[i])) {
    throw new CaseError("checklist_incomplete");
  }
  const bases = new Map(listRetentionBases(db, { portalId: portal.id }).map((b) => [b.id, b]));
  const today = localDate(now, portal.timeZone);
  for (const o of outcomes) {
    if (!o.kept) continue;
    if (!bases.has(o.basisId)) throw new CaseError("checklist_basis_required");
    if (!parseIsoDate(o.keepUntil) || o.keepUntil <= today) throw new CaseError("checklist_keep_until_invalid");
  }
  db.transaction(
    (tx) => {
      if (!updateRequestIfStatus(tx, { id: request.id, from: request.status, set: { status, closedAt: now, nextReminderAt: null } })) throw new CaseError("changed_meanwhile");
      insertDeletionOutcomes(
        tx,
        outcomes.map((o) => ({
          requestId: request.id,
          portalId: portal.id,
          category: o.category,
          kept: o.kept,
          basisId: o.kept ? o.basisId : null,
          keepUntil: o.kept ? o.keepUntil : null,
          // Admins are reminded on the keep-until day to purge what was kept.
          nextReminderAt: o.kept ? nextRetentionReminderAt({ keepUntil: o.keepUntil, timeZone: portal.timeZone, after: now }) : null,
        })),
      );
      const kept = outcomes.filter((o) => o.kept);
      recordCaseEvent(tx, request, { type: "completed", actor: staffActor(by), visible: true, data: { deleted: outcomes.length - kept.length, kept: kept.length }, at: now });
      emailRequester(tx, request, {
        template: deletionCompletedEmail,
        props: {
          portalName: portal.name,
          reference: request.reference,
          deleted: outcomes.filter((o) => !o.kept).map((o) => o.category),
          kept: kept.map((o) => ({ category: o.category, basis: bases.get(o.basisId)!.label, statute: bases.get(o.basisId)!.statute, until: o.keepUntil })),
          statusUrl: issueStatusUrl(tx, { request, portal, appUrl, now }),
        },
        now,
      });
    },
    { behavior: "immediate" },
  );
}
