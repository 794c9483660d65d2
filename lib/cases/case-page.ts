import "server-only";
import { getDb, type Reader } from "../../db/client";
import { listMessages, listNotes, listRetentionBases } from "../../db/queries/cases";
import { listRequestEvents } from "../../db/queries/events";
import { listRequestInbound } from "../../db/queries/inbound";
import { getPortalById } from "../../db/queries/portals";
import { findAppealOf, getRequestReference } from "../../db/queries/related";
import { listMembers } from "../../db/queries/staff";
import type { DsrRequest } from "../../db/schema";
import { atLeast } from "../staff/roles";
import { freeLimitExceeded } from "./free-limit";
import { getRequestAgent } from "../../db/queries/request-agents";

/**
 * What the staff request page shows beside the request itself: its portal, the
 * messages, notes and trail, the members it can be assigned to, the retention
 * bases a deletion's checklist offers, the requests it is tied to, and for an
 * emailed request the emails it came with (attachments listed, not loaded).
 */
export async function loadCasePage(request: DsrRequest, db: Reader = getDb()) {
  const portal = (await getPortalById(db, { id: request.portalId }))!; // a request's portal cannot be deleted under it
  const [messages, notes, events, members, retentionBases, related, inbound, authorizedAgent] = await Promise.all([
    listMessages(db, { requestId: request.id }),
    listNotes(db, { requestId: request.id }),
    listRequestEvents(db, { requestId: request.id }),
    listMembers(db, { portalId: portal.id }),
    request.type === "deletion" ? listRetentionBases(db, { portalId: portal.id }) : Promise.resolve([]),
    loadRelated(request, db),
    request.channel === "email" ? listRequestInbound(db, { requestId: request.id }) : Promise.resolve([]),
    getRequestAgent(db, { requestId: request.id }),
  ]);
  return { portal, messages, notes, events, agents: members.filter((m) => atLeast(m.role, "agent")), retentionBases, related, inbound, authorizedAgent };
}

/** Other requests this one is tied to: the decision it appeals or its appeal, a possible duplicate, the free-request limit. */
async function loadRelated(request: DsrRequest, db: Reader) {
  const [appeal, appealOf, duplicateOf, overLimit] = await Promise.all([
    findAppealOf(db, { requestId: request.id }),
    request.appealOf === null ? undefined : getRequestReference(db, { id: request.appealOf }),
    request.duplicateOf === null ? undefined : getRequestReference(db, { id: request.duplicateOf }),
    freeLimitExceeded(db, { request }),
  ]);
  return { appeal, appealOf, duplicateOf, overLimit };
}

export type RelatedRequests = Awaited<ReturnType<typeof loadRelated>>;
