/**
 * What each actor gets from every staff page, requester's page, route handler
 * and server action, against a request of portal A. One row per entry of the app tree
 * (e2e/app-tree.ts); access-matrix.spec.ts fails on an entry without a row and
 * on a row without an entry, so a new route must be given its outcomes here.
 *
 * Outcomes:
 * - "ok": served (200), or the action ran past its session and role checks (it
 *   may still refuse the input it was sent: the input is chosen to change little);
 * - "sign-in": sent to the staff sign-in page;
 * - "404": not found, so another portal's data is not even revealed to exist;
 * - "403": forbidden;
 * - "refused": the action answered with its message that the role cannot do this;
 * - any other status code, for the API ("400": the request's own error; "401": the REST API
 *   takes API keys, never a staff session).
 *
 * In inputs, {A} is portal A's slug, {id} the request's id, {outbox} a failed
 * email of that request, {kept} a kept deletion outcome of it and {hook} a
 * webhook endpoint of portal A.
 */
export const ACTORS = ["anonymous", "viewer", "agent", "adminA", "adminB"] as const;
export type Actor = (typeof ACTORS)[number];
export type Outcome = "ok" | "sign-in" | "404" | "403" | "refused" | "400" | "401";

export interface Row {
  outcomes: Record<Actor, Outcome>;
  /** Form fields sent to an action, or the path filled in for a dynamic route. */
  input?: Record<string, string>;
}

const row = (anonymous: Outcome, viewer: Outcome, agent: Outcome, adminA: Outcome, adminB: Outcome, input?: Record<string, string>): Row => ({
  outcomes: { anonymous, viewer, agent, adminA, adminB },
  input,
});

const STAFF_ACTIONS = "app/(staff)/staff/(workspace)";
const PUBLIC_ACTIONS = "app/(public)/p/[portal]/actions.ts";

