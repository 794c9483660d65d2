import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    // The data layer is async: a query or transaction that is not awaited runs after its caller
    // has moved on (or never), and a Promise in a condition is always true.
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { attributes: false } }],
      "@typescript-eslint/await-thenable": "error",
    },
  },
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
