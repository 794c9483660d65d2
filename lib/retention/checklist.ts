import type { DataCategoryDetails, RetentionBasis } from "../../db/schema";
import { addDays, parseIsoDate, type IsoDate } from "../deadlines/dates";

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
 * Why keeping `category` under `basis` until `keepUntil` is refused, or null
 * when it is allowed: the basis must be one the category may be kept under,
 * keep-until must be after today, and an anchored basis needs its anchor date
 * with keep-until at least that date plus the period. The anchor may lie ahead
 * (402-FZ counts from the end of the current reporting year).
 */
export function keptOutcomeProblem({
  category,
  details,
  basis,
  keepUntil,
  anchorDate,
  today,
}: {
  category: string;
  details: DataCategoryDetails | undefined;
  basis: ChecklistBasis;
  keepUntil: string;
  anchorDate: string;
  today: IsoDate;
}): string | null {
  const allowed = basesForCategory(details, [basis]).length === 1;
  if (!allowed) {
    return details?.keptUnder.length === 0
      ? `"${category}" is always deleted: no retention basis allows keeping it`
      : `"${category}" cannot be kept under "${basis.label}": choose one of the bases allowed for it`;
  }
  if (!parseIsoDate(keepUntil) || keepUntil <= today) return `"${category}" is kept: give a keep-until date after today`;
  if (!basis.anchoredTo) return null;
  if (!parseIsoDate(anchorDate)) return `"${category}" is kept under "${basis.label}": give the date of ${basis.anchoredTo}`;
  const earliest = earliestKeepUntil(basis, anchorDate);
  if (earliest && keepUntil < earliest) {
    return `"${category}" is kept under "${basis.label}" for at least ${basis.defaultPeriodDays} days from ${anchorDate} (${basis.anchoredTo}): keep it until ${earliest} or later`;
  }
  return null;
}
