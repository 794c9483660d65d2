/** Limits of what staff may enter or upload, shared by the checks and the words of the staff error catalogue. */

/** A manual receipt can be back-dated this far: older mail belongs in an archive, not the queue. */
export const MAX_BACKDATE_DAYS = 90;
/** The largest access export a staff member can upload (10 MB). */
export const MAX_EXPORT_BYTES = 10 * 1024 * 1024;
/** A question to the requester, or their answer, in characters. */
export const MAX_MESSAGE = 5000;
