"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { decideAppeal } from "@/lib/appeals/decide";
import { assignRequest } from "@/lib/cases/assign";
import { askRequester } from "@/lib/cases/clarify";
import { checklistOutcomes, completeDeletion } from "@/lib/cases/complete-deletion";
import { completeWithResolution } from "@/lib/cases/complete-other";
import { caseContext, caseFromForm, type CaseContext, type CaseTarget } from "@/lib/cases/context";
import { keepDuplicate, mergeDuplicate } from "@/lib/cases/duplicates";
import { extendDeadline } from "@/lib/cases/extend";
import { recordIdentityDetails } from "@/lib/cases/identity";
import { rejectRequest } from "@/lib/cases/reject";
import { confirmRequestType, dismissAsNotARequest } from "@/lib/cases/triage";
import { addNote, startWork } from "@/lib/cases/work";
import { kickMailWorker } from "@/lib/mail/worker";
import { reviewAgentAuthorization } from "@/lib/web-agents/review";
import { staffAction, staffFormAction, type ActionState, type StaffActionSpec } from "@/lib/staff/action";
import {
  askSchema,
  assignSchema,
  caseActionSchema,
  completeOtherSchema,
  decideAppealSchema,
  deletionChecklistInput,
  deletionChecklistSchema,
  extendSchema,
  noteSchema,
  rejectSchema,
  triageSchema,
} from "@/lib/validation/case-actions";

/**
 * One case action through the staff-action kernel: a member with at least
 * agent's role on the request's portal (another portal's request is a 404; a
 * viewer gets `?error=forbidden`) runs the use case, the mail worker is woken
 * for what it queued, and the request's page shows the outcome: `?done=<what>`,
 * or `?error=<code>` for a refusal, which the page words.
 */
function caseAction<S extends z.ZodType, V>(
  done: string,
  schema: S,
  fn: (c: CaseContext, input: z.output<S>) => Promise<unknown>,
  input?: StaffActionSpec<S, CaseTarget, V>["input"],
) {
  return staffFormAction<S, CaseTarget, string, V>(
    { role: "agent", schema, portalOf: caseFromForm, input },
    async (ctx) => {
      await fn(caseContext(ctx), ctx.input);
      kickMailWorker();
      return done;
    },
    { back: ({ request }) => `/staff/requests/${request.id}` },
  );
}

const assign = caseAction("assigned", assignSchema, (c, { assignee }) => assignRequest(c.db, { ...c, assigneeId: assignee }));
const start = caseAction("started", caseActionSchema, (c) => startWork(c.db, c));
const ask = caseAction("asked", askSchema, (c, { question }) => askRequester(c.db, { ...c, question }));
const extend = caseAction("extended", extendSchema, (c, { reason }) => extendDeadline(c.db, { ...c, reason }));
const reject = caseAction("rejected", rejectSchema, (c, { reason, message }) => rejectRequest(c.db, { ...c, reason, message }));
const note = caseAction("noted", noteSchema, (c, { note: body }) => addNote(c.db, { ...c, body }));
const completeChecklist = caseAction(
  "completed",
  deletionChecklistSchema,
  (c, { rows }) => completeDeletion(c.db, { ...c, outcomes: checklistOutcomes(c.portal, rows) }),
  deletionChecklistInput,
);
const completeOther = caseAction("completed", completeOtherSchema, (c, { resolution, effectiveFrom }) => completeWithResolution(c.db, { ...c, resolution, effectiveFrom }));
const merge = caseAction("merged", caseActionSchema, (c) => mergeDuplicate(c.db, c));
const keep = caseAction("kept", caseActionSchema, (c) => keepDuplicate(c.db, c));
const triage = caseAction("triaged", triageSchema, (c, { type }) => confirmRequestType(c.db, { ...c, type }));
// Back to the queue: an unconfirmed request ended as "not a request" is erased, so its page is gone.
const dismiss = staffFormAction<typeof caseActionSchema, CaseTarget, string, undefined>(
  { role: "agent", schema: caseActionSchema, portalOf: caseFromForm },
  async (ctx) => {
    await dismissAsNotARequest(ctx.db, caseContext(ctx));
    return "dismissed";
  },
  { back: ({ request }) => (request.status === "submitted" ? "/staff" : `/staff/requests/${request.id}`) },
);
const acceptAgent = caseAction("authorization-accepted", caseActionSchema, (c) => reviewAgentAuthorization(c.db, { ...c, decision: "accepted" }));
const declineAgent = caseAction("authorization-declined", caseActionSchema, (c) => reviewAgentAuthorization(c.db, { ...c, decision: "declined" }));
const decide = caseAction("decided", decideAppealSchema, (c, { outcome, explanation }) => decideAppeal(c.db, { ...c, outcome, explanation }));
// The details KVKK or 152-FZ require, obtained later: the posted fields travel on, checked for the portal's law by the use case;
// a refusal comes back to the form, each on its field with what was typed, and the recorded details go to the page, its gap closed.
const identity = staffAction({ role: "agent", schema: caseActionSchema.catchall(z.string()), portalOf: caseFromForm }, async (ctx) => {
  const c = caseContext(ctx);
  await recordIdentityDetails(c.db, { ...c, posted: ctx.input });
  redirect(`/staff/requests/${c.request.id}?done=identity-recorded`);
});

export type IdentityFormState = ActionState<never, Record<string, string>>;

export async function assignAction(formData: FormData) {
  await assign(formData);
}

export async function startAction(formData: FormData) {
  await start(formData);
}

export async function askAction(formData: FormData) {
  await ask(formData);
}

export async function extendAction(formData: FormData) {
  await extend(formData);
}

export async function rejectAction(formData: FormData) {
  await reject(formData);
}

export async function noteAction(formData: FormData) {
  await note(formData);
}

/** The deletion checklist: for each category, "deleted" or a basis id, with its keep-until date (and an anchored basis's anchor date). */
export async function completeDeletionAction(formData: FormData) {
  await completeChecklist(formData);
}

export async function completeOtherAction(formData: FormData) {
  await completeOther(formData);
}

export async function mergeDuplicateAction(formData: FormData) {
  await merge(formData);
}

export async function keepDuplicateAction(formData: FormData) {
  await keep(formData);
}

export async function decideAppealAction(formData: FormData) {
  await decide(formData);
}

/** Triage of an emailed request: confirm its type. */
export async function confirmTypeAction(formData: FormData) {
  await triage(formData);
}

/** Triage of an emailed request: end it as not a request, without emailing the sender. */
export async function notARequestAction(formData: FormData) {
  await dismiss(formData);
}

/** Staff accept or decline an authorized agent's signed permission (11 CCR §7063). */
export async function acceptAgentAction(formData: FormData) {
  await acceptAgent(formData);
}

export async function declineAgentAction(formData: FormData) {
  await declineAgent(formData);
}

/** The identity details KVKK or 152-FZ require, recorded once obtained from the requester of a request that came without them. */
export async function recordIdentityAction(prev: IdentityFormState, posted?: FormData): Promise<IdentityFormState> {
  return identity(prev, posted);
}
