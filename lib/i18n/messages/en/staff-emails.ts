import { formatDate } from "../../../deadlines/dates";
import { plural } from "../../plural";

const n = (count: number, one: string, other: string) => plural("en-GB", count, { one, other });

/** Why a member gets a deadline reminder; some reasons name the portal. */
const WHY: Record<"assignee" | "unassigned" | "escalation", (portal: string) => string> = {
  assignee: () => "You get this because the request is assigned to you.",
  unassigned: (portal) => `You get this because nobody is assigned to the request and you are an agent or admin of ${portal}.`,
  escalation: (portal) => `You are copied because the request is overdue and you are an admin of ${portal}.`,
};

/** Emails to staff, in the recipient's language. Functions take plain text; the templates escape it for HTML. */
export const staffEmails = {
  /** A calendar date (YYYY-MM-DD) as staff read it in an email, e.g. "Mon 26 Jan 2026". */
  day: (date: string) => formatDate(date),
  footer: "You are receiving this email as a member of a privacy team on Rightsdesk.",
  openRequest: "Open the request",
  facts: { reference: "Reference", portal: "Portal", type: "Type", due: "Due", refuseBy: "Refuse in writing by", extendBy: "Extend by" },
  deadlineReminder: {
    subject: (heading: string, portal: string) => `${heading} at ${portal}`,
    overdue: (due: string) => `This request was due on ${due} and has not been answered. Answer it, or record why it is late, as soon as you can.`,
    due: (due: string) => `This request must be answered by the end of ${due}.`,
    why: WHY,
  },
  extensionDecision: {
    subject: (by: string, reference: string, portal: string) => `Decide on an extension by ${by}: ${reference} at ${portal}`,
    heading: (by: string) => `Decide on an extension by ${by}`,
    intro: (reference: string, by: string) =>
      `Less than a third of the time to answer ${reference} is left. If it needs more time, extend the deadline and give the reason: the requester must be told by ${by}.`,
    after: (by: string, due: string) => `After ${by} the deadline can no longer be extended, and the request is due on ${due}.`,
  },
  digest: {
    subject: (overdue: string, dueThisWeek: string) => `Rightsdesk digest: ${overdue} overdue, ${dueThisWeek} due this week for you`,
    heading: "Your requests today",
    overdue: "Overdue in your portals",
    dueThisWeek: "Assigned to you, due within 7 days",
    more: "The lists are cut short; the queue has the rest.",
    openQueue: "Open the queue",
  },
  signIn: {
    subject: "Sign in to Rightsdesk",
    intro: "Open the link and press the button to sign in to the privacy team's workspace.",
    button: "Sign in",
    expires: (minutes: number) => `The link works once, for ${n(minutes, "# minute", "# minutes")}.`,
    ignore: "If you did not ask to sign in, ignore this email: nobody can sign in without the link.",
  },
  lockout: {
    subject: "Password sign-in paused after failed attempts",
    heading: "Someone entered a wrong password for your account",
    what: (failures: number, email: string, until: string) =>
      `There were ${failures} sign-in attempts with a wrong password for ${email} in a short time, so password sign-in for this address is paused until ${until}. Each further pause is longer.`,
    ifYou: "If it was you, wait until then, or sign in with a link sent to this address, which still works.",
    button: "Sign in with an emailed link",
    ifNotYou: "If it was not you, someone may be guessing your password: tell your Rightsdesk administrator, and do not use this password anywhere else.",
  },
  invitation: {
    subject: (portal: string) => `You have been added to ${portal} on Rightsdesk`,
    heading: (portal: string) => `Join the privacy team of ${portal}`,
    added: {
      viewer: (by: string, portal: string) => `${by} has added you to ${portal}'s data-subject-rights workspace as a viewer.`,
      agent: (by: string, portal: string) => `${by} has added you to ${portal}'s data-subject-rights workspace as an agent.`,
      admin: (by: string, portal: string) => `${by} has added you to ${portal}'s data-subject-rights workspace as an admin.`,
    },
    work: {
      viewer: "As a viewer you can read every request, the retention register and the audit log, and export them; you cannot change anything.",
      agent: "As an agent you work the request queue: verify, answer, extend, complete or reject requests, and record what was deleted or kept.",
      admin: "As an admin you also configure the portal: request types, deadlines, the retention catalogue and its staff.",
    },
    button: "Sign in",
    how: "Sign in with this email address: we will send you a link that signs you in.",
    unexpected: (by: string) => `If you did not expect this, ask ${by} about it, or ignore this email: nobody can sign in as you without access to this mailbox.`,
    anAdmin: "An admin",
  },
  webhookDisabled: {
    subject: (portal: string) => `Webhook endpoint of ${portal} disabled`,
    heading: "A webhook endpoint stopped receiving events",
    intro: (portal: string) => `Rightsdesk could not deliver events to a webhook endpoint of ${portal}, so it has stopped sending to it.`,
    endpoint: "Endpoint",
    reason: "Reason",
    missed: "Events that were waiting for it were not delivered. Once the receiver works again, enable the endpoint and redeliver the events it missed from its delivery log.",
    button: "Open the webhooks page",
  },
  retention: {
    subject: (reference: string, category: string) => `Purge due: ${reference}, ${category}`,
    heading: "A retention period has ended",
    ended: (category: string, reference: string, basis: string, date: string) => `The period for ${category} of ${reference} under ${basis} ended on ${date}.`,
    purge: "Purge it and confirm in the register. Until the purge is confirmed, this reminder comes back every week.",
    facts: { portal: "Portal", request: "Request", category: "Data category", keptUnder: "Kept under", keptUntil: "Kept until" },
    button: "Open the retention register",
  },
};
