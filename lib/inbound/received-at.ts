/**
 * When the message counts as received, for the deadline: the sender's Date
 * header, which is when they wrote it, but never later than the mail server
 * received it (IMAP INTERNALDATE) nor than now, so a forged or skewed Date
 * cannot push the deadline back. A Date earlier than the server's receipt is
 * believed only within MAX_TRANSIT_MS: beyond it the server's time stands, so
 * a backdated header cannot shorten the deadline staff have either.
 */
export const MAX_TRANSIT_MS = 24 * 60 * 60 * 1000;

export function receivedAt({ date, internalDate, now }: { date: Date | undefined; internalDate: Date | undefined; now: Date }): Date {
  const upper = internalDate && internalDate < now ? internalDate : now;
  if (!date || !Number.isFinite(date.getTime())) return upper;
  if (date > upper) return upper;
  if (upper.getTime() - date.getTime() > MAX_TRANSIT_MS) return upper;
  return date;
}
