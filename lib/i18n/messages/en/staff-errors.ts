import { API_KEY_SCOPES } from "../../../api-keys/scopes";
import { MAX_API_KEY_DAYS } from "../../../validation/api-keys";
import { MAX_BACKDATE_DAYS, MAX_EXPORT_BYTES, MAX_MESSAGE } from "../../../cases/limits";
import { plural } from "../../plural";
import { staffAgentForm } from "./staff-agent-form";

/** What a parameterised text may be given; every parameter is optional, since a code from a URL comes without any. */
export type ErrorParams = Record<string, unknown>;
type Params = ErrorParams;

const num = (value: number) => new Intl.NumberFormat("en-GB").format(value);
/** A parameter given as text, else the words that stand in for it. */
export const paramText = (value: unknown, otherwise: string) => (typeof value === "string" ? value : otherwise);

/**
 * Every refusal a staff page can show, by code (lib/staff/errors.ts). A few
 * texts name what was refused (an address, a basis): they take parameters,
 * which only server code passes, never a URL.
 */
export const staffErrors = {
  unknown: "That did not work. Reload the page and try again.",
  codes: {
    forbidden: "Your role on this portal cannot do this.",
    transition_not_allowed: "That cannot be done while the request has its current status.",
    changed_meanwhile: "The request changed meanwhile; reload and try again.",
    no_deadline_policy: "This request has no deadline policy; it was never verified.",
    assign_closed: "A closed request cannot be reassigned.",
    assignee_not_agent: "Requests can only be assigned to agents and admins of their portal.",
    question_empty: "The question cannot be empty.",
    question_too_long: `The question can be at most ${num(MAX_MESSAGE)} characters.`,
    answer_empty: "The answer cannot be empty.",
    answer_too_long: `The answer can be at most ${num(MAX_MESSAGE)} characters.`,
    note_empty: "A note cannot be empty.",
    note_too_long: `A note can be at most ${num(10_000)} characters.`,
    extension_reason_required: "An extension needs a reason: the requester is told it.",
    extension_reason_too_long: `The reason can be at most ${num(5_000)} characters.`,
    extension_closed: "A closed request cannot be extended.",
    extension_already: "This request has already been extended; the law allows one extension.",
    extension_not_allowed: "This request's regime allows no extension.",
    extension_too_late: "Too late to extend: the requester had to be told by the extension notice date shown with the deadline.",
    extension_not_computable: "The extended deadline cannot be computed under this request's regime.",
    rejection_reason_required: "Choose a reason for the rejection.",
    rejection_ground_not_in_regime: "That reason is not a ground for rejection under this request's law: choose one of the grounds offered.",
    rejection_message_required: 'A rejection for "other" reasons needs a message that explains it.',
    rejection_message_too_long: `The message can be at most ${num(5_000)} characters.`,
    own_completion_form: "This request type is completed with its own form.",
    resolution_required: "Say what was changed or stopped: the requester is told.",
    resolution_too_long: `The description can be at most ${num(5_000)} characters.`,
    effective_date_invalid: "The date it takes effect must be a date (YYYY-MM-DD).",
    checklist_not_deletion: "Only a deletion request is completed with a deletion checklist.",
    checklist_incomplete: "Mark every data category exactly once, as deleted or kept.",
    checklist_basis_required: "Every kept category needs its legal basis from the portal's catalogue.",
    checklist_keep_until_invalid: "Every kept category needs a keep-until date after today.",
    checklist_category_always_deleted: "A category that is always deleted (no retention basis allows keeping it) was marked as kept.",
    checklist_basis_not_for_category: "A category was kept under a basis not allowed for it: choose one of the bases its row offers.",
    checklist_anchor_required: "A basis counted from a date (such as the user's last payment) needs that date.",
    checklist_keep_until_too_early: "A keep-until date is earlier than its basis allows: at least the basis's period from the date it counts from.",
    checklist_basis_elapsed: "That basis's period has already run out (counted from the date given): the data must be deleted, not kept.",
    export_not_for_type: "Only access and portability requests are answered with an export.",
    export_file_type: "The export must be a .json, .csv or .zip file.",
    export_empty: "The export file is empty.",
    export_too_large: `The export can be at most ${MAX_EXPORT_BYTES / 1024 / 1024} MB.`,
    intake_needs_agent: "Recording requests needs an agent's or admin's role on this portal.",
    intake_channel_required: "Choose how the request was received.",
    intake_evidence_too_long: `The identity evidence can be at most ${num(1_000)} characters, on one line.`,
    intake_evidence_required: 'Say how the requester\'s identity was established, e.g. "sent from the registered address".',
    intake_received_at_required: "Give the date and time the request was received.",
    intake_received_in_future: "The request cannot have been received in the future.",
    intake_backdated_too_far: `A receipt can be back-dated by at most ${plural("en-GB", MAX_BACKDATE_DAYS, { one: "# day", other: "# days" })}.`,
    text_bad_character: "The text contains an invisible control or text-direction character (often pasted from another document): type it again without it.",
    outbox_not_failed: "That message is no longer failed: it was resent or delivered meanwhile.",
    duplicate_not_flagged: "This request is not flagged as a possible duplicate.",
    duplicate_earlier_gone: "The earlier request is no longer being answered (closed, withdrawn or merged itself); keep this one instead.",
    duplicate_other_type: "The earlier request is now of another type (its type was changed at triage): keep this one instead.",
    duplicate_earlier_in_triage: "The earlier request came by email and its type is not yet confirmed: confirm it at triage first.",
    duplicate_other_address: "The earlier request came from another address (it matched by account ID only): keep this one, or reject it in its own right.",
    appeal_only: "Only an appeal is decided with this form.",
    appeal_outcome_required: "Choose whether the appeal is granted or denied.",
    appeal_explanation_required: "Explain the decision: the law requires a written explanation of its reasons.",
    appeal_explanation_too_long: `The explanation can be at most ${num(5_000)} characters.`,
    invalid_input: "Some of what was sent is not valid. Reload the page and try again.",
    // Settings and staff members.
    member_already: (p: Params) =>
      `${paramText(p.email, "That address")} is already a member of ${paramText(p.portal, "this portal")}: change their role in the list instead.`,
    member_not_found: "That person is not a member of this portal.",
    member_role_required: "Choose a role: viewer, agent or admin.",
    last_admin: "You are this portal's last admin: make another member an admin before you step down or leave.",
    contact_invalid: "Enter the operator's address, like privacy@example.com.",
    api_key_not_found: "That API key does not exist on this portal.",
    retention_basis_in_use: (p: Params) => {
      const bases = Array.isArray(p.bases) ? (p.bases as { key: string; label: string; uses: number }[]) : [];
      if (bases.length === 0) return "A retention basis that kept records cite cannot be removed. Keep it, or edit its label and statute instead.";
      const list = bases.map((b) => `"${b.label}" (${b.key}) is the basis of ${plural("en-GB", b.uses, { one: "# kept record", other: "# kept records" })}`).join("; ");
      return `${list}, so it cannot be removed. Keep it, or edit its label and statute instead.`;
    },
    // Webhooks.
    webhook_url_refused: (p: Params) => `The URL ${paramText(p.reason, "cannot receive webhooks: give a public http(s) URL")}.`,
    webhook_events_required: "Choose at least one event to send.",
    webhook_not_found: "That webhook endpoint no longer exists.",
    webhook_delivery_not_found: "That delivery no longer exists.",
    // Email intake (issue 14).
    triage_not_needed: "This request does not wait for triage.",
    triage_type_not_offered: "Choose one of the request types this portal offers.",
    mailbox_password_required: "Enter the mailbox's password: none is stored yet.",
    mailbox_not_found: "This portal has no mailbox connected.",
    // Authorized agents on the web form (issue 15).
    agent_authorization_pending: staffAgentForm.errors.pending,
    agent_authorization_declined: staffAgentForm.errors.declined,
    agent_consumer_not_confirmed: staffAgentForm.errors.notConfirmed,
    agent_already_reviewed: staffAgentForm.errors.alreadyReviewed,
    agent_not_agent_request: staffAgentForm.errors.notAgentRequest,
    // Authorized agents over DRP (issue 15).
    drp_agent_id_invalid: "The agent id is the DRP directory's: capital letters and underscores only, such as PERMISSION_SLIP.",
    drp_agent_name_required: "Give the agent's name, at most 200 characters.",
    drp_verify_key_invalid: "The verify key must be the agent's 32-byte Ed25519 public key, in base64 (44 characters) or hex (64).",
    drp_contact_too_long: "The contact can be at most 200 characters.",
    drp_agent_exists: "An agent with this id is already registered on this portal.",
    drp_agent_not_found: "That agent is not registered on this portal.",
    drp_token_not_found: "That token does not exist on this portal or is already revoked.",
    drp_business_id_invalid: "The business id is at most 100 letters, digits, underscores, hyphens or full stops.",
    // The forms for members, API keys and webhooks (issue 16).
    member_email_invalid: "Enter an email address such as name@example.com.",
    member_email_too_long: `The address can be at most ${num(254)} characters.`,
    api_key_name_required: "Give the key a name, such as the system that will use it.",
    api_key_name_too_long: `The name can be at most ${num(100)} characters.`,
    api_key_scopes_required: "Choose at least one scope.",
    api_key_scope_unknown: `Unknown scope: choose from ${API_KEY_SCOPES.join(", ")}.`,
    api_key_expiry_invalid: `The expiry must be a whole number of days from 1 to ${num(MAX_API_KEY_DAYS)}, or none.`,
    webhook_url_required: "Enter the URL that receives the events, such as https://example.com/webhooks.",
    webhook_url_too_long: `The URL can be at most ${num(2_000)} characters.`,
    webhook_event_unknown: "One of the chosen events is not one this desk sends: reload the page and choose again.",
  },
};
