import { z } from "zod";
import { REQUEST_TYPES } from "../deadlines";

/**
 * The case actions' forms on a request's page (app/(staff)/staff/(workspace)/requests/[id]).
 * The schemas only shape what was posted; the use cases in lib/cases/ refuse
 * what is not allowed (an empty question, a reason too long, a status that
 * does not allow it), each with its catalogue code. A field left out of the
 * post reads as empty, as the browser would send it.
 */
const text = z.string().default("");
/** A blank field is "none": an unassigned request, a resolution without a date. */
const blankAsNull = z
  .string()
  .default("")
  .transform((v) => v || null);

/** The request the form acts on (the kernel's `portalOf` has already found it by this id). */
export const caseActionSchema = z.object({ id: z.coerce.number().int() });

export const assignSchema = caseActionSchema.extend({ assignee: blankAsNull });
export const askSchema = caseActionSchema.extend({ question: text });
export const extendSchema = caseActionSchema.extend({ reason: text });
export const rejectSchema = caseActionSchema.extend({ reason: text, message: text });
export const noteSchema = caseActionSchema.extend({ note: text });
export const completeOtherSchema = caseActionSchema.extend({ resolution: text, effectiveFrom: blankAsNull });
/** Triage of an emailed request: the type staff confirm (lib/cases/triage.ts refuses one the portal does not offer). */
export const triageSchema = caseActionSchema.extend({ type: z.enum(REQUEST_TYPES, "triage_type_not_offered") });
export const decideAppealSchema = caseActionSchema.extend({
  outcome: z.enum(["granted", "denied"], "appeal_outcome_required"),
  explanation: text,
});

/** One row of the deletion checklist: "deleted" or a retention basis's id, its keep-until date, and an anchored basis's anchor date. */
const checklistRow = z.object({ outcome: text, until: text, anchor: text });
export type ChecklistRow = z.output<typeof checklistRow>;

/** The deletion checklist: its rows by the index of the portal's data category they answer. */
export const deletionChecklistSchema = caseActionSchema.extend({ rows: z.record(z.string(), checklistRow) });

const CHECKLIST_FIELD = /^(outcome|until|anchor)-(\d{1,4})$/;

/** The checklist form's fields (`outcome-0`, `until-0`, `anchor-0`, …) as the schema's input. */
export function deletionChecklistInput(form: FormData): { id: string; rows: Record<string, Partial<ChecklistRow>> } {
  const rows: Record<string, Partial<ChecklistRow>> = {};
  for (const [name, value] of form) {
    const match = CHECKLIST_FIELD.exec(name);
    if (!match || typeof value !== "string") continue;
    const row = (rows[match[2]!] ??= {});
    row[match[1] as keyof ChecklistRow] ??= value;
  }
  return { id: String(form.get("id") ?? ""), rows };
}
