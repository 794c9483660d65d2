/** Appeals, complaint routes and duplicate merges: the status page's and the emails' words. */
export const appeals = {
  status: {
    heading: "Appeal this decision",
    body: (until: string) => `If you disagree with how your request was decided, you can ask for the decision to be reviewed. You can appeal until ${until}.`,
    groundsLabel: "Why do you disagree?",
    submit: "Send my appeal",
    lodged: "Your appeal has been sent. The email we sent you has its reference and a link to follow it.",
    notAllowed: "This decision can no longer be appealed.",
    empty: "Please say why you disagree before sending the appeal.",
    tooLong: "The reasons can be at most 5,000 characters.",
    badCharacter: "Your reasons contain an invisible control or text-direction character. Please type them again without copying and pasting.",
    appealOf: "Appeal of request",
    appealedAs: "Your appeal",
    mergedInto: "This request was merged into",
  },
  complaint: {
    heading: "If you disagree",
    supervisory: (authority: string) => `You have the right to complain to the data protection authority, ${authority}, or to go to court.`,
    attorneyGeneral: (authority: string) => `You may contact ${authority} to submit a complaint.`,
    link: "How to complain",
    phone: (phone: string) => `Telephone: ${phone}`,
  },
  events: {
    appeal_lodged: "You appealed the decision",
    appealed: "Appeal received",
    appeal_decided: "The appeal was decided",
    duplicate_merged: "Merged into your earlier request",
  } as Record<string, string>,
  emails: {
    appealReceived: {
      subject: (portal: string, reference: string) => `Appeal ${reference} received by ${portal}`,
      heading: "Your appeal has been received",
      intro: (portal: string, original: string) => `${portal} has received your appeal against its decision on request ${original}.`,
      deadline: (portal: string, date: string) => `${portal} must tell you in writing what it decided, and why, by ${date}.`,
    },
    appealDecision: {
      subject: (portal: string, reference: string) => `${portal} has decided your appeal ${reference}`,
      heading: "Your appeal has been decided",
      granted: (portal: string, original: string) => `${portal} has reviewed its decision on request ${original} and has changed it in your favour.`,
      denied: (portal: string, original: string) => `${portal} has reviewed its decision on request ${original} and keeps it.`,
      reasonsHeading: "What was decided, and why",
      complaintHeading: "If you still disagree",
    },
    duplicateMerged: {
      subject: (portal: string, reference: string) => `Request ${reference} merged into your earlier request to ${portal}`,
      heading: "Your requests have been merged",
      body: (later: string, earlier: string) => `Your request ${later} asks for the same as your earlier request ${earlier}, so the two have been merged.`,
      stands: (earlier: string, later: string) => `Request ${earlier} stands and will be answered: follow it on its status page. Request ${later} is closed, and nothing further will be done with it.`,
    },
  },
};
