import "server-only";
import type { z } from "zod";
import type { Reader } from "../../../db/client";
import { listDeletionOutcomes, listRetentionBases } from "../../../db/queries/cases";
import { listRequestEvents } from "../../../db/queries/events";
import { getUserByEmail, getUserById } from "../../../db/queries/staff";
import type { DsrRequest } from "../../../db/schema";
import { assignRequest } from "../../cases/assign";
import { askRequester } from "../../cases/clarify";
import { completeAccess } from "../../cases/complete-access";
import { completeDeletion, type CategoryOutcome } from "../../cases/complete-deletion";
import { completeWithResolution } from "../../cases/complete-other";
import { extendDeadline } from "../../cases/extend";
import { decodeCursor, encodeCursor, staffQueue } from "../../cases/queue";
import { rejectRequest } from "../../cases/reject";
import { addNote, startWork } from "../../cases/work";
import { CaseError } from "../../cases/shared";
import { DomainError } from "../../staff/errors";
import type { ApiCase, ApiContext } from "./kernel";
import type { CompletionBody, listQuerySchema, requestDetailSchema, requestListSchema } from "./schemas";

type Ctx = Pick<ApiContext<unknown>, "key" | "by" | "db" | "now" | "appUrl">;

/** A page of the key's portal's queue, with the staff queue's filters and order. */
export async function listRequests(ctx: Ctx, query: z.output<typeof listQuerySchema>): Promise<z.input<typeof requestListSchema>> {
  const { rows, next } = await staffQueue(
    {
      portalIds: [ctx.key.portalId],
      userId: "",
      now: ctx.now,
      status: query.status,
      type: query.type,
      assignee: query.assignee,
      overdue: query.overdue,
      dueWithinDays: query.dueWithinDays,
      search: query.q,
    },
    { after: decodeCursor(query.cursor), limit: query.limit },
    ctx.db,
  );
  return {
    data: rows.map((r) => ({ id: r.reference, type: r.type, status: r.status, dueDate: r.dueDate, dueAt: r.dueAt?.toISOString() ?? null, assignee: r.assignee, possibleDuplicate: r.possibleDuplicate })),
    nextCursor: next ? encodeCursor(next) : null,
  };
}

/** Everything staff see about a request: its deadline with the engine's steps, its whole trail, what a deletion kept. */
export async function requestDetail(db: Reader, { request }: ApiCase): Promise<z.input<typeof requestDetailSchema>> {
  const [events, outcomes, assignee] = await Promise.all([
    listRequestEvents(db, { requestId: request.id }),
    listDeletionOutcomes(db, { requestId: request.id }),
    request.assigneeId ? getUserById(db, { id: request.assigneeId }) : undefined,
  ]);
  return {
    id: request.reference,
    type: request.type,
    status: request.status,
    channel: request.channel,
    email: request.email,
    name: request.name,
    language: request.language,
    accountId: request.accountId,
    details: request.details,
    receivedAt: request.receivedAt.toISOString(),
    verifiedAt: request.verifiedAt?.toISOString() ?? null,
    closedAt: request.closedAt?.toISOString() ?? null,
    assignee: assignee?.email ?? null,
    resolution: request.resolution,
    rejectionReason: request.rejectionReason,
    deadline: deadlineOf(request),
    events: events.map((e) => ({ type: e.type, actor: e.actor, at: e.at.toISOString(), public: e.public, data: e.data })),
    retentionOutcomes: outcomes.map((o) => ({ category: o.category, kept: o.kept, basis: o.basisKey, keepUntil: o.keepUntil, purgedAt: o.purgedAt?.toISOString() ?? null })),
  };
}

function deadlineOf(request: DsrRequest) {
  if (!request.dueAt || !request.dueDate) return null;
  return {
    dueDate: request.dueDate,
    dueAt: request.dueAt.toISOString(),
    extended: request.extendedAt !== null,
    extensionNoticeBy: request.extensionNoticeBy,
    acknowledgeBy: request.acknowledgeBy,
    refusalBy: request.refusalBy,
    provisional: request.deadlineProvisional,
    steps: request.deadlineSteps ?? [],
  };
}

export function startApi(ctx: Ctx, c: ApiCase) {
  return startWork(ctx.db, { ...ctx, request: c.request });
}

export function addApiNote(ctx: Ctx, c: ApiCase, text: string) {
  return addNote(ctx.db, { ...ctx, request: c.request, body: text });
}

/** Assigns to a member by email address; an address that is no agent of the portal is refused as the staff form refuses it. */
export async function assignApi(ctx: Ctx, c: ApiCase, assignee: string | null) {
  const user = assignee === null ? null : await getUserByEmail(ctx.db, { email: assignee.trim().toLowerCase() });
  if (user === undefined) throw new CaseError("assignee_not_agent");
  await assignRequest(ctx.db, { ...ctx, request: c.request, assigneeId: user?.id ?? null });
}

export function askApi(ctx: Ctx, c: ApiCase, question: string) {
  return askRequester(ctx.db, { ...ctx, ...c, question });
}

export function extendApi(ctx: Ctx, c: ApiCase, reason: string) {
  return extendDeadline(ctx.db, { ...ctx, ...c, reason });
}

export function rejectApi(ctx: Ctx, c: ApiCase, { reason, message }: { reason: string; message: string }) {
  return rejectRequest(ctx.db, { ...ctx, ...c, reason, message });
}

/**
 * Completes a deletion (its checklist, bases named by their catalogue key) or
 * another type with a resolution; an access request's export comes as a file.
 */
export async function completeApi(ctx: Ctx, c: ApiCase, body: CompletionBody) {
  if ("resolution" in body) return completeWithResolution(ctx.db, { ...ctx, ...c, resolution: body.resolution, effectiveFrom: body.effectiveFrom });
  const bases = new Map((await listRetentionBases(ctx.db, { portalId: c.portal.id })).map((b) => [b.key, b.id]));
  const outcomes: CategoryOutcome[] = body.outcomes.map((o, i) => {
    if (!o.kept) return o;
    const basisId = bases.get(o.basis);
    if (basisId === undefined) throw new DomainError("checklist_basis_not_for_category", { field: `outcomes.${i}.basis` });
    return { category: o.category, kept: true, basisId, keepUntil: o.keepUntil, anchorDate: o.anchorDate };
  });
  return completeDeletion(ctx.db, { ...ctx, ...c, outcomes });
}

export function completeAccessApi(ctx: Ctx, c: ApiCase, file: { name: string; bytes: Buffer }) {
  return completeAccess(ctx.db, { ...ctx, ...c, file });
}
