/**
 * Every text file the site publishes (pages, downloads, feeds, scripts, styles, images in SVG)
 * is Unicode NFC, as the README promises: "Tràng Định" is one sequence of code points, so a
 * reader's search, a spreadsheet's filter or a script's comparison finds it whatever the
 * editor's keyboard produced.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distDir } from '../helpers/dist-pages.ts';

const TEXT = new Set(['.html', '.csv', '.json', '.xml', '.txt', '.svg', '.js', '.css']);
const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((f) => TEXT.has(extname(f)));

describe('published text', () => {
  it('is NFC in every text file of dist/', () => {
    expect(files.length).toBeGreaterThan(500);
    const notNfc = files.filter((f) => {
      const text = readFileSync(join(distDir, f), 'utf8');
      return text !== text.normalize('NFC');
    });
    expect(notNfc).toEqual([]);
  });
});
