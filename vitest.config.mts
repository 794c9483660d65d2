import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // Tests run server code outside React's server environment, where the marker would throw.
    alias: { "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)) },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "db/**/*.test.ts", "emails/**/*.test.ts"],
    environment: "node",
    // One throwaway PostgreSQL cluster per run, with a migrated template; db/testing-pg.ts gives each file its database.
    globalSetup: ["test/pg-global-setup.ts"],
    // Integration tests spawn CLIs and simulate long clock runs; on a loaded two-core machine
    // the 5 s default fails tests that are correct. No test asserts timing.
    testTimeout: 30_000,
  },
});
