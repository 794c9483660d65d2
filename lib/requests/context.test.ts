import { afterEach, expect, it } from "vitest";
import { tempDbPerTest } from "../../db/testing";
import { seedDemoPortals } from "../../db/seed-portals";
import { resetClock, setClock } from "../clock";
import { env } from "../env";
import { requesterContext } from "./context";

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
