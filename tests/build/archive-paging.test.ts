/**
 * Long lists at archive scale, as a reader on a phone gets them: a generated archive of 60
 * notices (never in content/) built with pages of 5 items (TP_PAGE_SIZE), so that the tracker,
 * the indicator tables, the notice list and the units' lists all have several pages. Every pager
 * link leads to a page that exists, nothing is lost or shown twice between the pages, the
 * summaries on page 1 count the whole list, and every page is within the reader budgets
 * (scripts/check-budgets.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import * as cheerio from 'cheerio';
import { indexedPages } from '../helpers/search-fragments.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import type { Model } from '../../src/domain/model.ts';
import { fontRanges, uncovered } from '../helpers/glyphs.ts';

const SIZE = 5;
let root: string;
let dist: string;
let model: Model;

const run = (args: string[], env: Record<string, string> = {}): string => {
  const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
};
const page = (path: string): cheerio.CheerioAPI => cheerio.load(readFileSync(join(dist, path, 'index.html'), 'utf8'));
const exists = (path: string): boolean => existsSync(join(dist, path.split('#')[0]!, 'index.html'));
/** Every page of a paged list, following the pager's "Trang sau" links from page 1. */
const pagesOf = (first: string): string[] => {
  const seen = [first];
  for (;;) {
    const next = page(seen.at(-1)!)('nav[aria-label="Phân trang"] a[rel="next"]').attr('href');
    if (!next) return seen;
    seen.push(next.split('#')[0]!);
  }
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tp-archive-'));
  dist = join(root, 'dist');
  run(['scripts/generate-notices.ts', '--notices', '60', '--seed', '7', '--out', join(root, 'content')]);
  run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', dist], { TP_CONTENT_DIR: join(root, 'content'), TP_PAGE_SIZE: String(SIZE) });
  model = loadModel(join(root, 'content'));
}, 300_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a paged list at archive scale', () => {
  it('the tracker: page 1 at /nhiem-vu/, "Trang 1/N", every item on exactly one page, in order', () => {
    const total = model.directives.length + model.proposals.length;
    const count = Math.ceil(total / SIZE);
    expect(count).toBeGreaterThan(2);
    const first = page('/nhiem-vu/');
    expect(first('nav[aria-label="Phân trang"] .tp-pager__where').text()).toBe(`Trang 1/${count}: mục 1–${SIZE} trong ${total}`);
    expect(first('nav[aria-label="Phân trang"] a[rel="prev"]')).toHaveLength(0);
    expect(exists('/nhiem-vu/trang-2/')).toBe(true);
    const pages = pagesOf('/nhiem-vu/');
    expect(pages).toHaveLength(count);
    expect(pages[1]).toBe('/nhiem-vu/trang-2/');
    const anchors = pages.flatMap((p) => page(p)('li.tp-track > h3').map((_, el) => page(p)(el).attr('id')).get());
    expect(anchors).toHaveLength(total);
    expect(new Set(anchors).size).toBe(total);
    const last = page(pages.at(-1)!);
    expect(last('li.tp-track')).toHaveLength(total - (count - 1) * SIZE);
    expect(last('nav[aria-label="Phân trang"] a[rel="next"]')).toHaveLength(0);
  });

  it('the tracker: counts by status on page 1 are over the whole list; the filters say they filter one page', () => {
    const first = page('/nhiem-vu/');
    const counted = first('#cach-tinh ~ table td.tp-num').map((_, el) => Number(first(el).text())).get();
    expect(counted.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(model.directives.length + model.proposals.length);
    expect(first('.tp-filters__scope').text()).toContain(`Bộ lọc chỉ lọc ${SIZE} mục của trang này`);
    expect(first('a[href="/du-lieu/nhiem-vu-excel.csv"]').parent().text()).toContain('Tải toàn bộ danh sách (mọi trang)');
    expect(page('/nhiem-vu/trang-2/')('#cach-tinh')).toHaveLength(0);
  });

  it('an indicator: its charts on page 1 only, its table continued on /trang-2/, ranked over every figure', () => {
    const indicator = model.indicators.find((i) => model.figures.filter((f) => f.indicator.id === i.id).length > 2 * SIZE)!;
    expect(indicator).toBeDefined();
    const base = `/chi-tieu/${indicator.id}/`;
    const pages = pagesOf(base);
    expect(pages[1]).toBe(`${base}trang-2/`);
    expect(page(base)('figure.tp-chart').length).toBeGreaterThan(0);
    expect(page(`${base}trang-2/`)('figure.tp-chart')).toHaveLength(0);
    const rows = pages.reduce((n, p) => n + page(p)('#tat-ca ~ * tbody tr').length, 0);
    expect(rows).toBe(model.figures.filter((f) => f.indicator.id === indicator.id).length);
  });

  it('a district: its page shows the latest items of each long list and links to the whole list, paged', () => {
    const trangDinh = model.localities.find((l) => l.id === '180')!;
    const $ = page(`/dia-phuong/${trangDinh.slug}/`);
    const more = $('p.tp-more a').map((_, a) => $(a).attr('href')).get();
    expect(more).toContain(`/dia-phuong/${trangDinh.slug}/so-lieu/`);
    for (const href of more) {
      expect(exists(href), href).toBe(true);
      expect(pagesOf(href).length, href).toBeGreaterThan(1);
    }
  });

  it('every pager link on every page leads to a page that exists, and page 1 keeps the list\'s address', () => {
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('index.html') && !p.startsWith('pagefind'));
    let pagers = 0;
    for (const file of files) {
      const path = `/${relative(dist, join(dist, file)).split(sep).slice(0, -1).join('/')}/`.replace(/\/+/g, '/');
      const $ = cheerio.load(readFileSync(join(dist, file), 'utf8'));
      for (const a of $('nav.tp-pager a').get()) {
        pagers += 1;
        const href = $(a).attr('href')!;
        expect(exists(href), `${path} → ${href}`).toBe(true);
        expect(href, href).not.toMatch(/trang-1\//);
      }
      if (/\/trang-\d+\/$/.test(path)) expect($('nav[aria-label="Phân trang"] a[aria-current="page"]').attr('href')?.split('#')[0], path).toBe(path);
    }
    expect(pagers).toBeGreaterThan(0);
  });

  it('the search index has the first page of each long list and none of the later pages (they repeat the items\' own pages)', () => {
    const urls = indexedPages(dist).map((p) => p.url);
    expect(urls).toContain('/nhiem-vu/');
    expect(urls.filter((u) => /\/trang-\d+\/$/.test(u))).toEqual([]);
    // A unit's complete lists (/dia-phuong/<slug>/nhiem-vu/ …): their items are on their notices' pages.
    expect(urls.filter((u) => /^\/dia-phuong\/[^/]+\/[^/]+\//.test(u))).toEqual([]);
  });

  it('every page, pagers included, shows only characters its web fonts draw', () => {
    const ranges = fontRanges(dist);
    const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((p) => p.endsWith('.html') && !p.startsWith('pagefind'));
    expect(files.some((f) => f.includes('trang-2'))).toBe(true);
    expect(files.flatMap((f) => uncovered(readFileSync(join(dist, f), 'utf8'), ranges).map((c) => `${f}: ${c}`))).toEqual([]);
  });

  it('every page is within the reader budgets (npm run budgets)', () => {
    const r = spawnSync(process.execPath, ['scripts/check-budgets.ts', dist], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});
