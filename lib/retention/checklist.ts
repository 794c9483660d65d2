import type { DataCategoryDetails, RetentionBasis } from "../../db/schema";
import { addDays, parseIsoDate, type IsoDate } from "../deadlines/dates";
import type { CaseErrorCode } from "../staff/errors";

/** What the deletion checklist needs of a basis. */
export type ChecklistBasis = Pick<RetentionBasis, "id" | "key" | "label" | "defaultPeriodDays" | "anchoredTo">;

/**
 * The bases that may keep a category: those its details name (none for a
 * category that is always deleted, such as MVSEP's push tokens, which its
 * policy removes without exception), or the whole catalogue for a category
 * stored before categories named their bases.
 */
export function basesForCategory<B extends ChecklistBasis>(details: DataCategoryDetails | undefined, catalogue: readonly B[]): B[] {
  if (!details) return [...catalogue];
  return catalogue.filter((b) => details.keptUnder.includes(b.key));
}

/** The earliest keep-until an anchored basis allows: its anchor date plus its period (UseGPT §6.2: 180 days from the last payment). */
export function earliestKeepUntil(basis: ChecklistBasis, anchorDate: IsoDate): IsoDate | null {
  return basis.anchoredTo && basis.defaultPeriodDays !== null ? addDays(anchorDate, basis.defaultPeriodDays) : null;
}

/**
 * Why keeping a category under `basis` until `keepUntil` is refused, as a staff
 * error code, or null when it is allowed: the basis must be one the category
 * may be kept under, keep-until must be after today, and an anchored basis
 * needs its anchor date with keep-until at least that date plus the period,
 * and a period that has not already run out by today (then nothing allows keeping).
 * The anchor may lie ahead (402-FZ counts from the end of the current reporting year).
 */
export function keptOutcomeProblem({
  details,
  basis,
  keepUntil,
  anchorDate,
  today,
}: {
  details: DataCategoryDetails | undefined;
  basis: ChecklistBasis;
  keepUntil: string;
  anchorDate: string;
  today: IsoDate;
}): CaseErrorCode | null {
  const allowed = basesForCategory(details, [basis]).length === 1;
  if (!allowed) return details?.keptUnder.length === 0 ? "checklist_category_always_deleted" : "checklist_basis_not_for_category";
  if (!parseIsoDate(keepUntil) || keepUntil <= today) return "checklist_keep_until_invalid";
  if (!basis.anchoredTo) return null;
  if (!parseIsoDate(anchorDate)) return "checklist_anchor_required";
  const earliest = earliestKeepUntil(basis, anchorDate);
  if (earliest && earliest <= today) return "checklist_basis_elapsed";
  return earliest && keepUntil < earliest ? "checklist_keep_until_too_early" : null;
}
