/**
 * The one way from the model to the pages (src/site/site-data.ts): the model the content check
 * loaded is the one the pages use, for the same content folder only; a build computes the site
 * data once; the layouts' frame says what the content says.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import { buildModelOf, getSiteData, pageFrame, shareBuildModel } from '../../src/site/site-data.ts';

describe('the hand-off from the content check to the pages', () => {
  const model = loadModel();
  it('the pages get the model loaded from the same folder, however the folder is written', () => {
    shareBuildModel('content', model);
    expect(buildModelOf(resolve('content'))).toBe(model);
    expect(buildModelOf('./content/')).toBe(model);
  });
  it('a build of another folder loads its own', () => {
    shareBuildModel('content', model);
    expect(buildModelOf('/tmp/another/content')).toBeUndefined();
  });
});

describe('site data and the layouts frame', () => {
  it('outside astro dev, computed once and shared', () => {
    expect(getSiteData()).toBe(getSiteData());
  });
  it('the frame: the province of content/portal.yaml, content/data-date.txt, the resolution of 2025', () => {
    const frame = pageFrame();
    expect(frame.provinceName).toBe('Tỉnh Lạng Sơn');
    expect(frame.dataDate).toEqual({ year: 2026, month: 12, day: 1 });
    expect(frame.resolutions).toEqual(['1672/NQ-UBTVQH15']);
  });
});
