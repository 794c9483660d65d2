/** The PostgreSQL test harness: a file gets a migrated database of its own, with every table and nothing in it. */
import { is, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { recordDatabase } from "../test/pg-harness-check";
import * as schema from "./schema-pg";
import { exportFiles, portals, requestEvents, requests } from "./schema-pg";
import { createTestDatabase, pgDatabasePerFile } from "./testing-pg";

const pg = pgDatabasePerFile();

const tableNames = Object.values(schema as Record<string, unknown>)
  .filter((v): v is PgTable => is(v, PgTable))
  .map((t) => getTableConfig(t).name)
  .sort();

describe("a test file's PostgreSQL database", () => {
  it("is a database of its own, connected through its URL", async () => {
    const { url, name, db } = pg();
    expect(url).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\//);
    const { rows } = await db.execute<{ db: string }>(sql`select current_database() as db`);
    expect(rows[0]?.db).toBe(name);
    const others = await recordDatabase("pg-harness", name);
    for (const other of others) expect(other.database).not.toBe(name);
  });

  it("has every table of db/schema-pg.ts, migrated, and no rows", async () => {
    const { db } = pg();
    const { rows } = await db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' and table_name <> '__drizzle_migrations' order by table_name`,
    );
    expect(rows.map((r) => r.table_name).sort()).toEqual(tableNames);
    expect(tableNames).toHaveLength(38);
    expect(await db.$count(portals)).toBe(0);
    expect(await db.$count(requests)).toBe(0);
  });

  it("stores timestamptz, jsonb, boolean and bytea as the row types say", async () => {
    const { db } = pg();
    const [portal] = await db
      .insert(portals)
      .values({
        slug: "acme",
        name: "Acme",
        referencePrefix: "ACM",
        policyUrl: "https://acme.example/privacy",
        contactEmail: "privacy@acme.example",
        languages: ["en", "tr"],
        defaultLanguage: "en",
        requestTypes: ["access", "deletion"],
        regime: "eu-gdpr",
        promises: {},
        clockStart: "receipt",
        timeZone: "Europe/Berlin",
        holidayCountry: "DE",
      })
      .returning();
    expect(portal).toMatchObject({ id: 1, languages: ["en", "tr"], reminderDays: [7, 3, 1, 0], contactEmailConfirmed: true, emailIntake: false, dataCategoryDetails: {} });
    expect(portal!.createdAt).toBeInstanceOf(Date);

    const receivedAt = new Date("2026-11-29T10:15:30.123Z");
    const [request] = await db
      .insert(requests)
      .values({ portalId: portal!.id, reference: "ACM-0001", type: "access", status: "submitted", channel: "web", email: "a@b.example", language: "en", receivedAt })
      .returning();
    expect(request!.receivedAt.toISOString()).toBe("2026-11-29T10:15:30.123Z");
    expect(request!.deadlineProvisional).toBe(false);

    const content = Buffer.from([0, 1, 2, 255]);
    const [file] = await db
      .insert(exportFiles)
      .values({ requestId: request!.id, filename: "x.bin", mimeType: "application/octet-stream", size: 4, content, uploadedAt: receivedAt })
      .returning();
    expect(Buffer.isBuffer(file!.content)).toBe(true);
    expect(file!.content.equals(content)).toBe(true);

    await db.insert(requestEvents).values({ portalId: portal!.id, requestId: request!.id, type: "submitted", actor: "requester", public: true, at: receivedAt, prevHash: "", hash: "h", data: { n: 1 } });
    const [event] = await db.select().from(requestEvents);
    expect(event).toMatchObject({ public: true, data: { n: 1 } });
  });

  it("is separate from any other test database", async () => {
    const other = await createTestDatabase();
    try {
      const client = new Client({ connectionString: other.url });
      await client.connect();
      try {
        const { rows } = await client.query<{ n: string }>("select count(*) as n from portals");
        expect(rows[0]?.n).toBe("0");
      } finally {
        await client.end();
      }
      expect(await pg().db.$count(portals)).toBe(1);
    } finally {
      await other.drop();
    }
  });
});
