import { describe, expect, it } from "vitest";
import { chainHash, GENESIS_HASH } from "../../db/audit-chain";
import { BREAK_REASONS, verifyChain, type ChainEntry } from "./verify";

/** A well-formed chain of `n` entries with ids 1…n, built the way appendEvent builds it. */
function chain(n: number): ChainEntry[] {
  const entries: ChainEntry[] = [];
  for (let id = 1; id <= n; id++) {
    const fields = { portalId: 1, requestId: id % 2 ? 7 : null, type: `event_${id}`, actor: "staff:u1", public: false, data: { step: id }, at: new Date(Date.UTC(2026, 0, id)) };
    const prevHash = entries.at(-1)?.hash ?? GENESIS_HASH;
    entries.push({ ...fields, id, prevHash, hash: chainHash(prevHash, fields) });
  }
  return entries;
}

/** An entry that continues correctly from `prevHash`, as a forger who knows the algorithm would write it. */
function forged(id: number, prevHash: string): ChainEntry {
  const fields = { portalId: 1, requestId: null, type: "forged", actor: "staff:x", public: false, data: {}, at: new Date(Date.UTC(2026, 1, 1)) };
  return { ...fields, id, prevHash, hash: chainHash(prevHash, fields) };
}

describe("verifyChain", () => {
  it("accepts an intact chain and counts it, and an empty one", () => {
    expect(verifyChain(chain(5))).toEqual({ ok: true, count: 5 });
    expect(verifyChain([])).toEqual({ ok: true, count: 0 });
  });

  it.each([
    ["data", { data: { step: 99 } }],
    ["type", { type: "event_other" }],
    ["actor", { actor: "staff:someone-else" }],
    ["time", { at: new Date(Date.UTC(2025, 0, 1)) }],
    ["visibility", { public: true }],
    ["request", { requestId: 8 }],
  ])("names an entry whose %s was edited", (_, edit) => {
    const entries = chain(5);
    entries[2] = { ...entries[2]!, ...edit };
    expect(verifyChain(entries)).toEqual({ ok: false, entryId: 3, reason: BREAK_REASONS.contents });
  });

  it("names the entry after one edited and re-hashed, whose link no longer holds", () => {
    const entries = chain(5);
    const edited = { ...entries[1]!, data: { step: 99 } };
    entries[1] = { ...edited, hash: chainHash(edited.prevHash, edited) };
    expect(verifyChain(entries)).toEqual({ ok: false, entryId: 3, reason: BREAK_REASONS.link });
  });

  it("names the entry after one deleted from the middle", () => {
    const entries = chain(5);
    entries.splice(2, 1);
    expect(verifyChain(entries)).toEqual({ ok: false, entryId: 4, reason: BREAK_REASONS.link });
  });

  it("names the new first entry when the first was deleted: it does not start from genesis", () => {
    expect(verifyChain(chain(3).slice(1))).toEqual({ ok: false, entryId: 2, reason: BREAK_REASONS.link });
  });

  it("names the entry after one inserted with a valid hash", () => {
    const entries = chain(4);
    entries.splice(2, 0, forged(25, entries[1]!.hash));
    expect(verifyChain(entries)).toEqual({ ok: false, entryId: 3, reason: BREAK_REASONS.link });
  });

  it("names an inserted entry that does not continue the chain", () => {
    const entries = chain(4);
    entries.splice(2, 0, forged(25, "f".repeat(64)));
    expect(verifyChain(entries)).toEqual({ ok: false, entryId: 25, reason: BREAK_REASONS.link });
  });

  it("names the first of two entries whose rows swapped contents (ids renumbered)", () => {
    const entries = chain(5);
    const [second, third] = [entries[1]!, entries[2]!];
    entries[1] = { ...third, id: 2 };
    entries[2] = { ...second, id: 3 };
    expect(verifyChain(entries)).toEqual({ ok: false, entryId: 2, reason: BREAK_REASONS.link });
  });

  it("names the first broken entry when several are", () => {
    const entries = chain(6);
    entries[4] = { ...entries[4]!, actor: "staff:late" };
    entries[1] = { ...entries[1]!, actor: "staff:early" };
    expect(verifyChain(entries)).toMatchObject({ ok: false, entryId: 2 });
  });
});
