/**
 * Email copy. Functions take the values to interpolate as plain text; the
 * templates escape them for HTML.
 */
export const emails = {
  layout: {
    linkFallback: "If the button does not work, copy this link into your browser:",
    footer: (portal: string) => `You are receiving this email because this address was given in a privacy request to ${portal}.`,
  },
  verification: {
    subject: (portal: string) => `Confirm your email address for ${portal}`,
    heading: "Confirm your email address",
    intro: (portal: string) => `Please confirm your email address to send your privacy request to ${portal}.`,
    howTo: "The link opens a page with a confirmation button. Your request is sent once you press it.",
    button: "Confirm my email address",
    expires: (hours: number) => `The link works for ${hours} ${hours === 1 ? "hour" : "hours"}.`,
    ignore: "If you did not make this request, ignore this email: nothing will happen.",
  },
  verificationReminder: {
    subject: (portal: string) => `Reminder: your request to ${portal} is waiting for confirmation`,
    heading: "Your request is waiting",
    intro: (portal: string) => `Your privacy request to ${portal} has not been sent yet: we still need you to confirm your email address.`,
    deletion: (days: number) => `If you do not confirm it, the request will be deleted ${days} ${days === 1 ? "day" : "days"} after you submitted it.`,
    freshLink: "Here is a new link. It opens a page with a confirmation button.",
  },
  acknowledgement: {
    subject: (portal: string, reference: string) => `Request ${reference} received by ${portal}`,
    heading: "Your request has been received",
    intro: (portal: string) => `Thank you for confirming your email address. Your request has been sent to ${portal}.`,
    reference: "Reference",
    type: "Request",
    deadline: (portal: string, date: string) => `${portal} must answer your request by ${date}.`,
    nextHeading: "What happens next",
    next: [
      "The privacy team reviews your request.",
      "If they need more information, they will ask you by email.",
      "The status page shows how your request is progressing. You can also withdraw it there.",
    ],
    button: "View request status",
    keepLink: "Keep this email: the link is your way back to the status page.",
  },
  withdrawal: {
    subject: (reference: string) => `Request ${reference} withdrawn`,
    heading: "Your request has been withdrawn",
    body: (portal: string, reference: string) => `Your request ${reference} to ${portal} has been withdrawn. Nothing further will be done with it.`,
    newRequest: "If you change your mind, you can send a new request at any time.",
  },
};
