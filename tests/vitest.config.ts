import { fileURLToPath } from 'node:url';
import { getViteConfig } from 'astro/config';
import { defineConfig } from 'vitest/config';

// Kept in tests/ so the project's top level stays src/ content/ public/ scripts/ and the
// files the tools require there; paths below are relative to the project root.

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      // Components rendered alone with Astro's container API, no build (tests/helpers/render.ts):
      // Astro's Vite config, from astro.config.mjs, compiles the .astro files. Without the dev
      // toolbar, which would mark every element with its source file, the HTML is the build's.
      // Vitest resolves every project at start, so each run sets Astro up once (its integrations'
      // setup, the check of content/ included: under a second). `npm run test:unit` runs these too.
      getViteConfig(
        { test: { name: 'components', include: ['tests/components/**/*.test.ts'] } },
        { root, devToolbar: { enabled: false } },
      ),
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
      {
        test: {
          // The editor's desk in real Chromium (npm run desk): its own server and the portal's dev
          // server over a copy of content/; no build of dist/ needed.
          name: 'desk',
          include: ['tests/desk/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
