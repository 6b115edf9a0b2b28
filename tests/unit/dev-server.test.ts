/**
 * `astro dev` re-reads content/ on each request; a build reads it once. Which one runs is told
 * by Vite's DEV and Astro's MODE together (src/site/dev-server.ts): each flag alone was wrong in
 * one context, and the build either stopped ("No tracker row for …") or loaded a second model.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inDevServer } from '../../src/site/dev-server.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('astro dev or a build', () => {
  it('astro dev: DEV and MODE development', () => {
    vi.stubEnv('DEV', true);
    vi.stubEnv('MODE', 'development');
    expect(inDevServer()).toBe(true);
  });

  it('a build started by the test runner (NODE_ENV=test): DEV set, MODE production — a build', () => {
    vi.stubEnv('DEV', true);
    vi.stubEnv('MODE', 'production');
    expect(inDevServer()).toBe(false);
  });

  it('the integrations of a build: MODE development, DEV unset — a build', () => {
    vi.stubEnv('DEV', false);
    vi.stubEnv('MODE', 'development');
    expect(inDevServer()).toBe(false);
  });

  it('vitest itself: MODE test — no dev server', () => {
    vi.stubEnv('DEV', true);
    vi.stubEnv('MODE', 'test');
    expect(inDevServer()).toBe(false);
  });
});
