import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "db/**/*.test.ts", "emails/**/*.test.ts"],
    environment: "node",
  },
});
