import type { RejectionGroundId } from "../../../deadlines/rejection-grounds";

/**
 * Email copy. Functions take the values to interpolate as plain text; the
 * templates escape them for HTML.
 */
export const emails = {
  layout: {
    linkFallback: "If the button does not work, copy this link into your browser:",
    footer: (portal: string, contact: string) =>
      `You are receiving this email because this address was given in a privacy request to ${portal}. To contact ${portal}, write to ${contact}.`,
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
    /** By the channel the request came in on: only web and API requests were confirmed by a link. */
    intro: {
      web: (portal: string) => `Thank you for confirming your email address. Your request has been sent to ${portal}.`,
      api: (portal: string) => `Thank you for confirming your email address. The request made through ${portal}'s service has been sent to its privacy team.`,
      email: (portal: string) => `${portal} has received the request you sent by email and recorded it under the reference below.`,
      phone: (portal: string) => `${portal} has recorded the request you made by phone under the reference below.`,
      post: (portal: string) => `${portal} has received the request you sent by post and recorded it under the reference below.`,
      agent: (portal: string) => `${portal} has received the request an authorized agent made on your behalf and recorded it under the reference below.`,
    },
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
  clarification: {
    subject: (portal: string, reference: string) => `${portal} needs more information about request ${reference}`,
    heading: "We need more information",
    intro: (portal: string) => `The privacy team at ${portal} needs more information from you before they can answer your request.`,
    questionHeading: "Their question",
    quote: (question: string) => `“${question}”`,
    howToAnswer: "Please answer on the status page: the button below takes you there.",
    button: "Answer on the status page",
    clockPaused: "The time limit for answering your request is paused until you reply. It runs on from the day your answer arrives.",
    clockRuns: "This does not change the deadline for answering your request, but please reply soon so the team can answer in time.",
  },
  extension: {
    subject: (portal: string, reference: string) => `${portal} needs more time to answer request ${reference}`,
    heading: "Your answer will take a little longer",
    intro: (portal: string) => `${portal} needs more time to answer your request. The law allows the time limit to be extended, provided you are told why.`,
    previousDueDate: "Previous deadline",
    newDueDate: "New deadline",
    reasonHeading: "Why more time is needed",
    newDate: (portal: string, date: string) => `${portal} will answer your request by ${date} at the latest.`,
  },
  rejection: {
    subject: (portal: string, reference: string) => `${portal} has declined request ${reference}`,
    heading: "Your request has been declined",
    intro: (portal: string) => `${portal} has reviewed your request and will not carry it out.`,
    reasonHeading: "Why",
    /** The plain sentence for each ground of lib/deadlines/rejection-grounds.ts. */
    reasons: {
      "identity-not-verified": "It could not be confirmed that you are the person the data is about. Acting on the request without that could put someone else's data at risk.",
      "no-data-held": "No personal data about you was found, so there is nothing to act on.",
      "outside-jurisdiction": "The request falls outside the data protection law that applies to this organisation, so that law does not require it to be carried out.",
      duplicate: "The request repeats another request of yours that is already being handled or has already been answered.",
      "manifestly-unfounded-or-excessive": "The request is clearly unfounded or excessive, for example because it repeats the same request again and again, so the law does not require it to be carried out.",
      "unfounded-excessive-or-repetitive": "The request is clearly unfounded, excessive or repetitive, so the law does not require it to be carried out.",
      "erasure-exception": "The law requires or allows the data to be kept for the purpose it is held for, so it cannot be deleted now.",
      "restricted-by-law": "A law restricts this right for the processing concerned.",
      "repeated-request": "The request repeats an earlier one sooner than the law allows a repeat request.",
      "processing-without-consent-allowed": "The law allows the processing to continue without your consent, so withdrawing consent does not stop it.",
      "outside-kvkk-scope": "The processing concerned falls outside the scope of the Turkish data protection law (KVKK).",
      "kvkk-rights-excluded": "The Turkish data protection law (KVKK) excludes these rights for the processing concerned.",
      other: "The privacy team explains the reason below.",
    } satisfies Record<RejectionGroundId, string>,
    /** The provision, already in the requester's language. */
    ground: (article: string) => `Legal ground: ${article}.`,
    messageHeading: "Message from the privacy team",
    complaint: "If you disagree with this decision, you have the right to complain to the data protection authority or to go to court.",
    /** KVKK art. 14(1)–(2): the Board hears a complaint only after the application to the controller. */
    complaintKvkk:
      "If you disagree with this decision, you may complain to the Personal Data Protection Board (KVKK Kurulu) within 30 days of learning of this answer, and in any case within 60 days of your application (KVKK art. 14).",
    /** 152-FZ art. 20(2): a refusal is reasoned and names its legal ground; art. 17: appeal to Roskomnadzor or a court. */
    complaintRu152:
      "This refusal is reasoned and names its legal ground, as 152-FZ art. 20(2) requires. If you disagree, you may appeal to Roskomnadzor, the authority for the protection of data subjects' rights, or to a court (152-FZ art. 17).",
  },
  deletionCompleted: {
    subject: (portal: string, reference: string) => `Request ${reference}: ${portal} has deleted your data`,
    heading: "Your data has been deleted",
    intro: (portal: string) => `${portal} has carried out your request to delete your data.`,
    deletedHeading: "What was deleted",
    nothingDeleted: "No data was deleted: all of it has to be kept for now, as explained below.",
    keptHeading: "What was kept, and why",
    keptIntro: "Some data has to be kept for longer. Here is what, why and until when:",
    keptItem: (category: string, basis: string, statute: string, until: string) => `${category} — kept under “${basis}” (${statute}) until ${until}`,
    nothingKept: "Nothing was kept: all the data covered by your request has been deleted.",
  },
  accessReady: {
    subject: (portal: string, reference: string) => `Your data from ${portal} is ready (request ${reference})`,
    heading: "Your data is ready",
    intro: (portal: string) => `${portal} has prepared a copy of your data in answer to your request.`,
    file: "File",
    howTo: "The link opens a page with a download button. Press it to download the file.",
    button: "Go to the download page",
    expires: (days: number) => `The link needs no password, so anyone who has it can download the file. It works for ${days} ${days === 1 ? "day" : "days"}.`,
    keepSafe: "The file contains your personal data. Keep it somewhere safe and do not forward this email.",
  },
  requestCompleted: {
    subject: (portal: string, reference: string) => `Request ${reference} completed by ${portal}`,
    heading: "Your request has been completed",
    intro: (portal: string) => `${portal} has carried out your request.`,
    doneHeading: "What was done",
    effectiveFrom: (date: string) => `This applies from ${date}.`,
  },
};
