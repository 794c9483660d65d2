export const requestTypes = {
  access: { label: "See my data", description: "Get a copy of the personal data held about you and how it is used." },
  deletion: { label: "Delete my data", description: "Have your account and personal data erased, except what the law requires to be kept." },
  correction: { label: "Correct my data", description: "Fix personal data that is wrong or incomplete." },
  restriction: { label: "Block my data", description: "Have your data blocked, so it is kept but not used, while a question about it is settled." },
  objection: { label: "Object to processing", description: "Ask the operator to stop a particular use of your data." },
  portability: { label: "Take my data elsewhere", description: "Receive your data in a machine-readable file you can move to another service." },
  "consent-withdrawal": { label: "Withdraw my consent", description: "Take back a consent you gave, so processing based on it stops." },
  "stop-processing": { label: "Stop processing", description: "Demand that all processing of your personal data stops." },
  "notify-recipients": { label: "Tell recipients of a correction or deletion", description: "Have the operator tell the third parties your data was passed to that it was corrected or deleted." },
  appeal: { label: "Appeal a decision", description: "Ask the operator to reconsider its decision on an earlier request of yours." },
};
