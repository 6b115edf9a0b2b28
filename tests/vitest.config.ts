import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Kept in tests/ so the project's top level stays src/ content/ public/ scripts/ and the
// files the tools require there; paths below are relative to the project root.

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/build/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          // Real Chromium against dist/ served on localhost: charts drawn, axe, no-JS, print.
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One Chromium at a time: the CI machine has two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
