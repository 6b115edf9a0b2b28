/**
 * A site built under a base path (TP_BASE=/tinh-20/, one province's folder of a national
 * edition, src/site/base.ts) never leads out of it: every link, picture, script, stylesheet,
 * form, canonical and Open Graph address of every page, every address in the pages' data blocks,
 * stylesheets and scripts, the sitemap, the feed, the downloads' url column and the search
 * index's results all sit under /tinh-20/ (or under https://example.org/tinh-20/).
 *
 * Builds its own copy of the site into a temporary folder (no PDFs: scripts/build-pdfs.ts maps
 * the base the same way, see docs/deployment.md), beside the dist/ the other build tests read: a
 * generated archive of 30 notices (never in content/) with pages of 5 items (TP_PAGE_SIZE), so
 * that the paged lists and a unit's own list pages are built under the base too.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as cheerio from 'cheerio';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BASE = '/tinh-20/';
const SITE = 'https://example.org/';
let out = '';

/** Files under `out` ending in `ext`, with `/`. */
const filesOf = (ext: string): string[] =>
  readdirSync(out, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith(ext))
    .map((p) => p.split(sep).join('/'));

/**
 * Why `address` leads out of the base, or null when it stays in. Addresses of other sites
 * (a notice's links to legal documents), fragments, `data:` and `mailto:` are not the site's.
 */
function outside(address: string): string | null {
  if (address === '' || address.startsWith('#') || /^(data|mailto|tel|javascript):/i.test(address)) return null;
  if (/^https?:\/\//i.test(address)) {
    if (!address.startsWith(SITE)) return null;
    return new URL(address).pathname.startsWith(BASE) ? null : address;
  }
  if (address.startsWith('//')) return address;
  // Relative addresses resolve inside the page's own folder, which is under the base.
  if (!address.startsWith('/')) return null;
  return address.startsWith(BASE) ? null : address;
}

let work = '';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'tp-base-content-'));
  const content = join(work, 'content');
  const gen = spawnSync(process.execPath, ['scripts/generate-notices.ts', '--notices', '30', '--out', content], { encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(`generate-notices failed:\n${gen.stderr}`);
  out = mkdtempSync(join(tmpdir(), 'tp-base-'));
  const build = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], {
    env: { ...process.env, TP_BASE: BASE, SITE_URL: SITE, TP_CONTENT_DIR: content, TP_PAGE_SIZE: '5' },
    encoding: 'utf8',
    maxBuffer: 1024 ** 3,
  });
  if (build.status !== 0) throw new Error(`astro build with TP_BASE=${BASE} failed:\n${build.stdout.slice(-3000)}\n${build.stderr.slice(-3000)}`);
}, 240_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
  if (work) rmSync(work, { recursive: true, force: true });
});

