/**
 * What staff read about the identity details KVKK (Application Communiqué art. 5) and
 * 152-FZ (art. 14(3)) require in a request: the manual intake form's fields, the
 * request page's notice when a request came without them, and the refusals of a
 * missing or malformed detail, worded for the staff member who types them in.
 */
export const staffIdentity = {
  intake: {
    kvkkLegend: (portals: string) => `KVKK application details (Application Communiqué, art. 5), required for ${portals}`,
    ruLegend: (portals: string) => `152-FZ request details (art. 14(3)), required for ${portals}`,
    lead: "Copy them from the request as received. They are kept only with the request, shown only on its page, and erased with it.",
    citizenship: "Citizenship",
    citizenshipTr: "Citizen of the Republic of Türkiye",
    citizenshipForeign: "Foreign national",
    tcIdentityNumber: "T.C. identity number",
    nationality: "Nationality",
    foreignDocumentNumber: "Passport or ID number",
    noticeAddress: "Address for notices",
    phone: "Phone (optional)",
    subjectHint: "Under KVKK the subject of the application goes in Details.",
    documentNumber: "Identity document: series and number",
    documentIssuedOn: "Document issued on",
    documentIssuer: "Document issued by",
    relationshipHint: "Under 152-FZ the Account field holds what confirms the relationship with the operator (an account or contract number).",
    signature: "Signed by (the name as signed on the request)",
    signatureConfirmed: "The request carries the requester's signature (handwritten or electronic)",
  },
  missing: {
    heading: "Identity details missing",
    text: (law: string, fields: string) =>
      `${law} requires a request to carry these details, and this one came without them: ${fields}. Ask the requester for them before answering; without them the request cannot be answered as the law sets out.`,
    laws: { kvkk: "KVKK (Application Communiqué, art. 5)", "152fz": "152-FZ (art. 14(3))" },
    submit: "Record the details",
    signedName: "Name and surname, as the requester signed the request",
    recorded: "The details were recorded.",
    fields: {
      name: "name and surname",
      citizenship: "citizenship",
      tcIdentityNumber: "T.C. identity number",
      nationality: "nationality",
      foreignDocumentNumber: "passport or ID number",
      noticeAddress: "address for notices",
      details: "subject of the application",
      documentNumber: "identity document number",
      documentIssuedOn: "date of issue",
      documentIssuer: "issuer",
      accountId: "details confirming the relationship with the operator",
      signature: "signature",
    },
  },
  errors: {
    nameRequired: "Enter the requester's name: the law requires it in the request.",
    citizenshipRequired: "Choose the requester's citizenship.",
    tcIdentityNumberRequired: "Enter the requester's T.C. identity number.",
    tcIdentityNumberInvalid: "The T.C. identity number is not valid: 11 digits, as on the identity card.",
    nationalityRequired: "Enter the requester's nationality.",
    foreignDocumentNumberRequired: "Enter the requester's passport or ID number.",
    noticeAddressRequired: "Enter the requester's address for notices.",
    phoneInvalid: "Enter the phone number with digits, spaces, brackets or dashes, or leave it empty.",
    subjectRequired: "Enter the subject of the application in Details: KVKK requires it.",
    documentNumberRequired: "Enter the series and number of the requester's identity document.",
    documentIssuedOnInvalid: "Enter the date the identity document was issued: a real date, not later than today.",
    documentIssuerRequired: "Enter who issued the identity document.",
    relationshipRequired: "Enter in Account what confirms the requester's relationship with the operator (an account or contract number).",
    signatureRequired: "Enter the name the request is signed with.",
    signatureMismatch: "The signature must be the requester's name as entered in Name.",
    signatureNotConfirmed: "Tick that the request carries the requester's signature.",
  },
};
