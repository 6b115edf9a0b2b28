/**
 * Web fonts (src/integrations/fonts.ts): the subsets' unicode ranges do not overlap and still
 * cover what Google's do, every face names an installed file, and the fallbacks' metrics are the
 * local fonts' own.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromFile } from '@capsizecss/unpack/fs';
import arial from '@capsizecss/metrics/arial';
import arialBold from '@capsizecss/metrics/arial/700';
import timesNewRoman from '@capsizecss/metrics/timesNewRoman';
import timesNewRomanBold from '@capsizecss/metrics/timesNewRoman/700';
import { SUBSETS, fallbackFontFaces, fontVariables, overrides, subsetRanges, webFontFaces } from '../../src/integrations/fonts.ts';

const codePoints = (ranges: readonly string[]): Set<number> => {
  const out = new Set<number>();
  for (const range of ranges) {
    const [from, to] = range.replace(/^U\+/, '').split('-').map((h) => Number.parseInt(h, 16));
    for (let c = from!; c <= (to ?? from!); c += 1) out.add(c);
  }
  return out;
};

describe('web font subsets', () => {
  for (const family of ['Noto Sans', 'Noto Serif']) {
    it(`${family}: latin, vietnamese and latin-ext faces do not overlap and cover Google's ranges`, () => {
      const ranges = subsetRanges(family);
      expect([...ranges.keys()]).toEqual([...SUBSETS]);
      const seen = new Set<number>();
      for (const [subset, list] of ranges) {
        for (const c of codePoints(list)) {
          expect(seen.has(c), `U+${c.toString(16)} in ${subset} and an earlier subset`).toBe(false);
          seen.add(c);
        }
      }
      const pkg = dirname(createRequire(import.meta.url).resolve(`@fontsource/${family.toLowerCase().replace(' ', '-')}/package.json`));
      const google = JSON.parse(readFileSync(join(pkg, 'unicode.json'), 'utf8')) as Record<string, string>;
      const all = new Set(SUBSETS.flatMap((s) => [...codePoints(google[s]!.split(','))]));
      expect(seen).toEqual(all);
      // Vietnamese letters outside Latin-1 come from the small vietnamese file, not latin-ext.
      const vietnamese = codePoints(ranges.get('vietnamese')!);
      for (const ch of 'ăĂđĐĩĨũŨơƠưƯạẢếỹ₫') expect(vietnamese.has(ch.codePointAt(0)!), ch).toBe(true);
    });
  }
});

describe('web font faces', () => {
  it('one per subset, weight and style, from the installed package files, shown at once in a fallback', () => {
    const faces = webFontFaces().trim().split('\n');
    // Noto Sans 400, 700; Noto Serif 400, 700 and their italics; three subsets each.
    expect(faces).toHaveLength(3 * (2 + 4));
    for (const face of faces) {
      expect(face).toContain('font-display: swap;');
      const file = /url\("([^"]+)"\)/.exec(face)![1]!;
      expect(existsSync(createRequire(import.meta.url).resolve(file)), file).toBe(true);
    }
  });

  it('the variables list the web font, then its resized fallbacks, then the generic family', () => {
    expect(fontVariables()).toContain('--tp-font-sans: "Noto Sans", "Noto Sans fallback Arial", "Noto Sans fallback Roboto", sans-serif;');
    expect(fontVariables()).toContain('--tp-font-serif: "Noto Serif", "Noto Serif fallback Times New Roman", serif;');
  });
});

describe('fallback faces', () => {
  it('make a local font take the room of the web font', () => {
    // Same metrics: nothing to adjust.
    const same = overrides(arial, arial);
    expect(same['size-adjust']).toBe('100%');
    // A font twice as wide on average is shrunk to half.
    expect(overrides({ ...arial, xWidthAvg: arial.xWidthAvg / 2 }, arial)['size-adjust']).toBe('50%');
  });

  it('are written per weight and style, with every name the local fonts go by', async () => {
    const css = await fallbackFontFaces();
    const faces = css.trim().split('\n');
    // Noto Sans: Arial-like and Roboto, 400 and 700; Noto Serif: Times-like in 400, 700, italics.
    expect(faces).toHaveLength(2 + 2 + 4);
    for (const face of faces) expect(face).toMatch(/size-adjust: [\d.]+%; ascent-override: [\d.]+%; descent-override: [\d.]+%; line-gap-override: [\d.]+%;/);
    expect(css).toContain('local("Liberation Sans")');
    expect(css).toContain('local("Liberation Serif Bold Italic")');
    expect(css).toContain('local("Roboto")');
  });

  // Liberation Sans and Serif (Debian's chromium installs them) share Arial's and Times New Roman's
  // metrics: the fallbacks measured for those serve them.
  const liberation = '/usr/share/fonts/truetype/liberation';
  it.skipIf(!existsSync(liberation))('Liberation fonts have the metrics used for them', async () => {
    const pairs = [
      ['LiberationSans-Regular.ttf', arial],
      ['LiberationSans-Bold.ttf', arialBold],
      ['LiberationSerif-Regular.ttf', timesNewRoman],
      ['LiberationSerif-Bold.ttf', timesNewRomanBold],
    ] as const;
    for (const [file, metrics] of pairs) {
      const local = await fromFile(join(liberation, file));
      for (const key of ['ascent', 'descent', 'lineGap', 'unitsPerEm'] as const) expect(local[key], `${file} ${key}`).toBe(metrics[key]);
      // Average widths within 1 %: same advance widths, Capsize weighs the same letters.
      expect(Math.abs(local.xWidthAvg / metrics.xWidthAvg - 1), file).toBeLessThan(0.01);
    }
  });
});