describe(`a site built with TP_BASE=${BASE}`, () => {
  it('builds the paged lists and a unit’s own list pages, under the base', () => {
    const pages = filesOf('.html');
    expect(pages.some((p) => /^nhiem-vu\/trang-2\//.test(p))).toBe(true);
    expect(pages.some((p) => /^dia-phuong\/[^/]+\/nhiem-vu\/index\.html$/.test(p))).toBe(true);
  });

  it('every address an HTML page names is under the base', () => {
    const pages = filesOf('.html');
    expect(pages.length).toBeGreaterThan(200);
    const offenders = new Set<string>();
    let seen = 0;
    for (const file of pages) {
      const $ = cheerio.load(readFileSync(join(out, file), 'utf8'));
      const check = (address: string | undefined): void => {
        if (address === undefined) return;
        seen += 1;
        const bad = outside(address.trim());
        if (bad !== null) offenders.add(`${file}: ${bad}`);
      };
      $('[href]').each((_, el) => check($(el).attr('href')));
      $('[src]').each((_, el) => check($(el).attr('src')));
      $('[action]').each((_, el) => check($(el).attr('action')));
      $('[srcset]').each((_, el) => ($(el).attr('srcset') ?? '').split(',').forEach((s) => check(s.trim().split(/\s+/)[0])));
      $('meta[property="og:url"]').each((_, el) => check($(el).attr('content')));
      // Data blocks (the search page's units) and inline scripts: every quoted absolute path.
      $('script:not([src])').each((_, el) => {
        for (const m of $(el).text().matchAll(/["'`](\/[a-z_][^"'`\s]*)["'`]/g)) check(m[1]);
        for (const m of $(el).text().matchAll(/"url":"([^"]*)"/g)) check(m[1]);
      });
    }
    expect(seen).toBeGreaterThan(10_000);
    expect([...offenders].slice(0, 20)).toEqual([]);
  });

  it('the home page is at the base and links to its sections under it', () => {
    const $ = cheerio.load(readFileSync(join(out, 'index.html'), 'utf8'));
    expect($('.tp-header__title').attr('href')).toBe(BASE);
    expect($('link[rel="canonical"]').attr('href')).toBe(`${SITE}tinh-20/`);
    expect($('.tp-nav a').first().attr('href')).toBe(`${BASE}dia-phuong/`);
    // Bundled stylesheets and fonts, which Astro prefixes itself.
    expect($('link[rel="stylesheet"]').first().attr('href')).toMatch(/^\/tinh-20\/_astro\//);
  });

  it('the search page loads Pagefind from the base, whose results are under it', () => {
    const $ = cheerio.load(readFileSync(join(out, 'tim-kiem/index.html'), 'utf8'));
    expect($('#tim-kiem').attr('data-bundle')).toBe(`${BASE}pagefind/`);
    const fragments = readdirSync(join(out, 'pagefind/fragment'));
    expect(fragments.length).toBeGreaterThan(200);
    for (const f of fragments) {
      // A fragment is gzip of `pagefind_dcd` + JSON with the result's address.
      const json = JSON.parse(gunzipSync(readFileSync(join(out, 'pagefind/fragment', f))).toString('utf8').replace(/^pagefind_dcd/, '')) as { url: string };
      expect(json.url.startsWith(BASE), json.url).toBe(true);
    }
  });

  it('stylesheets and scripts name no address outside the base', () => {
    const offenders: string[] = [];
    for (const file of filesOf('.css').filter((f) => !f.startsWith('pagefind/'))) {
      for (const m of readFileSync(join(out, file), 'utf8').matchAll(/url\(\s*["']?([^"')]+)["']?\s*\)/g)) if (outside(m[1]!)) offenders.push(`${file}: ${m[1]}`);
    }
    // Pagefind's own bundle finds its files beside the address it was loaded from.
    for (const file of filesOf('.js').filter((f) => !f.startsWith('pagefind/'))) {
      for (const m of readFileSync(join(out, file), 'utf8').matchAll(/["'`](\/[a-z_][^"'`\s]*)["'`]/g)) if (outside(m[1]!)) offenders.push(`${file}: ${m[1]}`);
    }
    expect(offenders).toEqual([]);
  });

  it('the sitemap, the feed and the downloads give addresses under the base', () => {
    const xml = ['sitemap-index.xml', 'sitemap-0.xml', 'rss.xml'].map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    const locs = [...xml.matchAll(/<(?:loc|link)>([^<]+)</g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(200);
    expect(locs.filter((l) => !l.startsWith(`${SITE}tinh-20/`))).toEqual([]);
    const { data } = Papa.parse<Record<string, string>>(readFileSync(join(out, 'du-lieu/thong-bao.csv'), 'utf8'), { header: true, skipEmptyLines: true });
    expect(data.length).toBeGreaterThan(0);
    for (const row of data) expect(row['url']).toMatch(/^https:\/\/example\.org\/tinh-20\/thong-bao\//);
    // The feed names its stylesheet and itself under the base, and the stylesheet's page loads only files under it.
    expect(xml).toContain('<?xml-stylesheet href="/tinh-20/rss.xsl" type="text/xsl"?>');
    expect(xml).toContain(`<atom:link href="${SITE}tinh-20/rss.xml" rel="self"`);
    const xslHrefs = [...readFileSync(join(out, 'rss.xsl'), 'utf8').matchAll(/href="([^"{]+)"/g)].map((m) => m[1]!);
    expect(xslHrefs.length).toBeGreaterThanOrEqual(4);
    expect(xslHrefs.filter(outside)).toEqual([]);
    const pkg = JSON.parse(readFileSync(join(out, 'du-lieu/datapackage.json'), 'utf8')) as { homepage: string };
    expect(pkg.homepage).toBe(`${SITE}tinh-20/du-lieu/`);
  });

  it('the data files stay where they are relative to the build folder', () => {
    expect(filesOf('.csv').some((f) => f.startsWith('du-lieu/dia-phuong/'))).toBe(true);
    expect(filesOf('.csv').some((f) => f.startsWith('tinh-20/'))).toBe(false);
  });
});
