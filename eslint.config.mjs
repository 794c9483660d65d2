import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // Playwright reads a fixture's dependencies from its first parameter, which must be a
    // destructuring pattern even when there are none (`async ({}, use) => …`), and its
    // `use` is Playwright's, not React's hook.
    files: ["e2e/**"],
    rules: { "no-empty-pattern": "off", "react-hooks/rules-of-hooks": "off" },
  },
  // Replaces eslint-config-next's default ignores, so list them all here.
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "next-env.d.ts",
    "out/**",
    "build/**",
    "test-results/**",
    "playwright-report/**",
  ]),
]);
