/** The outbox of failed emails, as admins read it. */
export const staffOutbox = {
  title: "Outbox",
  heading: "Outbox: failed messages",
  intro: "The sender retries with growing pauses and gives up after the configured number of attempts. Fix the cause (the address, the SMTP server), then resend.",
  resent: (id: string) => `Message ${id} is queued again.`,
  queued: "Queued",
  to: "To",
  subject: "Subject",
  request: "Request",
  attempts: "Attempts",
  lastError: "Last error",
  resend: "Resend",
  staffEmail: "staff email",
  none: "No failed messages.",
  /** An instant the sender logged, in UTC (a mail server's log is in UTC too). */
  utc: (when: string) => `${when} UTC`,
};
