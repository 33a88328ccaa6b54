import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/global-setup.ts"],
    // Two test files at once on CI's two cores (vitest's default leaves one core idle there): most test time is
    // a child process (the CLI, Chromium) or one single-threaded property test, and they overlap well.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
