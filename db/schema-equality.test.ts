/**
 * db/schema.ts (SQLite) and db/schema-pg.ts (PostgreSQL) describe one schema:
 * the same tables, columns, keys, indexes and constraints, and the same row
 * types, so the query code compiles and behaves alike on both engines. A change
 * to one file without the other fails here.
 */
import { getTableColumns, is, SQL, Table, type InferInsertModel, type InferSelectModel } from "drizzle-orm";
import { getTableConfig as pgTableConfig, PgDialect, PgTable, type IndexedColumn, type PgColumn } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteTableConfig, SQLiteSyncDialect, SQLiteTable, type SQLiteColumn } from "drizzle-orm/sqlite-core";
import { describe, expect, expectTypeOf, it } from "vitest";
import * as pg from "./schema-pg";
import * as sqlite from "./schema-sqlite";

/** The PostgreSQL type each SQLite column kind is stored as. */
const PG_TYPE_OF: Record<string, string> = {
  SQLiteInteger: "integer",
  SQLiteText: "text",
  SQLiteTextJson: "jsonb",
  SQLiteBoolean: "boolean",
  SQLiteTimestamp: "timestamp (3) with time zone",
  SQLiteBlobBuffer: "bytea",
};

type ColumnShape = {
  type: string;
  notNull: boolean;
  hasDefault: boolean;
  /** A literal default's value, "sql" for an SQL expression (now()), "fn" for a default computed in JavaScript. */
  default: unknown;
  primary: boolean;
  /** An integer key the database numbers itself (AUTOINCREMENT, identity). */
  generated: boolean;
  unique: string | null;
};

type TableShape = {
  columns: Record<string, ColumnShape>;
  primaryKeys: string[][];
  indexes: Record<string, { columns: string[]; unique: boolean; where: string | null }>;
  foreignKeys: Record<string, { columns: string[]; table: string; foreignColumns: string[]; onDelete: string; onUpdate: string }>;
  uniqueConstraints: Record<string, string[]>;
  checks: Record<string, string>;
};

const sqliteDialect = new SQLiteSyncDialect();
const pgDialect = new PgDialect();

function defaultOf(c: SQLiteColumn | PgColumn): unknown {
  if (c.defaultFn) return "fn";
  if (is(c.default, SQL)) return "sql";
  return c.default ?? null;
}

function sqliteShape(table: SQLiteTable): TableShape {
  const config = sqliteTableConfig(table);
  return {
    columns: Object.fromEntries(
      config.columns.map((c) => [
        c.name,
        {
          type: PG_TYPE_OF[c.columnType] ?? `unmapped ${c.columnType}`,
          notNull: c.notNull,
          hasDefault: c.hasDefault,
          default: defaultOf(c),
          primary: c.primary,
          generated: "autoIncrement" in c && c.autoIncrement === true,
          unique: c.isUnique ? (c.uniqueName ?? null) : null,
        },
      ]),
    ),
    primaryKeys: config.primaryKeys.map((pk) => pk.columns.map((c) => c.name)),
    indexes: Object.fromEntries(
      config.indexes.map((i) => [
        i.config.name,
        {
          columns: i.config.columns.map((c) => (is(c, SQL) ? sqliteDialect.sqlToQuery(c).sql : c.name)),
          unique: i.config.unique,
          where: i.config.where ? sqliteDialect.sqlToQuery(i.config.where).sql : null,
        },
      ]),
    ),
    foreignKeys: Object.fromEntries(
      config.foreignKeys.map((fk) => {
        const ref = fk.reference();
        return [
          fk.getName(),
          {
            columns: ref.columns.map((c) => c.name),
            table: sqliteTableConfig(ref.foreignTable).name,
            foreignColumns: ref.foreignColumns.map((c) => c.name),
            onDelete: fk.onDelete ?? "no action",
            onUpdate: fk.onUpdate ?? "no action",
          },
        ];
      }),
    ),
    uniqueConstraints: Object.fromEntries(config.uniqueConstraints.map((u) => [u.getName(), u.columns.map((c) => c.name)])),
    checks: Object.fromEntries(config.checks.map((c) => [c.name, sqliteDialect.sqlToQuery(c.value).sql])),
  };
}

function pgShape(table: PgTable): TableShape {
  const config = pgTableConfig(table);
  return {
    columns: Object.fromEntries(
      config.columns.map((c) => [
        c.name,
        {
          type: c.getSQLType(),
          notNull: c.notNull,
          hasDefault: c.hasDefault,
          default: defaultOf(c),
          primary: c.primary,
          generated: c.generatedIdentity !== undefined,
          unique: c.isUnique ? (c.uniqueName ?? null) : null,
        },
      ]),
    ),
    primaryKeys: config.primaryKeys.map((pk) => pk.columns.map((c) => c.name)),
    indexes: Object.fromEntries(
      config.indexes.map((i) => [
        i.config.name,
        {
          columns: i.config.columns.map((c) => (is(c, SQL) ? pgDialect.sqlToQuery(c).sql : (c as IndexedColumn).name)),
          unique: i.config.unique,
          where: i.config.where ? pgDialect.sqlToQuery(i.config.where).sql : null,
        },
      ]),
    ),
    foreignKeys: Object.fromEntries(
      config.foreignKeys.map((fk) => {
        const ref = fk.reference();
        return [
          fk.getName(),
          {
            columns: ref.columns.map((c) => c.name),
            table: pgTableConfig(ref.foreignTable).name,
            foreignColumns: ref.foreignColumns.map((c) => c.name),
            onDelete: fk.onDelete ?? "no action",
            onUpdate: fk.onUpdate ?? "no action",
          },
        ];
      }),
    ),
    uniqueConstraints: Object.fromEntries(config.uniqueConstraints.map((u) => [u.getName(), u.columns.map((c) => c.name)])),
    checks: Object.fromEntries(config.checks.map((c) => [c.name, pgDialect.sqlToQuery(c.value).sql])),
  };
}

