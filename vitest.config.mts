import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import { databaseUrl, DEFAULT_DATABASE, testPgServerUrl } from "./test/pg-urls";

const include = ["app/**/*.test.ts", "lib/**/*.test.ts", "scripts/**/*.test.ts", "db/**/*.test.ts", "emails/**/*.test.ts"];
/** Tests of the PostgreSQL harness itself and of both engines' migrations run once, in the postgres project. */
const postgresOnly = ["db/pg-harness*.test.ts", "db/migrations.test.ts"];

export default defineConfig({
  resolve: {
    // Tests run server code outside React's server environment, where the marker would throw.
    alias: {
      "server-only": fileURLToPath(new URL("./node_modules/server-only/empty.js", import.meta.url)),
      // tsconfig's path, for route handlers tested without Next.
      "@": fileURLToPath(new URL("./", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    // Integration tests spawn CLIs and simulate long clock runs; on a loaded two-core machine
    // the 5 s default fails tests that are correct. No test asserts timing.
    testTimeout: 30_000,
    // The same suite on both engines: DATABASE_URL chooses the engine (db/engine.ts), and
    // db/testing.ts gives each test a database of it.
    projects: [
      { extends: true, test: { name: "sqlite", include, exclude: postgresOnly, env: { DATABASE_URL: "" } } },
      {
        extends: true,
        test: {
          name: "postgres",
          include,
          // One throwaway cluster per run, with a migrated template each test file copies.
          globalSetup: ["test/pg-global-setup.ts"],
          // On PostgreSQL AUTH_SECRET is required (lib/env.ts): every instance must share one.
          env: { DATABASE_URL: databaseUrl(testPgServerUrl(), DEFAULT_DATABASE), AUTH_SECRET: "postgres-test-secret-postgres-test-secret" },
        },
      },
    ],
  },
});
