import { describe, expect, it } from "vitest";
import { closeDb, type Db, openAnother } from "../../db/client";
import { tempDbPerTest } from "../../db/testing";
import { allowMagicLink } from "./sign-in-limits";

const db = tempDbPerTest();
const t0 = new Date("2026-11-29T09:00:00Z");
const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

describe("magic-link limits", () => {
  it("sends three links to one address in 15 minutes, then none for 15 minutes; other addresses are not affected", async () => {
    const ask = (email: string, now: Date) => allowMagicLink(db(), { email, client: "198.51.100.1", now });
    const answers = [];
    for (const m of [0, 1, 2, 3, 4]) answers.push(await ask("ann@rightsdesk.test", at(m)));
    expect(answers).toEqual([true, true, true, false, false]);
    expect(await ask("bob@rightsdesk.test", at(5))).toBe(true);
    // The third link, at 09:02, paused the address until 09:17.
    expect(await ask("ann@rightsdesk.test", at(16))).toBe(false);
    expect(await ask("ann@rightsdesk.test", at(17))).toBe(true);
  });

  it("sends one client ten links in 15 minutes, whatever the addresses", async () => {
    const ask = (i: number, client: string) => allowMagicLink(db(), { email: `person-${i}@rightsdesk.test`, client, now: t0 });
    const answers = [];
    for (let i = 0; i < 11; i++) answers.push(await ask(i, "198.51.100.2"));
    expect(answers).toEqual([...Array(10).fill(true), false]);
    expect(await ask(11, "198.51.100.3")).toBe(true);
  });

  it("keeps the per-address count in the database, so another instance (or a restarted one) refuses too", async () => {
    const ask = (on: Db, client: string) => allowMagicLink(on, { email: "ann@rightsdesk.test", client, now: t0 });
    expect([await ask(db(), "198.51.100.4"), await ask(db(), "198.51.100.5"), await ask(db(), "198.51.100.6")]).toEqual([true, true, true]);
    const other = openAnother(db());
    try {
      expect(await ask(other, "198.51.100.7")).toBe(false);
    } finally {
      await closeDb(other);
    }
  });

  it("counts asks that arrive at once on two instances one by one: three links, never more", async () => {
    const other = openAnother(db());
    try {
      const asks = Array.from({ length: 8 }, (_, i) => allowMagicLink(i % 2 ? other : db(), { email: "cat@rightsdesk.test", client: `198.51.100.${20 + i}`, now: t0 }));
      expect((await Promise.all(asks)).filter(Boolean)).toHaveLength(3);
    } finally {
      await closeDb(other);
    }
  });
});
