/**
 * Reader-speed budgets of the built site (docs/performance.md, "Reader speed"), for every HTML
 * page in dist/:
 *   - the page itself: at most 30 KB gzipped;
 *   - no JavaScript on a page without a chart;
 *   - at most 70 KB gzipped of JavaScript on a page with a chart, everything counted (loaded with
 *     the page and on demand).
 * Two pages without a chart are scripted by design and held to the chart pages' 70 KB instead:
 * SCRIPTED below says which and why (a paged list's later pages, `…/trang-2/`, with its first).
 * Sizes are gzip -9 (as `npm run measure:js`), KB = 1,024 bytes. Prints the largest page of each page type; exits 1 on a breach, naming the file, its
 * size and the limit. Run after `npm run build`:
 *   npm run budgets
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { hasChart, pageScripts } from './lib/page-js.ts';

const KB = 1024;
export const BUDGETS = { htmlGzip: 30 * KB, chartPageJsGzip: 70 * KB } as const;
/** Pages without a chart that need script to do their job, and why. */
const SCRIPTED: Record<string, string> = {
  '/tim-kiem/': 'the search runs in the browser (Pagefind)',
  '/nhiem-vu/': 'the tracker filters (the list is complete without JavaScript)',
};
/** The SCRIPTED reason of a page: its own, or its list's for page n of a paged list (`/nhiem-vu/trang-2/`). */
const scriptedReason = (path: string): string | undefined => SCRIPTED[path.replace(/trang-\d+\/$/, '')];

const dist = resolve(process.argv[2] ?? 'dist');

/** Every HTML page: its site path (/a/b/ for a/b/index.html) and file. */
const pages = readdirSync(dist, { recursive: true, encoding: 'utf8' })
  .filter((p) => p.endsWith('.html') && !p.split(sep).includes('pagefind'))
  .map((p) => {
    const parts = relative(dist, join(dist, p)).split(sep);
    const path = parts.at(-1) === 'index.html' ? `/${parts.slice(0, -1).join('/')}/`.replace(/\/+/g, '/') : `/${parts.join('/')}`;
    return { path, file: join(dist, p) };
  });

/** Page type: the section and whether it is the section's index or one of its items. */
const typeOf = (path: string): string => {
  const parts = path.split('/').filter(Boolean);
  return parts.length === 0 ? '/' : parts.length === 1 ? `/${parts[0]}${path.endsWith('/') ? '/' : ''}` : `/${parts[0]}/…/`;
};
const kb = (n: number): string => `${(n / KB).toFixed(1)} KB`;

interface Largest {
  pages: number;
  html: { path: string; gzip: number };
  js: { path: string; gzip: number };
}
const types = new Map<string, Largest>();
const breaches: string[] = [];
const scripted: string[] = [];
for (const { path, file } of pages) {
  const html = gzipSync(readFileSync(file), { level: 9 }).length;
  const dirPage = path.endsWith('/');
  const scripts = dirPage ? pageScripts(dist, path) : [];
  const js = scripts.reduce((n, s) => n + s.gzip, 0);
  const chart = dirPage && hasChart(dist, path);
  const type = typeOf(path);
  const row = types.get(type) ?? { pages: 0, html: { path, gzip: 0 }, js: { path, gzip: 0 } };
  row.pages += 1;
  if (html > row.html.gzip) row.html = { path, gzip: html };
  if (js > row.js.gzip) row.js = { path, gzip: js };
  types.set(type, row);
  const where = relative(process.cwd(), file);
  if (html > BUDGETS.htmlGzip) breaches.push(`${where}: HTML ${kb(html)} gzip > ${kb(BUDGETS.htmlGzip)}`);
  const reason = scriptedReason(path);
  if (chart || reason) {
    if (js > BUDGETS.chartPageJsGzip) breaches.push(`${where}: JavaScript ${kb(js)} gzip > ${kb(BUDGETS.chartPageJsGzip)} (${chart ? 'page with a chart' : reason})`);
    // One line per list: page 1 stands for its other pages (`trang-n/`), which carry the same script.
    if (!chart && !/trang-\d+\/$/.test(path)) scripted.push(`${path}: ${kb(js)} gzip, ${reason}`);
  } else if (scripts.length > 0) {
    breaches.push(`${where}: JavaScript ${kb(js)} gzip (${scripts.map((s) => s.name).join(', ')}) on a page without a chart > 0 KB`);
  }
}

console.log(`Budgets: HTML ≤ ${kb(BUDGETS.htmlGzip)} gzip per page; JavaScript none without a chart, ≤ ${kb(BUDGETS.chartPageJsGzip)} gzip with one (all of it, on demand included).`);
console.log('| page type | pages | largest HTML (gzip) | page | most JavaScript (gzip) | page |');
console.log('| --- | --- | --- | --- | --- | --- |');
for (const [type, r] of [...types.entries()].sort()) {
  console.log(`| ${type} | ${r.pages} | ${kb(r.html.gzip)} | ${r.html.path} | ${r.js.gzip > 0 ? kb(r.js.gzip) : 'none'} | ${r.js.gzip > 0 ? r.js.path : ''} |`);
}
console.log(`\nPages without a chart allowed script (held to ${kb(BUDGETS.chartPageJsGzip)}):\n${scripted.map((s) => `  ${s}`).join('\n')}`);
if (breaches.length > 0) {
  console.error(`\n${breaches.length} budget breach(es):\n${breaches.join('\n')}`);
  process.exit(1);
}
console.log(`\n${pages.length} pages within budget.`);
