import { chainHash, GENESIS_HASH, type ChainedFields } from "../../db/audit-chain";

/** One stored audit entry: the fields its hash covers, and the two hashes that chain it. */
export type ChainEntry = ChainedFields & { id: number; prevHash: string; hash: string };

export const BREAK_REASONS = {
  link: "does not follow the entry before it (an entry was removed, inserted or moved)",
  contents: "hash does not match its contents",
} as const;

export type BreakReason = (typeof BREAK_REASONS)[keyof typeof BREAK_REASONS];

export type ChainVerdict = { ok: true; count: number } | { ok: false; entryId: number; reason: BreakReason };

/**
 * Walks one portal's chain in id order and names the first entry that breaks it:
 * a link that does not continue from the entry before (GENESIS_HASH for the
 * first), or a hash that no longer matches the entry's own fields.
 *
 * The chain alone cannot show entries cut off its end, nor an end rewritten
 * wholesale with fresh hashes: that needs the last hash kept somewhere else,
 * such as an earlier export.
 */
export function verifyChain(entries: Iterable<ChainEntry>): ChainVerdict {
  let expectedPrev = GENESIS_HASH;
  let count = 0;
  for (const entry of entries) {
    // The link first: after a removal or a move the entry's own hash still
    // matches, and "it does not follow" is what an auditor needs to hear.
    if (entry.prevHash !== expectedPrev) return { ok: false, entryId: entry.id, reason: BREAK_REASONS.link };
    if (entry.hash !== chainHash(entry.prevHash, entry)) return { ok: false, entryId: entry.id, reason: BREAK_REASONS.contents };
    expectedPrev = entry.hash;
    count++;
  }
  return { ok: true, count };
}
