import { expect, it } from "vitest";
import { closeDb, openAnother } from "./client";
import { memberships, portals, users } from "./schema";
import { seedDemo } from "./seed-demo";
import { seedDemoPortals } from "./seed-portals";
import { DEMO_ADMIN_EMAIL } from "./seed-staff";
import { tempDbPerTest } from "./testing";

const db = tempDbPerTest();

it("instances seeding one database at once all succeed, and create the admin once", async () => {
  // The portals exist already, as on a restart: what is left to race for is the admin.
  await seedDemoPortals(db());
  const instances = [db(), openAnother(db()), openAnother(db())];
  try {
    // Slow, as scrypt is: every instance is still hashing when the others check for the admin.
    const newPassword = async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return { password: "demo", passwordHash: "demo-hash" };
    };
    const seeded = await Promise.all(instances.map((instance) => seedDemo(instance, newPassword)));
    expect(seeded.filter((s) => s.admin.password !== undefined)).toHaveLength(1);
    expect(seeded.every((s) => s.portals.every((p) => !p.created))).toBe(true);
  } finally {
    for (const instance of instances.slice(1)) await closeDb(instance);
  }
  expect(await db().$count(portals)).toBe(5);
  expect(await db().select({ email: users.email }).from(users)).toEqual([{ email: DEMO_ADMIN_EMAIL }]);
  expect(await db().$count(memberships)).toBe(5);
});
