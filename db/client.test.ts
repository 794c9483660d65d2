import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { afterCommit, closeDb, databaseEnv, databasePath, detached, engineOf, openDb, openPostgres, rawRows, rawRun, withTransaction, type Db, type Reader, type Tx } from "./client";
import { engineFromEnv } from "./engine";
import { tempDbPerTest } from "./testing";

const db = tempDbPerTest();
const onSqlite = engineFromEnv() === "sqlite";
const onPostgres = engineFromEnv() === "postgres";

/** A scratch table: these tests are about the connection, not the schema. */
async function scratch(target: Db = db()) {
  await withTransaction(target, (tx) => rawRun(tx, sql`create table if not exists scratch (id integer primary key, owner text)`));
}
const rows = async (reader: Reader = db()) => rawRows<{ id: number; owner: string | null }>(reader, sql`select id, owner from scratch order by id`);
const insert = (tx: Tx, id: number, owner: string | null = null) => rawRun(tx, sql`insert into scratch (id, owner) values (${id}, ${owner})`);
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("withTransaction", () => {
  it("commits what the callback wrote, across awaits", async () => {
    await scratch();
    await withTransaction(db(), async (tx) => {
      await insert(tx, 1);
      await tick();
      await insert(tx, 2);
    });
    expect(await rows()).toEqual([{ id: 1, owner: null }, { id: 2, owner: null }]);
  });

  it("rolls back everything when the callback throws, after an await too, and rethrows", async () => {
    await scratch();
    const failing = withTransaction(db(), async (tx) => {
      await insert(tx, 1);
      await tick();
      await insert(tx, 2);
      throw new Error("boom");
    });
    await expect(failing).rejects.toThrow("boom");
    expect(await rows()).toEqual([]);
    await withTransaction(db(), async (tx) => insert(tx, 3));
    expect(await rows()).toEqual([{ id: 3, owner: null }]);
  });

  // SQLite has one writer: BEGIN IMMEDIATE under the process lock runs transactions one at a
  // time. PostgreSQL runs them at once; its counterpart is the next test.
  it.runIf(onSqlite)("runs two concurrent transactions one after the other, never interleaved", async () => {
    await scratch();
    const steps: string[] = [];
    const work = (name: string) =>
      withTransaction(db(), async (tx) => {
        steps.push(`${name} begins`);
        await tick();
        await tick();
        await insert(tx, name === "a" ? 1 : 2, name);
        steps.push(`${name} ends`);
      });
    await Promise.all([work("a"), work("b")]);
    expect(steps).toEqual(["a begins", "a ends", "b begins", "b ends"]);
  });

  it.runIf(onPostgres)("runs concurrent transactions at once on PostgreSQL, and each commits without losing the other's writes", async () => {
    await scratch();
    await withTransaction(db(), (tx) => insert(tx, 0, "0"));
    // Both open before either writes: they really overlap on two connections of the pool.
    let opened = 0;
    let bothOpen!: () => void;
    const overlap = new Promise<void>((resolve) => (bothOpen = resolve));
    const steps: string[] = [];
    const work = (name: string, id: number) =>
      withTransaction(db(), async (tx) => {
        steps.push(`${name} begins`);
        if (++opened === 2) bothOpen();
        await overlap;
        await insert(tx, id, name);
        // A read-modify-write in one statement: each sees the other's committed increment (no lost update).
        await rawRun(tx, sql`update scratch set owner = cast(cast(owner as integer) + 1 as text) where id = 0`);
        steps.push(`${name} ends`);
      });
    await Promise.all([work("a", 1), work("b", 2)]);
    expect(steps.slice(0, 2).sort()).toEqual(["a begins", "b begins"]);
    expect(await rows()).toEqual([{ id: 0, owner: "2" }, { id: 1, owner: "a" }, { id: 2, owner: "b" }]);

    // Many at once, more than the pool holds: every increment lands.
    await Promise.all(Array.from({ length: 30 }, () => withTransaction(db(), async (tx) => {
      await tick();
      await rawRun(tx, sql`update scratch set owner = cast(cast(owner as integer) + 1 as text) where id = 0`);
    })));
    expect((await rows())[0]).toEqual({ id: 0, owner: "32" });
  });

  it("one that fails does not take the next one down with it", async () => {
    await scratch();
    const first = withTransaction(db(), async (tx) => {
      await insert(tx, 1);
      await tick();
      throw new Error("first fails");
    });
    const second = withTransaction(db(), async (tx) => insert(tx, 2, "second"));
    await expect(first).rejects.toThrow("first fails");
    await second;
    expect(await rows()).toEqual([{ id: 2, owner: "second" }]);
  });

  it("a nested call joins the outer transaction, and rolls back with it", async () => {
    await scratch();
    const outer = withTransaction(db(), async (tx) => {
      await insert(tx, 1);
      await withTransaction(db(), async (inner) => {
        expect(inner).toBe(tx);
        await insert(inner, 2);
      });
      throw new Error("outer fails");
    });
    await expect(outer).rejects.toThrow("outer fails");
    expect(await rows()).toEqual([]);
  });

  // On SQLite a detached transaction queues behind the open one on the process lock.
  it.runIf(onSqlite)("work detached from inside a transaction waits for it instead of joining it", async () => {
    await scratch();
    let detachedWork: Promise<unknown> | undefined;
    await withTransaction(db(), async (tx) => {
      await insert(tx, 1);
      detachedWork = detached(() => withTransaction(db(), async (other) => insert(other, 2, "detached")));
      await tick();
      expect(await rows(tx)).toEqual([{ id: 1, owner: null }]);
    });
    await detachedWork;
    expect(await rows()).toEqual([{ id: 1, owner: null }, { id: 2, owner: "detached" }]);
  });

  // On PostgreSQL it runs at once on another connection: its own transaction, which neither sees
  // the open one's writes nor rolls back with it.
  it.runIf(onPostgres)("work detached from inside a transaction runs in a transaction of its own, not joining the open one", async () => {
    await scratch();
    const outer = withTransaction(db(), async (tx) => {
      await insert(tx, 1);
      const seen = await detached(() =>
        withTransaction(db(), async (other) => {
          expect(other).not.toBe(tx);
          await insert(other, 2, "detached");
          return rows(other);
        }),
      );
      expect(seen).toEqual([{ id: 2, owner: "detached" }]);
      expect(await rows(tx)).toEqual([{ id: 1, owner: null }, { id: 2, owner: "detached" }]);
      throw new Error("outer fails");
    });
    await expect(outer).rejects.toThrow("outer fails");
    expect(await rows()).toEqual([{ id: 2, owner: "detached" }]);
  });

  it("claims by conditional update stay exactly-once however many race for the row", async () => {
    await scratch();
    await withTransaction(db(), async (tx) => insert(tx, 1));
    const claimers = Array.from({ length: 20 }, (_, i) =>
      withTransaction(db(), async (tx) => {
        await tick();
        const claimed = await rawRows<{ id: number }>(tx, sql`update scratch set owner = ${`claimer ${i}`} where id = 1 and owner is null returning id`);
        // Still open after claiming: on PostgreSQL the others' updates wait on the row, then find it taken.
        await tick();
        return claimed.length;
      }),
    );
    const counts = await Promise.all(claimers);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect((await rows())[0]?.owner).toBe(`claimer ${counts.indexOf(1)}`);
    // SQLite's transactions run in arrival order, so the first claimer wins.
    if (onSqlite) expect((await rows())[0]?.owner).toBe("claimer 0");
  });

  it("claims stay exactly-once across many rows and many concurrent transactions: no row claimed twice, none lost", async () => {
    await scratch();
    await withTransaction(db(), async (tx) => {
      for (let id = 1; id <= 10; id++) await insert(tx, id);
    });
    // 40 workers each claim one free row by a conditional update of the first free one they see.
    const claimOne = (worker: number) =>
      withTransaction(db(), async (tx) => {
        for (;;) {
          const [free] = await rawRows<{ id: number }>(tx, sql`select id from scratch where owner is null order by id limit 1`);
          if (!free) return null;
          await tick();
          const claimed = await rawRows<{ id: number }>(tx, sql`update scratch set owner = ${`w${worker}`} where id = ${free.id} and owner is null returning id`);
          if (claimed.length === 1) return claimed[0]!.id;
        }
      });
    const won = (await Promise.all(Array.from({ length: 40 }, (_, i) => claimOne(i)))).filter((id): id is number => id !== null);
    expect(won.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect((await rows()).every((r) => r.owner !== null)).toBe(true);
  });

  // Two handles on one SQLite file in one process share its lock.
  it.runIf(onSqlite)("two handles on one file queue their transactions instead of failing on SQLite's lock", async () => {
    await scratch();
    const other = openDb(databasePath(db()));
    try {
      const a = withTransaction(db(), async (tx) => {
        await insert(tx, 1);
        await tick();
        await tick();
      });
      const b = withTransaction(other, async (tx) => insert(tx, 2));
      await Promise.all([a, b]);
      expect(await rows(other)).toHaveLength(2);
    } finally {
      await closeDb(other);
    }
  });

  // Two pools on one PostgreSQL database, as two instances have.
  it.runIf(onPostgres)("two pools on one database (two instances) commit their overlapping transactions, each seeing the other's", async () => {
    await scratch();
    const other = openPostgres(databaseEnv(db()).DATABASE_URL, { max: 2 });
    try {
      expect(engineOf(other)).toBe("postgres");
      const a = withTransaction(db(), async (tx) => {
        await insert(tx, 1);
        await tick();
        await tick();
      });
      const b = withTransaction(other, async (tx) => insert(tx, 2));
      await Promise.all([a, b]);
      expect(await rows(other)).toHaveLength(2);
      expect(await rows()).toHaveLength(2);
    } finally {
      await closeDb(other);
    }
  });
});

describe("afterCommit", () => {
  it("runs once the transaction (and the one a nested call joined) commits, never inside it, never after a rollback", async () => {
    const ran: string[] = [];
    await withTransaction(db(), async () => {
      afterCommit(() => ran.push("outer"));
      await withTransaction(db(), async () => afterCommit(() => ran.push("nested")));
      expect(ran).toEqual([]);
    });
    expect(ran).toEqual(["outer", "nested"]);

    await expect(
      withTransaction(db(), async () => {
        afterCommit(() => ran.push("rolled back"));
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(ran).toEqual(["outer", "nested"]);

    afterCommit(() => ran.push("no transaction"));
    expect(ran).toEqual(["outer", "nested", "no transaction"]);
  });
});

describe("reads outside a transaction", () => {
  it("see only committed data", async () => {
    await scratch();
    await withTransaction(db(), async (tx) => {
      await insert(tx, 1);
      expect(await rows()).toEqual([]);
      expect(await rows(tx)).toHaveLength(1);
    });
    expect(await rows()).toHaveLength(1);
  });

  // SQLite's read connection is query_only; on PostgreSQL reads and transactions share the pool,
  // and the Reader type (no insert, update or delete) is what keeps writes in transactions.
  it.runIf(onSqlite)("cannot write: a write that forgot its transaction fails loudly", async () => {
    await scratch();
    const reader = db() as unknown as { run(query: ReturnType<typeof sql>): unknown };
    expect(() => reader.run(sql`insert into scratch (id) values (1)`)).toThrow(expect.objectContaining({ cause: expect.objectContaining({ message: "attempt to write a readonly database" }) }));
    expect(await rows()).toEqual([]);
  });
});

describe("statements", () => {
  // SQLite keeps each SQL text's prepared statement per connection; drizzle's typed selects read
  // rows as arrays (a mode that sticks to the statement), its raw reads as objects.
  it.runIf(onSqlite)("give each query its own row shape when one SQL text is read both ways, again and again", async () => {
    await scratch();
    await withTransaction(db(), (tx) => insert(tx, 1, "ann"));
    const asArrays = () => (db() as unknown as Tx).values<[number, string]>(sql`select id, owner from scratch order by id`).map((r) => [...r]);
    for (let i = 0; i < 2; i++) {
      expect(await rows()).toEqual([{ id: 1, owner: "ann" }]);
      expect(asArrays()).toEqual([[1, "ann"]]);
    }
    expect(await rows()).toEqual([{ id: 1, owner: "ann" }]);
  });

  it("see the schema as it is now: a statement kept from before a change reads the changed table", async () => {
    await scratch();
    await withTransaction(db(), (tx) => insert(tx, 1, "ann"));
    const all = () => rawRows<Record<string, unknown>>(db(), sql`select * from scratch`);
    expect(await all()).toEqual([{ id: 1, owner: "ann" }]);
    await withTransaction(db(), (tx) => rawRun(tx, sql`alter table scratch add column note text`));
    expect(await all()).toEqual([{ id: 1, owner: "ann", note: null }]);
  });
});
