import type { Channel, RequestStatus } from "../../../../db/schema";
import type { RequestType } from "../../../deadlines";
import { plural } from "../../plural";

const n = (count: number, one: string, other: string) => plural("en-GB", count, { one, other });

/**
 * The staff desk in the privacy team's words (issue 16): a request's type and
 * status as staff name them, apart from the requester's own wording in
 * `requestTypes` and `portal.status`.
 */
export const staff = {
  product: "Rightsdesk",
  language: { label: "Language", choose: "Change" },
  nav: {
    label: "Workspace",
    queue: "Queue",
    record: "Record a request",
    retention: "Retention register",
    reports: "Reports",
    outbox: "Outbox",
    settings: "Settings",
    signOut: "Sign out",
    signOutEverywhere: "Sign out everywhere",
  },
  types: {
    access: "Access",
    deletion: "Deletion",
    correction: "Correction",
    restriction: "Restriction (blocking)",
    objection: "Objection",
    portability: "Portability",
    "consent-withdrawal": "Consent withdrawal",
    "stop-processing": "Cessation of processing",
    "notify-recipients": "Notify recipients",
    appeal: "Appeal",
  } satisfies Record<RequestType, string>,
  statuses: {
    submitted: "Email not confirmed",
    open: "Open",
    in_progress: "In progress",
    awaiting_requester: "Waiting for the requester",
    completed: "Completed",
    rejected: "Rejected",
    withdrawn: "Withdrawn",
    expired: "Expired unconfirmed",
  } satisfies Record<RequestStatus, string>,
  channels: { web: "the portal", api: "the API", email: "email", phone: "phone", post: "post", agent: "an authorized agent (DRP)" } satisfies Record<Channel, string>,
  roles: { viewer: "viewer", agent: "agent", admin: "admin" },
  daysLeft: {
    overdue: (days: number) => `overdue by ${n(days, "# day", "# days")}`,
    today: "due today",
    left: (days: number) => n(days, "# day left", "# days left"),
  },
  queue: {
    title: "Queue",
    heading: "Requests",
    filters: "Filter the queue",
    portal: "Portal",
    allPortals: "All my portals",
    type: "Type",
    any: "Any",
    status: "Status",
    openAny: "Open (any)",
    assignee: "Assignee",
    anyone: "Anyone",
    mine: "Mine",
    unassigned: "Unassigned",
    dueWithin: "Due within (days)",
    overdueOnly: "Overdue only",
    search: "Reference or email",
    filter: "Filter",
    reference: "Reference",
    due: "Due",
    possibleDuplicate: "possible duplicate",
    none: "No requests match.",
    next: (count: number) => `Next ${count} →`,
  },
  dashboard: {
    keyFigures: "Key figures",
    open: "Open requests",
    overdue: "Overdue",
    dueThisWeek: "Due in the next 7 days",
    onTime: "Completed on time, last 90 days",
    median: "Median days to close, last 90 days",
    noneCompleted: "none completed in the last 90 days",
    chartHeading: "Received and completed per week",
    chartHint: (weeks: number) =>
      `The last ${weeks} weeks, each starting on Monday (UTC). In each week the left bar counts requests received, the right bar, striped, those completed.`,
    received: "Received",
    completed: "Completed",
    chartTitle: "Requests received and completed per week, by type",
    chartDescription: (from: string, received: number, completed: number) =>
      `Weeks from ${from}: ${received} received and ${completed} completed in all. The table below gives each week's figures.`,
    weekStarting: "Week starting",
    series: { received: "received", completed: "completed" },
  },
  signIn: {
    title: "Staff sign-in",
    heading: "Staff sign-in",
    workEmail: "Work email",
    emailLink: "Email me a sign-in link",
    withPassword: "Or with a password",
    password: "Password",
    signIn: "Sign in",
    wrongPassword: "That email and password do not match a staff member.",
    linkExpired: "That sign-in link has expired or was already used. Ask for a new one.",
    failed: "Sign-in failed. Please try again.",
    limited: (minutes: number | null) =>
      `Too many sign-in attempts: password sign-in is paused for this address or from this network. Try again in ${minutes === null ? "a few minutes" : n(minutes, "# minute", "# minutes")}, or ask for a sign-in link by email.`,
    checkEmailTitle: "Check your email",
    checkEmail: "If that address belongs to a staff member, a sign-in link is on its way. It works once, for 15 minutes.",
    checkEmailLimit:
      "Only a few links are sent to one address in a short time: if none arrives, use the newest one you already have, or wait a quarter of an hour before asking again.",
    confirmTitle: "Sign in",
    confirmHeading: "Sign in to Rightsdesk",
    invalidLink: "This sign-in link is not valid",
    invalidLinkHint: "Ask for a new link on the sign-in page.",
  },
};
