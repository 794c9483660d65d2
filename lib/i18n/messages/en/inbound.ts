/** Requester-facing words of email intake (issue 14): the request arrived as an email, not through the form. */
export const inbound = {
  verification: {
    subject: (portal: string) => `${portal} received your email: please confirm it came from you`,
    heading: "Confirm that you sent this request",
    intro: (portal: string) =>
      `${portal} received your email and will handle it as a privacy request once you confirm that this address is yours.`,
    howTo: "The link opens a page with a confirmation button. The request is sent to the privacy team once you press it.",
    ignore: "If you did not write to us, ignore this email: nothing will happen, and the request will be deleted.",
  },
};
