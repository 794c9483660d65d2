import { describe, expect, it } from "vitest";
import { withTransaction } from "../../db/client";
import { insertUser } from "../../db/queries/staff";
import { tempDbPerTest } from "../../db/testing";
import { rightsdeskAdapter } from "./auth-adapter";

const db = tempDbPerTest();
const NOW = new Date("2026-11-29T09:00:00Z");

describe("the Auth.js adapter on the async data layer", () => {
  it("finds members by id and by address, however the address is typed", async () => {
    const adapter = rightsdeskAdapter(db());
    const ann = await withTransaction(db(), (tx) => insertUser(tx, { email: "ann@rightsdesk.test", name: "Ann" }));
    const found = { id: ann.id, email: "ann@rightsdesk.test", name: "Ann", emailVerified: null, image: null };
    expect(await adapter.getUser!(ann.id)).toEqual(found);
    expect(await adapter.getUserByEmail!(" Ann@RightsDesk.test ")).toEqual(found);
    expect(await adapter.getUserByEmail!("nobody@rightsdesk.test")).toBeNull();
  });

  it("marks the address verified at a magic-link sign-in, writing through a transaction", async () => {
    const adapter = rightsdeskAdapter(db());
    const ann = await withTransaction(db(), (tx) => insertUser(tx, { email: "ann@rightsdesk.test" }));
    expect(await adapter.updateUser!({ id: ann.id, emailVerified: NOW })).toMatchObject({ id: ann.id, emailVerified: NOW });
    const created = await adapter.createUser!({ id: "new-id", email: "New@RightsDesk.test", emailVerified: NOW });
    expect(created).toMatchObject({ id: "new-id", email: "new@rightsdesk.test", emailVerified: NOW });
  });

  it("uses a link token once", async () => {
    const adapter = rightsdeskAdapter(db());
    const token = { identifier: "ann@rightsdesk.test", token: "hashed", expires: NOW };
    expect(await adapter.createVerificationToken!(token)).toEqual(token);
    expect(await adapter.useVerificationToken!({ identifier: "ann@rightsdesk.test", token: "other" })).toBeNull();
    expect(await adapter.useVerificationToken!({ identifier: "ann@rightsdesk.test", token: "hashed" })).toEqual(token);
    expect(await adapter.useVerificationToken!({ identifier: "ann@rightsdesk.test", token: "hashed" })).toBeNull();
  });
});
