/**
 * Characters a built page shows that no web font of the site draws. The fonts are cut into
 * subsets by `unicode-range` (src/integrations/fonts.ts); a character outside every range falls
 * back to whatever the reader's system has, and Chromium's headless shell (the PDFs) has
 * nothing for most of them: it prints an empty box.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';

/** The code point ranges of every @font-face of the built stylesheets under `dist/_astro/`. */
export function fontRanges(dist: string): [number, number][] {
  const dir = join(dist, '_astro');
  const css = readdirSync(dir).filter((f) => f.endsWith('.css')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
  const ranges: [number, number][] = [];
  for (const [, list] of css.matchAll(/unicode-range:([^;}]+)/g)) {
    for (const part of list!.split(',')) {
      const m = /U\+([0-9A-F?]+)(?:-([0-9A-F]+))?/i.exec(part.trim());
      if (!m) continue;
      // "U+??" is a whole block of 256: U+00-FF.
      const from = parseInt(m[1]!.replaceAll('?', '0'), 16);
      const to = m[2] ? parseInt(m[2], 16) : parseInt(m[1]!.replaceAll('?', 'F'), 16);
      ranges.push([from, to]);
    }
  }
  return ranges;
}

/** Characters of the page's visible text (body text, SVG text, placeholders) outside `ranges`. */
export function uncovered(html: string, ranges: readonly [number, number][]): string[] {
  const $ = cheerio.load(html);
  // Neither shown nor read: the diacritic-free copy of a page's names kept for search only.
  $('script, style, template, .tp-visually-hidden[aria-hidden="true"]').remove();
  const text = $('body').text() + $('[placeholder]').map((_, e) => $(e).attr('placeholder')).get().join('');
  const out = new Set<string>();
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp <= 0x20 || cp === 0xa0) continue;
    if (!ranges.some(([a, b]) => cp >= a && cp <= b)) out.add(`${ch} U+${cp.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return [...out];
}
