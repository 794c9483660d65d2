export { acknowledgementEmail, type AcknowledgementProps } from "./acknowledgement";
export { verificationEmail, type VerificationProps } from "./verification";
export { verificationReminderEmail, type VerificationReminderProps } from "./verification-reminder";
export { staffSignInEmail, type StaffSignInProps } from "./staff-sign-in";
export { withdrawalConfirmationEmail, type WithdrawalConfirmationProps } from "./withdrawal-confirmation";
export type { EmailTemplate, RenderedEmail } from "./template";
