/**
 * A briefing is printed again only when what it is printed from changed (scripts/lib/pdf-cache.ts):
 * its HTML, a file it names (the locator map of its district), or the printing context.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { briefingKey, fromCache, localAssets, toCache } from '../../scripts/lib/pdf-cache.ts';

const html = '<html><head><link rel="stylesheet" href="/_astro/briefing.B1x2.css"><link rel="canonical" href="/x/"></head><body><img src="/ban-do/vi-tri/180.svg" alt=""><a href="/dia-phuong/">x</a></body></html>';

describe('the files a briefing is printed from', () => {
  it('are its stylesheets and images, not the pages it links to', () => {
    expect(localAssets(html)).toEqual(['/_astro/briefing.B1x2.css', '/ban-do/vi-tri/180.svg']);
  });
});

describe('the key of a briefing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tp-pdf-cache-'));
  const fileOf = (p: string): string => join(dir, p.replaceAll('/', '_'));
  writeFileSync(fileOf('/_astro/briefing.B1x2.css'), 'body{}');
  writeFileSync(fileOf('/ban-do/vi-tri/180.svg'), '<svg/>');
  const before = briefingKey(html, fileOf, 'Debian chromium 142');

  it('stays while nothing it is printed from changes', () => {
    expect(briefingKey(html, fileOf, 'Debian chromium 142')).toBe(before);
  });

  it('changes with the page, a file it names, or the browser', () => {
    expect(briefingKey(html.replace('x</a>', 'y</a>'), fileOf, 'Debian chromium 142')).not.toBe(before);
    expect(briefingKey(html, fileOf, 'npm @sparticuz/chromium 153')).not.toBe(before);
    writeFileSync(fileOf('/ban-do/vi-tri/180.svg'), '<svg><path/></svg>');
    expect(briefingKey(html, fileOf, 'Debian chromium 142')).not.toBe(before);
  });

  it('finds the PDF kept under it, and nothing under another', () => {
    const cache = join(dir, 'cache');
    toCache(cache, before, Buffer.from('%PDF-1.4 briefing'));
    expect(fromCache(cache, before, join(dir, 'out.pdf'))).toBe(true);
    expect(fromCache(cache, 'f'.repeat(64), join(dir, 'other.pdf'))).toBe(false);
  });
});
