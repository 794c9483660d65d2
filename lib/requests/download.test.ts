import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { closeDb, openAnother, withTransaction } from "../../db/client";
import { getPortalBySlug } from "../../db/queries/portals";
import { getRequestById } from "../../db/queries/requests";
import { insertUser, setMembership } from "../../db/queries/staff";
import { emailOutbox, exportFiles } from "../../db/schema";
import { seedDemoPortals } from "../../db/seed-portals";
import { tempDbPerTest } from "../../db/testing";
import { completeAccess } from "../cases/complete-access";
import { MAX_EXPORT_BYTES } from "../cases/limits";
import { startWork } from "../cases/work";
import { downloadExport } from "./download";
import { submitRequest } from "./submit";
import { verifyRequest } from "./verify";

const APP = "http://localhost:3000";
const db = tempDbPerTest();

it("keeps an uploaded export in the database, byte for byte, so another instance hands it over with no shared disk", async () => {
  await seedDemoPortals(db());
  const portal = (await getPortalBySlug(db(), { slug: "mvsep" }))!;
  const mail = async (id: number) => (await db().select().from(emailOutbox).where(eq(emailOutbox.requestId, id)).orderBy(emailOutbox.id)).at(-1)!.text;
  const { id } = await submitRequest(db(), { portal, input: { type: "access", email: "ann@example.com", name: "Ann", language: "en", details: "x" }, channel: "web", now: new Date("2026-03-02T08:00:00Z"), appUrl: APP });
  const verifyToken = /verify\?token=([\w-]{43})/.exec(await mail(id))![1];
  await verifyRequest(db(), { token: verifyToken, portal, now: new Date("2026-03-02T09:00:00Z"), appUrl: APP });
  const by = await withTransaction(db(), async (tx) => {
    const user = await insertUser(tx, { email: "agent@example.test" });
    await setMembership(tx, { userId: user.id, portalId: portal.id, role: "agent" });
    return user.id;
  });
  const request = async () => (await getRequestById(db(), { id }))!;
  await startWork(db(), { request: await request(), by: { staff: by }, now: new Date("2026-03-03T08:00:00Z") });

  // Every byte value, NULs and invalid UTF-8 included, at the largest size an export may have.
  const bytes = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), randomBytes(MAX_EXPORT_BYTES - 256)]);
  const now = new Date("2026-03-04T08:00:00Z");
  await completeAccess(db(), { request: await request(), portal, file: { name: "export.zip", bytes }, by: { staff: by }, now, appUrl: APP });
  const [stored] = await db().select({ size: exportFiles.size, content: exportFiles.content }).from(exportFiles);
  expect(stored!.size).toBe(MAX_EXPORT_BYTES);
  expect(Buffer.isBuffer(stored!.content)).toBe(true);

  const token = /download\?token=([\w-]{43})/.exec(await mail(id))![1];
  const other = openAnother(db());
  try {
    const file = await downloadExport(other, { token, portalId: portal.id, now });
    expect(file).toMatchObject({ filename: "export.zip", mimeType: "application/zip", size: MAX_EXPORT_BYTES });
    expect(Buffer.compare(file!.content, bytes)).toBe(0);
  } finally {
    await closeDb(other);
  }
});
