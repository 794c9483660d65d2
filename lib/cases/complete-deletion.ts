import "server-only";
import { withTransaction, type Db } from "../../db/client";
import { insertDeletionOutcomes, listRetentionBases } from "../../db/queries/cases";
import { updateRequestIfStatus } from "../../db/queries/requests";
import type { DsrRequest, Portal } from "../../db/schema";
import type { Language } from "../i18n/languages";
import { deletionCompletedEmail } from "../../emails";
import { localDate } from "../deadlines/zone";
import { localize } from "../i18n/localize";
import { transition } from "../lifecycle";
import { nextRetentionReminderAt } from "../reminders/retention-schedule";
import { keptOutcomeProblem } from "../retention/checklist";
import { emailRequester, issueStatusLink, recordRequestEvent } from "../requests/kit";
import { CaseError, actorLabel, type Actor } from "./shared";
import { queueRequestWebhook } from "../webhooks/request-events";
import { drpRequestChanged } from "../drp/callbacks";
import { assertAgentAuthorized } from "../web-agents/guard";

/** `anchorDate` is the date an anchored basis's period runs from (UseGPT's last payment); blank for other bases. */
export type CategoryOutcome = { category: string; kept: false } | { category: string; kept: true; basisId: number; keepUntil: string; anchorDate?: string };

/**
 * The checklist form's rows (lib/validation/case-actions.ts), by the index of
 * the portal's data category each answers: "deleted", or a basis id with its
 * keep-until date (and an anchored basis's anchor date). A category without a
 * choice leaves the checklist incomplete.
 */
export function checklistOutcomes(portal: Pick<Portal, "dataCategories">, rows: Record<string, { outcome: string; until: string; anchor: string }>): CategoryOutcome[] {
  return portal.dataCategories.map((category, i) => {
    const row = Object.hasOwn(rows, String(i)) ? rows[String(i)] : undefined;
    if (!row?.outcome) throw new CaseError("checklist_incomplete");
    return row.outcome === "deleted" ? { category, kept: false } : { category, kept: true, basisId: Number(row.outcome), keepUntil: row.until, anchorDate: row.anchor };
  });
}

/**
 * Completes a deletion with an outcome for every data category the portal
 * holds: deleted, or kept under a basis from its catalogue until a date. The
 * kept ones enter the retention register, and the requester is told all of it,
 * in their language (categories and bases as the portal translated them).
 */
export async function completeDeletion(
  db: Db,
  { request, portal, outcomes, by, now, appUrl }: { request: DsrRequest; portal: Portal; outcomes: CategoryOutcome[]; by: Actor; now: Date; appUrl: string },
) {
  if (request.type !== "deletion") throw new CaseError("checklist_not_deletion");
  const status = transition(request.status, "complete");
  await assertAgentAuthorized(db, request);
  const given = outcomes.map((o) => o.category).sort();
  const expected = [...portal.dataCategories].sort();
  if (given.length !== expected.length || given.some((c, i) => c !== expected[i])) {
    throw new CaseError("checklist_incomplete");
  }
  const bases = new Map((await listRetentionBases(db, { portalId: portal.id })).map((b) => [b.id, b]));
  const today = localDate(now, portal.timeZone);
  for (const o of outcomes) {
    if (!o.kept) continue;
    const basis = bases.get(o.basisId);
    if (!basis) throw new CaseError("checklist_basis_required");
    const problem = keptOutcomeProblem({ details: portal.dataCategoryDetails[o.category], basis, keepUntil: o.keepUntil, anchorDate: o.anchorDate ?? "", today });
    if (problem) throw new CaseError(problem);
  }
  const say = <T>(english: T, translations: Partial<Record<Language, T>>) => localize(english, translations, request.language, portal.defaultLanguage);
  const categoryText = (category: string) => say(category, portal.dataCategoryDetails[category]?.translations ?? {});
  await withTransaction(db, async (tx) => {
    if (!(await updateRequestIfStatus(tx, { id: request.id, from: request.status, set: { status, closedAt: now, nextReminderAt: null } }))) throw new CaseError("changed_meanwhile");
    await insertDeletionOutcomes(
      tx,
      outcomes.map((o) => ({
        requestId: request.id,
        portalId: portal.id,
        category: o.category,
        kept: o.kept,
        basisId: o.kept ? o.basisId : null,
        keepUntil: o.kept ? o.keepUntil : null,
        anchorDate: o.kept && bases.get(o.basisId)!.anchoredTo ? o.anchorDate : null,
        // Admins are reminded on the keep-until day to purge what was kept.
        nextReminderAt: o.kept ? nextRetentionReminderAt({ keepUntil: o.keepUntil, timeZone: portal.timeZone, after: now }) : null,
      })),
    );
    const kept = outcomes.filter((o) => o.kept);
    await recordRequestEvent(tx, request, { type: "completed", actor: actorLabel(by), visible: true, data: { deleted: outcomes.length - kept.length, kept: kept.length }, at: now });
    await drpRequestChanged(tx, { requestId: request.id, now });
    await queueRequestWebhook(tx, {
      request: { ...request, status },
      type: "request.completed",
      now,
      extra: { outcomes: outcomes.map((o) => (o.kept ? { category: o.category, kept: true, basis: bases.get(o.basisId)!.key, keepUntil: o.keepUntil } : { category: o.category, kept: false })) },
    });
    await emailRequester(tx, request, {
      template: deletionCompletedEmail,
      props: {
        portalName: portal.name, contactEmail: portal.contactEmail,
        reference: request.reference,
        deleted: outcomes.filter((o) => !o.kept).map((o) => categoryText(o.category)),
        kept: kept.map((o) => {
          const basis = bases.get(o.basisId)!;
          const { label, statute } = say({ label: basis.label, statute: basis.statute }, basis.translations);
          return { category: categoryText(o.category), basis: label, statute, until: o.keepUntil };
        }),
        statusUrl: (await issueStatusLink(tx, { request, portal, appUrl, now })).url,
      },
      now,
    });
  });
}
