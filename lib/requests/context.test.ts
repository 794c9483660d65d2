import { eq } from "drizzle-orm";
import { afterEach, describe, expect, it, vi } from "vitest";
import { withTransaction } from "../../db/client";
import { portals } from "../../db/schema";
import { tempDbPerTest } from "../../db/testing";
import { seedDemoPortals } from "../../db/seed-portals";
import { resetClock, setClock } from "../clock";
import { env } from "../env";
import { API_PORTAL_MAX_AGE_MS, apiRequesterContext, requesterContext } from "./context";

const db = tempDbPerTest();
afterEach(resetClock);

it("loads the portal at a slug with the database it was given, the clock's time and the app's address", async () => {
  await seedDemoPortals(db());
  const at = new Date("2026-03-02T10:00:00Z");
  setClock(() => at);
  const c = await requesterContext("mvsep", db());
  expect(c?.portal.slug).toBe("mvsep");
  expect(c?.db).toBe(db());
  expect(c?.now).toEqual(at);
  expect(c?.appUrl).toBe(env().APP_URL);
});

it("is undefined for a slug of no portal", async () => {
  await seedDemoPortals(db());
  expect(await requesterContext("no-such-portal", db())).toBeUndefined();
});

describe("apiRequesterContext", () => {
  afterEach(() => vi.restoreAllMocks());

  it("uses the portal it read for API_PORTAL_MAX_AGE_MS of real time, then reads it again", async () => {
    await seedDemoPortals(db());
    let elapsed = 0;
    vi.spyOn(performance, "now").mockImplementation(() => elapsed);
    const rename = (name: string) => withTransaction(db(), (tx) => tx.update(portals).set({ name }).where(eq(portals.slug, "mvsep")));

    await rename("Before");
    expect((await apiRequesterContext("mvsep", db()))?.portal.name).toBe("Before");
    await rename("After");
    elapsed = API_PORTAL_MAX_AGE_MS;
    expect((await apiRequesterContext("mvsep", db()))?.portal.name).toBe("Before");
    elapsed = API_PORTAL_MAX_AGE_MS + 1;
    expect((await apiRequesterContext("mvsep", db()))?.portal.name).toBe("After");
  });

  it("keeps each database's portals apart, and gives the clock's time and the app's address each call", async () => {
    await seedDemoPortals(db());
    const at = new Date("2026-03-02T10:00:00Z");
    setClock(() => at);
    const c = await apiRequesterContext("mvsep", db());
    expect(c?.db).toBe(db());
    expect(c?.now).toEqual(at);
    expect(c?.appUrl).toBe(env().APP_URL);
    expect(await apiRequesterContext("no-such-portal", db())).toBeUndefined();
  });
});
