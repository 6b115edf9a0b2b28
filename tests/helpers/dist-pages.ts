/** Reads pages of the built site (dist/) as a reader's browser would get them. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as cheerio from 'cheerio';

export const distDir = resolve('dist');

/** The page at a site path such as `/dia-phuong/180-huyen-trang-dinh/`. */
export function page(path: string): cheerio.CheerioAPI {
  return cheerio.load(readFileSync(join(distDir, path, 'index.html'), 'utf8'));
}

export function pageExists(path: string): boolean {
  return existsSync(join(distDir, path, 'index.html'));
}

/** Visible text of the main content, white space collapsed. */
export function mainText($: cheerio.CheerioAPI): string {
  return $('main').text().replace(/\s+/g, ' ');
}