// Each row: anonymous, viewer of A, agent of A, admin of A, admin of B only; then the input.
export const MATRIX: Record<string, Row> = {
  // Pages
  "GET /":                                                              row("ok", "ok", "ok", "ok", "ok"),
  "GET /staff/sign-in":                                                 row("ok", "ok", "ok", "ok", "ok"),
  "GET /staff/sign-in/check-email":                                     row("ok", "ok", "ok", "ok", "ok"),
  "GET /staff/sign-in/confirm":                                         row("ok", "ok", "ok", "ok", "ok"),
  "GET /staff":                                                         row("sign-in", "ok", "ok", "ok", "ok"),
  "GET /staff/outbox":                                                  row("sign-in", "404", "404", "ok", "ok"),
  "GET /staff/requests/[id]":                                           row("sign-in", "ok", "ok", "ok", "404"),
  "GET /staff/requests/new":                                            row("sign-in", "ok", "ok", "ok", "ok"),
  "GET /staff/retention":                                               row("sign-in", "ok", "ok", "ok", "ok"),
  "GET /staff/reports":                                                 row("sign-in", "ok", "ok", "ok", "ok"),
  "GET /staff/settings":                                                row("sign-in", "404", "404", "ok", "ok"),
  "GET /staff/calendar":                                                row("sign-in", "ok", "ok", "ok", "ok"),
  "GET /staff/settings/[portal]":                                       row("sign-in", "404", "404", "ok", "404"),
  "GET /staff/settings/[portal]/members":                               row("sign-in", "404", "404", "ok", "404"),
  "GET /staff/settings/[portal]/api-keys":                              row("sign-in", "404", "404", "ok", "404"),
  "GET /staff/settings/[portal]/webhooks":                              row("sign-in", "404", "404", "ok", "404"),
  "GET /staff/settings/[portal]/mailbox":                               row("sign-in", "404", "404", "ok", "404"),
  "GET /staff/settings/[portal]/webhooks/[endpoint]":                   row("sign-in", "404", "404", "ok", "404", { endpoint: "{hook}" }),
  "GET /staff/settings/[portal]/agents":                                 row("sign-in", "404", "404", "ok", "404"),

  // Route handlers
  "POST /staff/audit/[portal]":                                         row("sign-in", "ok", "ok", "ok", "404"),
  "POST /staff/requests/[id]/audit":                                    row("sign-in", "ok", "ok", "ok", "404"),
  "POST /staff/retention/export":                                       row("sign-in", "ok", "ok", "ok", "ok"),
  "POST /staff/reports/export":                                         row("sign-in", "ok", "ok", "ok", "ok"),
  // The access export upload: a case action, as a route so that it streams under its own limit.
  "POST /staff/requests/[id]/export":                                   row("sign-in", "refused", "ok", "ok", "404"),
  // The matrix's request has no attachment (id 0): members of A pass the checks and get the missing file's 404; B's admin the other portal's 404.
  "POST /staff/requests/[id]/attachments/[attachment]":                 row("sign-in", "404", "404", "404", "404", { id: "{id}", attachment: "0" }),
  // The matrix's request was filed by its requester, so members of A get the route's own 404 (no
  // permission to serve); lib/web-agents/agents.test.ts downloads a real one.
  "POST /staff/requests/[id]/agent-permission":                         row("sign-in", "404", "404", "404", "404"),
  "GET /api/health":                                                    row("ok", "ok", "ok", "ok", "ok"),
  "GET /api/health/live":                                               row("ok", "ok", "ok", "ok", "ok"),
  "GET /api/auth/[...nextauth]":                                        row("ok", "ok", "ok", "ok", "ok", { "...nextauth": "session" }),
  "POST /api/auth/[...nextauth]":                                       row("400", "400", "400", "400", "400", { "...nextauth": "session" }),
  "POST /api/v1/portals/[slug]/requests":                               row("400", "400", "400", "400", "400"),
  // DRP (issue 15): a bearer token from a pairwise setup or nothing, whoever is signed in; an unsigned pairing is 403 with no body.
  "POST /drp/[portal]/v1/agent/[agentId]":                              row("403", "403", "403", "403", "403", { agentId: "TEST_AGENT" }),
  "GET /drp/[portal]/v1/agent/[agentId]":                               row("401", "401", "401", "401", "401", { agentId: "TEST_AGENT" }),
  "POST /drp/[portal]/v1/data-rights-request":                          row("401", "401", "401", "401", "401"),
  "GET /drp/[portal]/v1/data-rights-request/[requestId]":               row("401", "401", "401", "401", "401", { requestId: "00000000-0000-0000-0000-000000000000" }),
  "DELETE /drp/[portal]/v1/data-rights-request/[requestId]":            row("401", "401", "401", "401", "401", { requestId: "00000000-0000-0000-0000-000000000000" }),
  "GET /drp/[portal]/callback-key":                                     row("ok", "ok", "ok", "ok", "ok"),
  // The REST API: an API key or nothing, whoever is signed in.
  "GET /api/v1/requests":                                               row("401", "401", "401", "401", "401"),
  "GET /api/v1/requests/[reference]":                                   row("401", "401", "401", "401", "401", { reference: "MVS-0000-0000" }),
  "POST /api/v1/requests/[reference]/start":                            row("401", "401", "401", "401", "401", { reference: "MVS-0000-0000" }),
  "POST /api/v1/requests/[reference]/notes":                            row("401", "401", "401", "401", "401", { reference: "MVS-0000-0000" }),
  "POST /api/v1/requests/[reference]/assignment":                       row("401", "401", "401", "401", "401", { reference: "MVS-0000-0000" }),
  "POST /api/v1/requests/[reference]/questions":                        row("401", "401", "401", "401", "401", { reference: "MVS-0000-0000" }),
  "POST /api/v1/requests/[reference]/extension":                        row("401", "401", "401", "401", "401", { reference: "MVS-0000-0000" }),
  "POST /api/v1/requests/[reference]/rejection":                        row("401", "401", "401", "401", "401", { reference: "MVS-0000-0000" }),
  "POST /api/v1/requests/[reference]/completion":                       row("401", "401", "401", "401", "401", { reference: "MVS-0000-0000" }),
  "GET /api/v1/openapi.json":                                           row("ok", "ok", "ok", "ok", "ok"),
  "GET /docs/api":                                                      row("ok", "ok", "ok", "ok", "ok"),
  // A calendar feed's secret is its only credential: a staff session opens nothing.
  "GET /calendar/[feed]":                                               row("404", "404", "404", "404", "404", { feed: "not-a-feed.ics" }),

  // The requester's pages: the same for everyone, a staff session changes nothing; without a
  // token, status, verify and download pages say the link is not valid, and the file is a 404.
  "GET /p/[portal]":                                                    row("ok", "ok", "ok", "ok", "ok"),
  "GET /p/[portal]/request":                                            row("ok", "ok", "ok", "ok", "ok"),
  "GET /p/[portal]/request/sent":                                       row("ok", "ok", "ok", "ok", "ok"),
  "GET /p/[portal]/verify":                                             row("ok", "ok", "ok", "ok", "ok"),
  "GET /p/[portal]/status":                                             row("ok", "ok", "ok", "ok", "ok"),
  "GET /p/[portal]/download":                                           row("ok", "ok", "ok", "ok", "ok"),
  "POST /p/[portal]/download/file":                                     row("404", "404", "404", "404", "404"),

  // Case actions on the request: agents and admins of portal A only
  [`${STAFF_ACTIONS}/requests/[id]/actions.ts#assignAction`]:           row("sign-in", "refused", "ok", "ok", "404", { id: "{id}", assignee: "" }),
  [`${STAFF_ACTIONS}/requests/[id]/actions.ts#startAction`]:            row("sign-in", "refused", "ok", "ok", "404", { id: "{id}" }),
  [`${STAFF_ACTIONS}/requests/[id]/actions.ts#askAction`]:              row("sign-in", "refused", "ok", "ok", "404", { id: "{id}", question: "" }),
  [`${STAFF_ACTIONS}/requests/[id]/actions.ts#extendAction`]:           row("sign-in", "refused", "ok", "ok", "404", { id: "{id}", reason: "" }),
  [`${STAFF_ACTIONS}/requests/[id]/actions.ts#rejectAction`]:           row("sign-in", "refused", "ok", "ok", "404", { id: "{id}", reason: "" }),
  [`${STAFF_ACTIONS}/requests/[id]/actions.ts#noteAction`]:             row("sign-in", "refused", "ok", "ok", "404", { id: "{id}", note: "" }),
  [`${STAFF_ACTIONS}/requests/[id]/actions.ts#completeDeletionAction`]: row("sign-in", "refused", "ok", "ok", "404", { id: "{id}" }),
  [`${STAFF_ACTIONS}/requests/[id]/actions.ts#completeOtherAction`]:    row("sign-in", "refused", "ok", "ok", "404", { id: "{id}", resolution: "" }),
  [`${STAFF_ACTIONS}/requests/[id]/actions.ts#mergeDuplicateAction`]:   row("sign-in", "refused", "ok", "ok", "404", { id: "{id}" }),
  [`${STAFF_ACTIONS}/requests/[id]/actions.ts#keepDuplicateAction`]:    row("sign-in", "refused", "ok", "ok", "404", { id: "{id}" }),
  // Triage of a request that is not waiting for triage: refused after the checks, changing nothing.
  [`${STAFF_ACTIONS}/requests/[id]/actions.ts#confirmTypeAction`]:      row("sign-in", "refused", "ok", "ok", "404", { id: "{id}", type: "deletion" }),
  [`${STAFF_ACTIONS}/requests/[id]/actions.ts#notARequestAction`]:      row("sign-in", "refused", "ok", "ok", "404", { id: "{id}" }),
  [`${STAFF_ACTIONS}/requests/[id]/actions.ts#decideAppealAction`]:     row("sign-in", "refused", "ok", "ok", "404", { id: "{id}", outcome: "" }),
  [`${STAFF_ACTIONS}/requests/[id]/actions.ts#acceptAgentAction`]:      row("sign-in", "refused", "ok", "ok", "404", { id: "{id}" }),
  [`${STAFF_ACTIONS}/requests/[id]/actions.ts#declineAgentAction`]:     row("sign-in", "refused", "ok", "ok", "404", { id: "{id}" }),
  [`${STAFF_ACTIONS}/requests/[id]/actions.ts#recordIdentityAction`]:   row("sign-in", "refused", "ok", "ok", "404", { id: "{id}" }),
  [`${STAFF_ACTIONS}/requests/new/actions.ts#recordRequestAction`]:     row("sign-in", "refused", "ok", "ok", "404", { portal: "{A}" }),
  [`${STAFF_ACTIONS}/retention/actions.ts#confirmPurgeAction`]:         row("sign-in", "refused", "ok", "ok", "404", { id: "{kept}" }),

  // Admin actions on portal A
  [`${STAFF_ACTIONS}/outbox/actions.ts#resendAction`]:                  row("sign-in", "404", "404", "ok", "404", { id: "{outbox}" }),
  [`${STAFF_ACTIONS}/settings/actions.ts#saveSettingsAction`]:          row("sign-in", "404", "404", "ok", "404", { portal: "{A}" }),
  [`${STAFF_ACTIONS}/settings/actions.ts#confirmContactAction`]:        row("sign-in", "404", "404", "ok", "404", { portal: "{A}", contactEmail: "not an address" }),
  [`${STAFF_ACTIONS}/settings/members-actions.ts#inviteMemberAction`]:  row("sign-in", "404", "404", "ok", "404", { portal: "{A}", email: "not an address" }),
  [`${STAFF_ACTIONS}/settings/members-actions.ts#changeRoleAction`]:    row("sign-in", "404", "404", "ok", "404", { portal: "{A}", userId: "nobody", role: "viewer" }),
  [`${STAFF_ACTIONS}/settings/members-actions.ts#revokeMemberAction`]:  row("sign-in", "404", "404", "ok", "404", { portal: "{A}", userId: "nobody" }),
  // An empty name and an unknown id: the admin's call gets past the checks and changes nothing.
  [`${STAFF_ACTIONS}/settings/api-keys-actions.ts#createApiKeyAction`]: row("sign-in", "404", "404", "ok", "404", { portal: "{A}", name: "" }),
  [`${STAFF_ACTIONS}/settings/api-keys-actions.ts#revokeApiKeyAction`]: row("sign-in", "404", "404", "ok", "404", { portal: "{A}", id: "0" }),
  // Authorized agents: invalid or unknown values, so an admin's call is refused after the checks and changes nothing.
  [`${STAFF_ACTIONS}/settings/agents-actions.ts#registerAgentAction`]: row("sign-in", "404", "404", "ok", "404", { portal: "{A}", agentId: "" }),
  [`${STAFF_ACTIONS}/settings/agents-actions.ts#setAgentStatusAction`]: row("sign-in", "404", "404", "ok", "404", { portal: "{A}", agentId: "NOBODY", status: "suspended" }),
  [`${STAFF_ACTIONS}/settings/agents-actions.ts#revokeAgentTokenAction`]: row("sign-in", "404", "404", "ok", "404", { portal: "{A}", id: "0" }),
  [`${STAFF_ACTIONS}/settings/agents-actions.ts#setBusinessIdAction`]: row("sign-in", "404", "404", "ok", "404", { portal: "{A}", businessId: "not valid!" }),
  // Webhooks: the inputs name no endpoint or delivery (0), so an admin's call is refused after the checks and changes nothing.
  [`${STAFF_ACTIONS}/settings/webhooks-actions.ts#addWebhookAction`]:   row("sign-in", "404", "404", "ok", "404", { portal: "{A}", url: "" }),
  [`${STAFF_ACTIONS}/settings/webhooks-actions.ts#rotateSecretAction`]: row("sign-in", "404", "404", "ok", "404", { portal: "{A}", endpoint: "0" }),
  [`${STAFF_ACTIONS}/settings/webhooks-actions.ts#enableWebhookAction`]: row("sign-in", "404", "404", "ok", "404", { portal: "{A}", endpoint: "0" }),
  [`${STAFF_ACTIONS}/settings/webhooks-actions.ts#disableWebhookAction`]: row("sign-in", "404", "404", "ok", "404", { portal: "{A}", endpoint: "0" }),
  [`${STAFF_ACTIONS}/settings/webhooks-actions.ts#deleteWebhookAction`]: row("sign-in", "404", "404", "ok", "404", { portal: "{A}", endpoint: "0" }),
  [`${STAFF_ACTIONS}/settings/webhooks-actions.ts#redeliverAction`]:    row("sign-in", "404", "404", "ok", "404", { portal: "{A}", endpoint: "{hook}", delivery: "0" }),
  // Mailbox: an empty host is refused after the checks (nothing saved, no connection tried); portal A has no mailbox to remove.
  [`${STAFF_ACTIONS}/settings/mailbox-actions.ts#saveMailboxAction`]:   row("sign-in", "404", "404", "ok", "404", { portal: "{A}", host: "" }),
  [`${STAFF_ACTIONS}/settings/mailbox-actions.ts#testMailboxAction`]:   row("sign-in", "404", "404", "ok", "404", { portal: "{A}", host: "" }),
  [`${STAFF_ACTIONS}/settings/mailbox-actions.ts#removeMailboxAction`]: row("sign-in", "404", "404", "ok", "404", { portal: "{A}" }),

  // Each member's own calendar address, on no portal in particular
  [`${STAFF_ACTIONS}/calendar/actions.ts#createCalendarFeedAction`]:    row("sign-in", "ok", "ok", "ok", "ok"),
  [`${STAFF_ACTIONS}/calendar/actions.ts#revokeCalendarFeedAction`]:    row("sign-in", "ok", "ok", "ok", "ok"),

  // Sessions: signing out ends at the sign-in page whoever asks
  [`${STAFF_ACTIONS}/sign-out-actions.ts#signOutAction`]:               row("sign-in", "sign-in", "sign-in", "sign-in", "sign-in"),
  [`${STAFF_ACTIONS}/sign-out-actions.ts#signOutEverywhereAction`]:     row("sign-in", "sign-in", "sign-in", "sign-in", "sign-in"),
  // Each member picks their own language; the input keeps the desk in English for the other specs.
  [`${STAFF_ACTIONS}/language-actions.ts#chooseLanguageAction`]:         row("sign-in", "ok", "ok", "ok", "ok", { language: "en" }),
  ["app/(staff)/staff/sign-in/actions.ts#magicLinkAction"]:             row("ok", "ok", "ok", "ok", "ok", { email: "" }),
  // A wrong password goes back to the sign-in page with its error.
  ["app/(staff)/staff/sign-in/actions.ts#passwordAction"]:              row("sign-in", "sign-in", "sign-in", "sign-in", "sign-in", { email: "nobody@example.test", password: "wrong" }),

  // The requester's actions: a token or the form decides, never a staff session
  [`${PUBLIC_ACTIONS}#submitRequestAction`]:                            row("ok", "ok", "ok", "ok", "ok", { portal: "{A}" }),
  [`${PUBLIC_ACTIONS}#resendByEmailAction`]:                            row("ok", "ok", "ok", "ok", "ok", { portal: "{A}", email: "" }),
  [`${PUBLIC_ACTIONS}#verifyAction`]:                                   row("ok", "ok", "ok", "ok", "ok", { portal: "{A}", token: "not-a-token" }),
  [`${PUBLIC_ACTIONS}#newLinkAction`]:                                  row("ok", "ok", "ok", "ok", "ok", { portal: "{A}", token: "not-a-token" }),
  [`${PUBLIC_ACTIONS}#withdrawAction`]:                                 row("ok", "ok", "ok", "ok", "ok", { portal: "{A}", token: "not-a-token" }),
  [`${PUBLIC_ACTIONS}#revokeStatusLinksAction`]:                        row("ok", "ok", "ok", "ok", "ok", { portal: "{A}", token: "not-a-token" }),
  [`${PUBLIC_ACTIONS}#appealAction`]:                                   row("ok", "ok", "ok", "ok", "ok", { portal: "{A}", token: "not-a-token", grounds: "x" }),
  [`${PUBLIC_ACTIONS}#answerAction`]:                                   row("ok", "ok", "ok", "ok", "ok", { portal: "{A}", token: "not-a-token", answer: "x" }),
};
