import { defineConfig } from "vitest/config";

// End-to-end tests: they need LibreOffice (libreoffice-calc) and Chromium, installed by .ci/run.
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.e2e.test.ts"],
    environment: "node",
    testTimeout: 300_000,
    hookTimeout: 300_000,
    fileParallelism: false,
  },
});
