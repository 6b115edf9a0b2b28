/**
 * Every character a page shows is drawn by the site's own web fonts (Noto, self-hosted): none
 * is left to the reader's system, which may show an empty box, as Chromium's headless shell
 * does when it prints a briefing (an arrow "←" of the pager and the briefing toolbar did).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist-pages.ts';
import { fontRanges, uncovered } from '../helpers/glyphs.ts';

describe('glyphs', () => {
  const ranges = fontRanges(distDir);

  it('reads the subsets of the web fonts (latin, vietnamese, latin-ext)', () => {
    const covers = (cp: number): boolean => ranges.some(([a, b]) => cp >= a && cp <= b);
    expect(['A', 'đ', 'ế', 'ữ', '%', '‹', '–'].every((c) => covers(c.codePointAt(0)!))).toBe(true);
    expect(covers('←'.codePointAt(0)!)).toBe(false);
  });

  it('every page shows only characters its web fonts draw', () => {
    const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.html'));
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) => uncovered(readFileSync(join(distDir, f), 'utf8'), ranges).map((c) => `${f}: ${c}`));
    expect(found).toEqual([]);
  });
});
