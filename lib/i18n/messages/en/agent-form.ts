/**
 * A request made by an authorized agent on the web form: California's 11 CCR §7063 (the
 * agent's signed permission, and the consumer confirming directly with the business) and,
 * under the GDPR, a request a third party makes for the data subject.
 */
export const agentForm = {
  form: {
    toggle: "I am making this request for someone else",
    intro:
      "As their authorized agent, give your own name and email address above, and below the name and email address of the person you act for, with the permission they signed. We email them to confirm directly that they gave you permission; the request is not worked on until they confirm and we have checked the permission.",
    organisation: "Your organisation (optional)",
    consumerName: "Their name",
    consumerEmail: "Their email address",
    consumerEmailHint: "We email them to confirm. Updates on the request go to them; you receive a receipt.",
    permission: "Their signed permission",
    permissionHint: (maxKb: number) => `A PDF, JPEG or PNG of the permission they signed for you, at most ${maxKb} KB.`,
  },
  errors: {
    organisationTooLong: "The organisation can be at most 200 characters.",
    organisationBadCharacter: "The organisation contains a character we cannot accept.",
    consumerNameRequired: "Enter the name of the person you act for.",
    consumerNameTooLong: "Their name can be at most 200 characters.",
    consumerNameBadCharacter: "Their name contains a character we cannot accept.",
    consumerEmailRequired: "Enter the email address of the person you act for.",
    consumerEmailInvalid: "Enter their email address, like name@example.com.",
    consumerEmailIsYours: "Their email address must be theirs, not yours: we ask them to confirm directly.",
    permissionRequired: "Attach the permission they signed for you.",
    permissionType: "The permission must be a PDF, JPEG or PNG file.",
    permissionTooLarge: (maxKb: number) => `The permission file can be at most ${maxKb} KB.`,
  },
  confirm: {
    title: "Did you ask someone to make this request?",
    body: (agent: string, portal: string, type: string) => `${agent} asked ${portal} on your behalf: “${type}”. They sent a permission they say you signed.`,
    confirm: "Yes, I gave this permission: send the request",
    ignore: "If you did not give this permission, do not press the button: nothing is sent, and the request is deleted within 7 days.",
  },
  emails: {
    confirmation: {
      subject: (portal: string) => `Did you authorize a privacy request to ${portal}?`,
      heading: "Confirm that you gave permission",
      intro: (agent: string, portal: string, type: string) => `${agent} has asked ${portal}, as your authorized agent, for this: “${type}”. The law lets us ask you to confirm directly that you gave them permission.`,
      howTo: "The link opens a page with a confirmation button. The request goes ahead once you press it and we have checked the permission.",
      button: "Review and confirm",
      expires: (hours: number) => `The link works for ${hours} ${hours === 1 ? "hour" : "hours"}.`,
      ignore: "If you did not give this permission, ignore this email: nothing will happen, and the request is deleted within 7 days.",
    },
    /** The acknowledgement's opening once the consumer confirmed an agent's request: they confirmed the permission, not a form of their own. */
    acknowledged: (portal: string) => `Thank you for confirming that you gave an authorized agent permission. The request they made on your behalf has been sent to ${portal}.`,
    receipt: {
      subject: (portal: string) => `Your request to ${portal} on someone's behalf was received`,
      heading: "Request received",
      intro: (consumer: string, portal: string) => `We received the request you made to ${portal} on behalf of ${consumer}.`,
      next: "We have emailed them to confirm that they gave you permission, and we will check the permission you sent. Updates on the request go to them.",
      reference: (reference: string) => `Reference: ${reference}`,
    },
  },
};
