/**
 * The JavaScript a built page makes the browser load: its scripts (external files with every
 * file they import, and inline scripts), and which of it is chart code.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';

export interface ScriptFile {
  /** Site path (/_astro/…) or `inline #n`. */
  name: string;
  raw: number;
  gzip: number;
  /** Part of the chart code (the loader, Chart.js and the portal's chart client) or imported by it. */
  chart: boolean;
  /** Loaded only on demand (a dynamic import), not with the page. */
  lazy: boolean;
}

/** The class only the chart modules (loader and client) refer to: it marks the chart code. */
const CHART_MARK = 'tp-chart';
// Literal paths only: a template (`${base}pagefind.js`, Pagefind's own loader) names no file.
const IMPORT_RE = /(?:import|from)\s*["'`]([^"'`$]+\.js)["'`]/g;
const DYNAMIC_IMPORT_RE = /import\(\s*["'`]([^"'`$]+\.js)["'`]\s*\)/g;

function sizes(text: string): { raw: number; gzip: number } {
  const bytes = Buffer.from(text, 'utf8');
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** Every JS file a page loads, each once. `page` is a site path such as /dia-phuong/…/. */
export function pageScripts(distDir: string, page: string): ScriptFile[] {
  const $ = cheerio.load(readFileSync(join(distDir, page, 'index.html'), 'utf8'));
  const files = new Map<string, ScriptFile>();
  const visit = (path: string, chartParent: boolean, lazy: boolean): void => {
    if (files.has(path)) return;
    const text = readFileSync(join(distDir, path), 'utf8');
    const chart = chartParent || text.includes(CHART_MARK);
    files.set(path, { name: path, ...sizes(text), chart, lazy });
    const resolve = (spec: string): string => new URL(spec, `http://x${path}`).pathname;
    for (const [, spec] of text.matchAll(IMPORT_RE)) visit(resolve(spec!), chart, lazy);
    for (const [, spec] of text.matchAll(DYNAMIC_IMPORT_RE)) visit(resolve(spec!), chart, true);
  };
  // Classic scripts too (the search page loads Pagefind's UI so), not data blocks (JSON).
  $('script').each((i, el) => {
    const type = ($(el).attr('type') ?? '').trim().toLowerCase();
    if (!['', 'module', 'text/javascript', 'application/javascript'].includes(type)) return;
    const src = $(el).attr('src');
    if (src) {
      visit(src, false, false);
      return;
    }
    const text = $(el).text();
    const chart = text.includes(CHART_MARK);
    files.set(`inline #${i + 1}`, { name: `inline #${i + 1}`, ...sizes(text), chart, lazy: false });
    const resolve = (spec: string): string => new URL(spec, `http://x${page}`).pathname;
    for (const [, spec] of text.matchAll(IMPORT_RE)) visit(resolve(spec!), chart, false);
    for (const [, spec] of text.matchAll(DYNAMIC_IMPORT_RE)) visit(resolve(spec!), chart, true);
  });
  return [...files.values()];
}

/** Whether the page shows a chart (a figure with a drawing). */
export function hasChart(distDir: string, page: string): boolean {
  return cheerio.load(readFileSync(join(distDir, page, 'index.html'), 'utf8'))('figure.tp-chart').length > 0;
}
