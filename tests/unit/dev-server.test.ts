/**
 * `astro dev` re-reads content/ on each request; a build reads it once. Which one runs is told
 * by Vite's DEV and Astro's MODE together (src/site/site-data.ts): each flag alone was wrong in
 * one context, and the build either stopped ("No tracker row for …") or loaded a second model.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inDevServer } from '../../src/site/site-data.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('astro dev or a build', () => {
  it.each([
    { where: 'astro dev', DEV: true, MODE: 'development', dev: true },
    { where: 'a build started by the test runner (NODE_ENV=test)', DEV: true, MODE: 'production', dev: false },
    { where: 'the integrations of a build', DEV: false, MODE: 'development', dev: false },
    { where: 'vitest itself', DEV: true, MODE: 'test', dev: false },
  ])('$where: DEV $DEV, MODE $MODE → dev server $dev', ({ DEV, MODE, dev }) => {
    vi.stubEnv('DEV', DEV);
    vi.stubEnv('MODE', MODE);
    expect(inDevServer()).toBe(dev);
  });
});
