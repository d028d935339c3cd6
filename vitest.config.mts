import { defineConfig } from "vitest/config";

// Unit tests: pure Node, no browser, no LibreOffice. Those live in vitest.e2e.config.mts.
export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    exclude: ["test/e2e/**", "node_modules/**"],
    environment: "node",
    globals: false,
    testTimeout: 30_000,
  },
});
