/** Staff-facing words of email intake (issue 14): the request page's email and triage panels, the queue's badge and filter. */
export const staffInbound = {
  email: {
    heading: "Received by email",
    from: "From",
    subject: "Subject",
    arrived: "Arrived",
    outcome: { request: "Opened this request", answer: "Reply from the requester", ignored: "Ignored" },
    proved: (domain: string) => `Sender proved by the message's own authentication (aligned with ${domain}).`,
    notProved: "Sender not proved by the message's authentication: the requester confirms the address by the emailed link.",
    checks: (spf: string, dkim: string, dmarc: string) => `SPF ${spf}, DKIM ${dkim}, DMARC ${dmarc}`,
    attachments: "Attachments",
    download: "Download",
    size: (kb: string) => `${kb} KB`,
  },
  triage: {
    heading: "Needs triage",
    intro: "This request arrived by email. Its deadline runs from the message's arrival whatever is decided here.",
    suggested: (label: string) => `The classifier suggests: ${label}.`,
    noSuggestion: "No keyword matched: the type shown is the portal's first, not a guess.",
    type: "Request type",
    confirm: "Confirm type",
    dismiss: "Not a request",
    dismissHelp: "Ends it without emailing the sender; the trail records who did it. An unconfirmed one is erased.",
  },
  queue: { badge: "needs triage", filter: "Needs triage only" },
  done: { triaged: "Done: type confirmed.", dismissed: "Done: closed as not a request." },
};
