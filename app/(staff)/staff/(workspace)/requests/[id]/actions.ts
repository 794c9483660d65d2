"use server";

import { notFound, redirect } from "next/navigation";
import { getDb } from "@/db/client";
import { getPortalById } from "@/db/queries/portals";
import type { DsrRequest, Portal } from "@/db/schema";
import { assignRequest } from "@/lib/cases/assign";
import { askRequester } from "@/lib/cases/clarify";
import { completeDeletion, type CategoryOutcome } from "@/lib/cases/complete-deletion";
import { completeWithResolution } from "@/lib/cases/complete-other";
import { extendDeadline } from "@/lib/cases/extend";
import { rejectRequest } from "@/lib/cases/reject";
import { CaseError } from "@/lib/cases/shared";
import { addNote, startWork } from "@/lib/cases/work";
import { keepDuplicate, mergeDuplicate } from "@/lib/cases/duplicates";
import { decideAppeal } from "@/lib/appeals/decide";
import { env } from "@/lib/env";
import { TransitionError } from "@/lib/lifecycle";
import { kickMailWorker } from "@/lib/mail/worker";
import type { StaffErrorCode } from "@/lib/staff/errors";
import { ForbiddenError, requireRequest, requireStaff } from "@/lib/staff/session";

interface CaseContext {
  request: DsrRequest;
  portal: Portal;
  by: string;
  now: Date;
  appUrl: string;
}

/**
 * Runs one case action for a member with at least agent's role on the
 * request's portal (another portal's request is a 404), then returns to the
 * request with the outcome. A refusal (a viewer's role, a status that does not
 * allow it, bad input) comes back as a code, which the page words.
 */
async function act(formData: FormData, done: string, fn: (ctx: CaseContext) => void) {
  const id = Number(formData.get("id"));
  const staff = await requireStaff();
  let error: StaffErrorCode | undefined;
  try {
    const { request } = requireRequest(staff, id, "agent");
    const portal = getPortalById(getDb(), { id: request.portalId }) ?? notFound();
    fn({ request, portal, by: staff.user.id, now: new Date(), appUrl: env().APP_URL });
    kickMailWorker();
  } catch (e) {
    if (!(e instanceof CaseError || e instanceof TransitionError || e instanceof ForbiddenError)) throw e;
    error = e.code;
  }
  redirect(`/staff/requests/${id}?${error ? `error=${error}` : `done=${done}`}`);
}

const text = (formData: FormData, name: string) => String(formData.get(name) ?? "");

export async function assignAction(formData: FormData) {
  await act(formData, "assigned", (c) => assignRequest(getDb(), { ...c, assigneeId: text(formData, "assignee") || null }));
}

export async function startAction(formData: FormData) {
  await act(formData, "started", (c) => startWork(getDb(), c));
}

export async function askAction(formData: FormData) {
  await act(formData, "asked", (c) => askRequester(getDb(), { ...c, question: text(formData, "question") }));
}

export async function extendAction(formData: FormData) {
  await act(formData, "extended", (c) => extendDeadline(getDb(), { ...c, reason: text(formData, "reason") }));
}

export async function rejectAction(formData: FormData) {
  await act(formData, "rejected", (c) => rejectRequest(getDb(), { ...c, reason: text(formData, "reason"), message: text(formData, "message") }));
}

export async function noteAction(formData: FormData) {
  await act(formData, "noted", (c) => addNote(getDb(), { ...c, body: text(formData, "note") }));
}

/** The deletion checklist: for each category, "deleted" or a basis id, with its keep-until date (and an anchored basis's anchor date). */
export async function completeDeletionAction(formData: FormData) {
  await act(formData, "completed", (c) => {
    const outcomes: CategoryOutcome[] = c.portal.dataCategories.map((category, i) => {
      const choice = text(formData, `outcome-${i}`);
      if (!choice) throw new CaseError("checklist_incomplete");
      return choice === "deleted" ? { category, kept: false } : { category, kept: true, basisId: Number(choice), keepUntil: text(formData, `until-${i}`), anchorDate: text(formData, `anchor-${i}`) };
    });
    completeDeletion(getDb(), { ...c, outcomes });
  });
}

export async function completeOtherAction(formData: FormData) {
  await act(formData, "completed", (c) =>
    completeWithResolution(getDb(), { ...c, resolution: text(formData, "resolution"), effectiveFrom: text(formData, "effectiveFrom") || null }),
  );
}

export async function mergeDuplicateAction(formData: FormData) {
  await act(formData, "merged", (c) => mergeDuplicate(getDb(), c));
}

export async function keepDuplicateAction(formData: FormData) {
  await act(formData, "kept", (c) => keepDuplicate(getDb(), c));
}

export async function decideAppealAction(formData: FormData) {
  await act(formData, "decided", (c) => {
    const outcome = text(formData, "outcome");
    if (outcome !== "granted" && outcome !== "denied") throw new CaseError("appeal_outcome_required");
    decideAppeal(getDb(), { ...c, outcome, explanation: text(formData, "explanation") });
  });
}
