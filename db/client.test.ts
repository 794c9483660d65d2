import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { closeDb, databasePath, detached, openDb, withTransaction, type Db, type Reader, type Tx } from "./client";
import { tempDbPerTest } from "./testing";

const db = tempDbPerTest();

/** A scratch table: these tests are about the connection, not the schema. */
async function scratch(target: Db = db()) {
  await withTransaction(target, (tx) => tx.run(sql`create table if not exists scratch (id integer primary key, owner text)`));
}
/** Async like every query of the app's, though better-sqlite3 answers raw SQL at once. */
const rows = async (reader: Reader = db()) => reader.all<{ id: number; owner: string | null }>(sql`select id, owner from scratch order by id`);
const insert = (tx: Tx, id: number, owner: string | null = null) => tx.run(sql`insert into scratch (id, owner) values (${id}, ${owner})`);
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("withTransaction", () => {
  it("commits what the callback wrote, across awaits", async () => {
    await scratch();
    await withTransaction(db(), async (tx) => {
      insert(tx, 1);
      await tick();
      insert(tx, 2);
    });
    expect(await rows()).toEqual([{ id: 1, owner: null }, { id: 2, owner: null }]);
  });

  it("rolls back everything when the callback throws, after an await too, and rethrows", async () => {
    await scratch();
    const failing = withTransaction(db(), async (tx) => {
      insert(tx, 1);
      await tick();
      insert(tx, 2);
      throw new Error("boom");
    });
    await expect(failing).rejects.toThrow("boom");
    expect(await rows()).toEqual([]);
    await withTransaction(db(), async (tx) => insert(tx, 3));
    expect(await rows()).toEqual([{ id: 3, owner: null }]);
  });

  it("runs two concurrent transactions one after the other, never interleaved", async () => {
    await scratch();
    const steps: string[] = [];
    const work = (name: string) =>
      withTransaction(db(), async (tx) => {
        steps.push(`${name} begins`);
        await tick();
        await tick();
        insert(tx, name === "a" ? 1 : 2, name);
        steps.push(`${name} ends`);
      });
    await Promise.all([work("a"), work("b")]);
    expect(steps).toEqual(["a begins", "a ends", "b begins", "b ends"]);
  });

  it("one that fails does not take the next one down with it", async () => {
    await scratch();
    const first = withTransaction(db(), async (tx) => {
      insert(tx, 1);
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
      insert(tx, 1);
      await withTransaction(db(), async (inner) => {
        expect(inner).toBe(tx);
        insert(inner, 2);
      });
      throw new Error("outer fails");
    });
    await expect(outer).rejects.toThrow("outer fails");
    expect(await rows()).toEqual([]);
  });

  it("work detached from inside a transaction waits for it instead of joining it", async () => {
    await scratch();
    let detachedWork: Promise<unknown> | undefined;
    await withTransaction(db(), async (tx) => {
      insert(tx, 1);
      detachedWork = detached(() => withTransaction(db(), async (other) => insert(other, 2, "detached")));
      await tick();
      expect(await rows(tx)).toEqual([{ id: 1, owner: null }]);
    });
    await detachedWork;
    expect(await rows()).toEqual([{ id: 1, owner: null }, { id: 2, owner: "detached" }]);
  });

  it("claims by conditional update stay exactly-once however many race for the row", async () => {
    await scratch();
    await withTransaction(db(), async (tx) => insert(tx, 1));
    const claimers = Array.from({ length: 20 }, (_, i) =>
      withTransaction(db(), async (tx) => {
        await tick();
        const claimed = tx.all<{ id: number }>(sql`update scratch set owner = ${`claimer ${i}`} where id = 1 and owner is null returning id`);
        return claimed.length;
      }),
    );
    expect((await Promise.all(claimers)).reduce((a, b) => a + b, 0)).toBe(1);
    expect((await rows())[0]?.owner).toBe("claimer 0");
  });

  it("two handles on one file queue their transactions instead of failing on SQLite's lock", async () => {
    await scratch();
    const other = openDb(databasePath(db()));
    try {
      const a = withTransaction(db(), async (tx) => {
        insert(tx, 1);
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
});

describe("reads outside a transaction", () => {
  it("see only committed data", async () => {
    await scratch();
    await withTransaction(db(), async (tx) => {
      insert(tx, 1);
      expect(await rows()).toEqual([]);
      expect(await rows(tx)).toHaveLength(1);
    });
    expect(await rows()).toHaveLength(1);
  });

  it("cannot write: a write that forgot its transaction fails loudly", async () => {
    await scratch();
    const reader = db() as unknown as { run(query: ReturnType<typeof sql>): unknown };
    expect(() => reader.run(sql`insert into scratch (id) values (1)`)).toThrow(expect.objectContaining({ cause: expect.objectContaining({ message: "attempt to write a readonly database" }) }));
    expect(await rows()).toEqual([]);
  });
});
