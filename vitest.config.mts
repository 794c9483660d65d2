import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "db/**/*.test.ts", "emails/**/*.test.ts"],
    environment: "node",
    // Integration tests spawn CLIs and simulate long clock runs; on a loaded two-core machine
    // the 5 s default fails tests that are correct. No test asserts timing.
    testTimeout: 30_000,
  },
});
