"use server";

import { redirect } from "next/navigation";
import { assignRequest } from "@/lib/cases/assign";
import { askRequester } from "@/lib/cases/clarify";
import { completeDeletion, type CategoryOutcome } from "@/lib/cases/complete-deletion";
import { completeWithResolution } from "@/lib/cases/complete-other";
import { caseContext, type CaseContext } from "@/lib/cases/context";
import { extendDeadline } from "@/lib/cases/extend";
import { rejectRequest } from "@/lib/cases/reject";
import { CaseError } from "@/lib/cases/shared";
import { addNote, startWork } from "@/lib/cases/work";
import { keepDuplicate, mergeDuplicate } from "@/lib/cases/duplicates";
import { decideAppeal } from "@/lib/appeals/decide";
import { kickMailWorker } from "@/lib/mail/worker";
import { asDomainError, type StaffErrorCode } from "@/lib/staff/errors";
import { requireStaff } from "@/lib/staff/session";

/**
 * Runs one case action for a member with at least agent's role on the
 * request's portal (another portal's request is a 404), then returns to the
 * request with the outcome. A refusal (a viewer's role, a status that does not
 * allow it, bad input) comes back as a code, which the page words.
 */
async function act(formData: FormData, done: string, fn: (ctx: CaseContext) => Promise<void>) {
  const id = Number(formData.get("id"));
  const staff = await requireStaff();
  let error: StaffErrorCode | undefined;
  try {
    await fn(await caseContext(staff, id, "agent"));
    kickMailWorker();
  } catch (e) {
    const refusal = asDomainError(e);
    if (!refusal) throw e;
    error = refusal.code;
  }
  redirect(`/staff/requests/${id}?${error ? `error=${error}` : `done=${done}`}`);
}

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

export async function assignAction(formData: FormData) {
  await act(formData, "assigned", (c) => assignRequest(c.db, { ...c, assigneeId: text(formData, "assignee") || null }));
}

export async function startAction(formData: FormData) {
  await act(formData, "started", (c) => startWork(c.db, c));
}

export async function askAction(formData: FormData) {
  await act(formData, "asked", (c) => askRequester(c.db, { ...c, question: text(formData, "question") }));
}

export async function extendAction(formData: FormData) {
  await act(formData, "extended", (c) => extendDeadline(c.db, { ...c, reason: text(formData, "reason") }));
}

export async function rejectAction(formData: FormData) {
  await act(formData, "rejected", (c) => rejectRequest(c.db, { ...c, reason: text(formData, "reason"), message: text(formData, "message") }));
}

export async function noteAction(formData: FormData) {
  await act(formData, "noted", (c) => addNote(c.db, { ...c, body: text(formData, "note") }));
}

/** The deletion checklist: for each category, "deleted" or a basis id, with its keep-until date (and an anchored basis's anchor date). */
export async function completeDeletionAction(formData: FormData) {
  await act(formData, "completed", async (c) => {
    const outcomes: CategoryOutcome[] = c.portal.dataCategories.map((category, i) => {
      const choice = text(formData, `outcome-${i}`);
      if (!choice) throw new CaseError("checklist_incomplete");
      return choice === "deleted" ? { category, kept: false } : { category, kept: true, basisId: Number(choice), keepUntil: text(formData, `until-${i}`), anchorDate: text(formData, `anchor-${i}`) };
    });
    await completeDeletion(c.db, { ...c, outcomes });
  });
}

export async function completeOtherAction(formData: FormData) {
  await act(formData, "completed", (c) =>
    completeWithResolution(c.db, { ...c, resolution: text(formData, "resolution"), effectiveFrom: text(formData, "effectiveFrom") || null }),
  );
}

export async function mergeDuplicateAction(formData: FormData) {
  await act(formData, "merged", (c) => mergeDuplicate(c.db, c));
}

export async function keepDuplicateAction(formData: FormData) {
  await act(formData, "kept", (c) => keepDuplicate(c.db, c));
}

export async function decideAppealAction(formData: FormData) {
  await act(formData, "decided", async (c) => {
    const outcome = text(formData, "outcome");
    if (outcome !== "granted" && outcome !== "denied") throw new CaseError("appeal_outcome_required");
    await decideAppeal(c.db, { ...c, outcome, explanation: text(formData, "explanation") });
  });
}
