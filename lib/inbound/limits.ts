/** Limits of email intake (issue 14). */

/** A message larger than this is recorded for staff (sender, subject, size) but not parsed. */
export const MAX_MESSAGE_BYTES = 15 * 1024 * 1024;
/** Attachments kept for staff: each at most this big, at most this many, and this much together; the rest are counted, not kept. */
export const MAX_ATTACHMENT_BYTES = 5 * 1024 * 1024;
export const MAX_ATTACHMENTS = 10;
export const MAX_ATTACHMENTS_TOTAL_BYTES = 10 * 1024 * 1024;
/** Messages one sender may have turned into requests or answers per portal and hour; the rest are recorded as ignored. */
export const PER_SENDER = { limit: 10, windowMs: 60 * 60 * 1000 };