/** The module's tables by export name. */
function tablesOf<T extends Table>(module: Record<string, unknown>, isTable: (value: unknown) => value is T): Record<string, T> {
  return Object.fromEntries(Object.entries(module).filter((entry): entry is [string, T] => isTable(entry[1])));
}

const sqliteTables = tablesOf(sqlite, (v): v is SQLiteTable => is(v, SQLiteTable));
const pgTables = tablesOf(pg, (v): v is PgTable => is(v, PgTable));

describe("db/schema-pg.ts is the PostgreSQL twin of db/schema.ts", () => {
  it("exports the same names", () => {
    expect(Object.keys(pg).sort()).toEqual(Object.keys(sqlite).sort());
  });

  it("has the same tables under the same export names", () => {
    expect(Object.keys(sqliteTables).length).toBeGreaterThan(0);
    const names = (tables: Record<string, SQLiteTable | PgTable>, nameOf: (t: never) => string) =>
      Object.fromEntries(Object.entries(tables).map(([key, t]) => [key, nameOf(t as never)]));
    expect(names(pgTables, (t: PgTable) => pgTableConfig(t).name)).toEqual(names(sqliteTables, (t: SQLiteTable) => sqliteTableConfig(t).name));
  });

  describe.each(Object.keys(sqliteTables))("%s", (key) => {
    const sqliteTable = sqliteTables[key]!;
    const pgTable = pgTables[key];
    if (!pgTable) {
      it("exists on PostgreSQL", () => expect(pgTable, `db/schema-pg.ts lacks ${key}`).toBeDefined());
      return;
    }
    const want = sqliteShape(sqliteTable);
    const got = pgShape(pgTable);

    it("has the same columns: names, types, nullability, defaults, keys, uniqueness", () => {
      expect(Object.values(want.columns).map((c) => c.type)).not.toContainEqual(expect.stringMatching(/^unmapped/));
      expect(got.columns).toEqual(want.columns);
      // And under the same property names, which the query code uses.
      expect(Object.keys(getTableColumns(pgTable))).toEqual(Object.keys(getTableColumns(sqliteTable)));
    });
    it("has the same composite primary key", () => expect(got.primaryKeys).toEqual(want.primaryKeys));
    it("has the same indexes", () => expect(got.indexes).toEqual(want.indexes));
    it("has the same foreign keys", () => expect(got.foreignKeys).toEqual(want.foreignKeys));
    it("has the same unique and check constraints", () => {
      expect(got.uniqueConstraints).toEqual(want.uniqueConstraints);
      expect(got.checks).toEqual(want.checks);
    });
  });

  it("gives every table the same row types (checked by tsc)", () => {
    type Tables<M> = { [K in keyof M as M[K] extends Table ? K : never]: M[K] };
    type Selects<M> = { [K in keyof Tables<M>]: Tables<M>[K] extends Table ? InferSelectModel<Tables<M>[K]> : never };
    type Inserts<M> = { [K in keyof Tables<M>]: Tables<M>[K] extends Table ? InferInsertModel<Tables<M>[K]> : never };
    // Table by table: expectTypeOf's deep comparison of the whole map gives up on Buffer
    // columns once the schema passes 28 tables, and this names the table that differs.
    type Equal<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;
    type Differing<A, B> = { [K in keyof A & keyof B]: Equal<A[K], B[K]> extends true ? never : K }[keyof A & keyof B];
    expectTypeOf<keyof Tables<typeof pg>>().toEqualTypeOf<keyof Tables<typeof sqlite>>();
    expectTypeOf<Differing<Selects<typeof pg>, Selects<typeof sqlite>>>().toEqualTypeOf<never>();
    expectTypeOf<Differing<Inserts<typeof pg>, Inserts<typeof sqlite>>>().toEqualTypeOf<never>();
    // The row types the code imports by name.
    expectTypeOf<pg.Portal>().toEqualTypeOf<sqlite.Portal>();
    expectTypeOf<pg.NewPortal>().toEqualTypeOf<sqlite.NewPortal>();
    expectTypeOf<pg.DsrRequest>().toEqualTypeOf<sqlite.DsrRequest>();
    expectTypeOf<pg.NewDsrRequest>().toEqualTypeOf<sqlite.NewDsrRequest>();
    expectTypeOf<pg.OutboxMessage>().toEqualTypeOf<sqlite.OutboxMessage>();
    expectTypeOf<pg.NewOutboxMessage>().toEqualTypeOf<sqlite.NewOutboxMessage>();
  });
});
