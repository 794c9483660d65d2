import { expect, it } from "vitest";
import { hashPassword, verifyPassword } from "./password";

it("verifies the right password and refuses a wrong one, a tampered hash and no hash", async () => {
  const stored = await hashPassword("correct horse battery staple");
  expect(stored).toMatch(/^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]+$/);
  expect(await verifyPassword("correct horse battery staple", stored)).toBe(true);
  expect(await verifyPassword("correct horse battery stapler", stored)).toBe(false);
  expect(await verifyPassword("correct horse battery staple", stored.slice(0, -2) + "AA")).toBe(false);
  expect(await verifyPassword("anything", null)).toBe(false);
  expect(await verifyPassword("anything", "md5$abc")).toBe(false);
});

it("salts every hash", async () => {
  expect(await hashPassword("same")).not.toBe(await hashPassword("same"));
});
