/**
 * Prints the JavaScript shipped per page type (raw and gzip), how much of it is chart code,
 * and checks that pages without a chart load no chart code. Run after `npm run build`:
 *   npm run measure:js
 */
import { readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { hasChart, pageScripts } from './lib/page-js.ts';

const dist = resolve(process.argv[2] ?? 'dist');

function pages(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('index.html'))
    .map((p) => `/${relative(dist, join(dir, p)).split(sep).slice(0, -1).join('/')}/`.replace(/\/+/g, '/'));
}

/** Page type: the section and whether it is the section's index or one of its items. */
const typeOf = (page: string): string => {
  const parts = page.split('/').filter(Boolean);
  return parts.length === 0 ? '/' : parts.length === 1 ? `/${parts[0]}/` : `/${parts[0]}/…/`;
};

const kb = (n: number): string => `${(n / 1024).toFixed(1)} KB`;
const rows = new Map<string, { pages: number; withChart: number; raw: number[]; gzip: number[]; chartRaw: number[]; chartGzip: number[]; lazyRaw: number[]; lazyGzip: number[] }>();
const violations: string[] = [];
for (const page of pages(dist)) {
  const scripts = pageScripts(dist, page);
  const chart = hasChart(dist, page);
  const sum = (list: typeof scripts, key: 'raw' | 'gzip') => list.reduce((n, s) => n + s[key], 0);
  const chartScripts = scripts.filter((s) => s.chart);
  const upfront = scripts.filter((s) => !s.lazy);
  const lazy = scripts.filter((s) => s.lazy);
  if (!chart && chartScripts.length > 0) violations.push(`${page} has no chart but loads ${chartScripts.map((s) => s.name).join(', ')}`);
  const row = rows.get(typeOf(page)) ?? { pages: 0, withChart: 0, raw: [], gzip: [], chartRaw: [], chartGzip: [], lazyRaw: [], lazyGzip: [] };
  row.pages += 1;
  row.withChart += chart ? 1 : 0;
  row.raw.push(sum(upfront, 'raw'));
  row.gzip.push(sum(upfront, 'gzip'));
  row.chartRaw.push(sum(chartScripts, 'raw'));
  row.chartGzip.push(sum(chartScripts, 'gzip'));
  row.lazyRaw.push(sum(lazy, 'raw'));
  row.lazyGzip.push(sum(lazy, 'gzip'));
  rows.set(typeOf(page), row);
}

const range = (list: number[]): string => {
  const lo = Math.min(...list);
  const hi = Math.max(...list);
  return lo === hi ? kb(lo) : `${kb(lo)}–${kb(hi)}`;
};
console.log('JS loaded with the page (raw / gzip), JS loaded only when a chart nears the screen, and all chart code:');
console.log('page type        pages  with chart  with the page (raw / gzip)    on demand (raw / gzip)         chart code (raw / gzip)');
for (const [type, r] of [...rows.entries()].sort()) {
  const pair = (a: number[], b: number[]): string => `${range(a)} / ${range(b)}`;
  console.log(
    `${type.padEnd(16)} ${String(r.pages).padStart(5)}  ${String(r.withChart).padStart(10)}  ${pair(r.raw, r.gzip).padEnd(29)} ${pair(r.lazyRaw, r.lazyGzip).padEnd(30)} ${pair(r.chartRaw, r.chartGzip)}`,
  );
}
if (violations.length > 0) {
  console.error(`\n${violations.length} page(s) without a chart load chart code:\n${violations.join('\n')}`);
  process.exit(1);
}
console.log('\nEvery page without a chart loads no chart code.');
