/**
 * The province map, the locator maps, and what helps readers and machines find pages: the RSS
 * feed, the sitemap, canonical and Open Graph tags, the 404 page, the search index.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as cheerio from 'cheerio';
import { describe, expect, it } from 'vitest';
import { loadModel } from '../../src/load/load-model.ts';
import { withoutDiacritics } from '../../src/domain/slug.ts';
import { publicAddressOf } from '../../src/site/public-address.ts';
import { localityUrl, locatorImageUrl, mapUrl, noticeUrl, trackerUrl } from '../../src/site/urls.ts';
import { distDir, mainText, page } from '../helpers/dist-pages.ts';

const model = loadModel();
// The build runs with this process's SITE_URL: a public address, or none (site-relative links).
const siteUrl = publicAddressOf(undefined);
const districts = model.localities.filter((l) => l.level === 'huyen' && l.status === 'active');

describe('province map (/ban-do/)', () => {
  const $ = page(mapUrl);

  it('has one path per district, each linking to the district page', () => {
    const paths = $('svg.tp-map__svg path.tp-map__district');
    expect(paths.length).toBe(districts.length);
    expect(paths.map((_, p) => $(p).attr('data-code')).get().sort()).toEqual(districts.map((d) => d.code).sort());
    paths.each((_, p) => {
      const d = $(p).attr('d') ?? '';
      expect(d).toMatch(/^M[\d.]+,[\d.]+/);
      expect(d).not.toContain('NaN');
      const code = $(p).attr('data-code')!;
      expect($(p).parent('a').attr('href')).toBe(localityUrl(model.localityById.get(code)!));
    });
  });

  it('draws every district inside the picture (no ring wound the wrong way filling the globe)', () => {
    const [, , width, height] = ($('svg.tp-map__svg').attr('viewBox') ?? '').split(' ').map(Number);
    $('path.tp-map__district').each((_, p) => {
      for (const [, x, y] of ($(p).attr('d') ?? '').matchAll(/(-?[\d.]+),(-?[\d.]+)/g)) {
        expect(Number(x)).toBeGreaterThanOrEqual(-1);
        expect(Number(x)).toBeLessThanOrEqual(width! + 1);
        expect(Number(y)).toBeGreaterThanOrEqual(-1);
        expect(Number(y)).toBeLessThanOrEqual(height! + 1);
      }
    });
  });

  it('shades the districts that have the figure, with a legend and a table of the same figures', () => {
    const shaded = $('path.tp-map__district').filter((_, p) => !($(p).attr('fill') ?? '').startsWith('url('));
    const rowsWithValue = $('table.tp-map__table tbody tr').filter((_, tr) => $(tr).find('td a').length > 0);
    expect(shaded.length).toBeGreaterThan(0);
    expect(rowsWithValue.length).toBe(shaded.length);
    expect($('table.tp-map__table tbody tr')).toHaveLength(districts.length);
    expect($('.tp-map__legend li').length).toBeGreaterThanOrEqual(2);
    expect($('table.tp-map__table th[scope="col"]').length).toBeGreaterThan(0);
  });
});

describe('locator maps and locality history', () => {
  it('show on each district and commune page the district it lies in, one image per district', () => {
    // Units since 01/7/2025 have no district and no citable boundary: no locator (tests/build/eras.test.ts).
    for (const l of model.localities.filter((x) => x.level !== 'tinh' && x.validFrom === null)) {
      const district = l.level === 'huyen' ? l : l.ancestors.find((a) => a.level === 'huyen')!;
      const $ = page(localityUrl(l));
      const img = $('img.tp-locator__img');
      expect(img.attr('src'), l.id).toBe(locatorImageUrl(district.code!));
      expect(img.attr('alt'), l.id).toContain(district.name);
    }
    for (const d of districts) {
      const svg = cheerio.load(readFileSync(join(distDir, locatorImageUrl(d.code!)), 'utf8'), { xml: true });
      expect(svg('path'), d.code!).toHaveLength(districts.length);
      expect(svg('path[fill="#8b1a1a"]'), d.code!).toHaveLength(1);
      expect(svg('title').text()).toContain(d.name);
    }
  });

  it('say on every unit that merged or ceased what it became and by which resolution, and index the new name', () => {
    for (const l of model.localities) {
      for (const s of l.successors) {
        const $ = page(localityUrl(l));
        const text = mainText($);
        expect(text, l.id).toContain(s.name);
        if (s.basis) expect(text, l.id).toContain(s.basis);
        // As search metadata (docs/search.md), never as hidden text an excerpt could show.
        expect($('h1').attr('data-tp-ten-khac'), l.id).toContain(withoutDiacritics(s.name));
      }
    }
  });
});

describe('feeds and discovery', () => {
  it.runIf(siteUrl === null)('without a public address: no RSS feed and no sitemap (both need absolute links), no canonical or og:url', () => {
    expect(existsSync(join(distDir, 'rss.xml'))).toBe(false);
    expect(existsSync(join(distDir, 'sitemap-index.xml'))).toBe(false);
    for (const path of ['/', trackerUrl, noticeUrl(model.notices[0]!)]) {
      const $ = page(path);
      expect($('link[rel="canonical"]').length, path).toBe(0);
      expect($('meta[property="og:url"]').length, path).toBe(0);
      expect($('a[href="/rss.xml"], link[href="/rss.xml"]').length, path).toBe(0);
      expect($('meta[property="og:title"]').attr('content')?.length, path).toBeGreaterThan(0);
    }
  });

  it.runIf(siteUrl !== null)('RSS lists every notice with its absolute link', () => {
    const site = siteUrl!;
    const $ = cheerio.load(readFileSync(join(distDir, 'rss.xml'), 'utf8'), { xml: true });
    expect($('channel > item')).toHaveLength(model.notices.length);
    for (const n of model.notices) expect($(`item > link`).map((_, l) => $(l).text()).get()).toContain(new URL(noticeUrl(n), site).href);
    // A notice without a day gets no invented publication date.
    for (const n of model.notices.filter((x) => x.date.day === null)) {
      const item = $('item').filter((_, i) => $(i).find('link').text() === new URL(noticeUrl(n), site).href);
      expect(item.find('pubDate').length).toBe(0);
    }
  });

  it.runIf(siteUrl !== null)('the sitemap lists every locality page and leaves out 404 and search', () => {
    const site = siteUrl!;
    const xml = readFileSync(join(distDir, 'sitemap-0.xml'), 'utf8');
    for (const l of model.localities) expect(xml, l.id).toContain(new URL(localityUrl(l), site).href);
    expect(xml).toContain(new URL(trackerUrl, site).href);
    expect(xml).not.toContain('/404');
    expect(xml).not.toContain('/tim-kiem/');
  });

  it.runIf(siteUrl !== null)('every page has a canonical URL and Open Graph tags that agree', () => {
    const site = siteUrl!;
    for (const path of ['/', trackerUrl, localityUrl(model.localities[0]!), noticeUrl(model.notices[0]!)]) {
      const $ = page(path);
      const canonical = $('link[rel="canonical"]').attr('href');
      expect(canonical, path).toBe(new URL(path, site).href);
      expect($('meta[property="og:url"]').attr('content'), path).toBe(canonical);
      expect($('meta[property="og:title"]').attr('content')?.length, path).toBeGreaterThan(0);
      expect($('meta[property="og:locale"]').attr('content')).toBe('vi_VN');
    }
  });

  it('the 404 page is in Vietnamese, offers search, and is not indexed', () => {
    const $ = cheerio.load(readFileSync(join(distDir, '404.html'), 'utf8'));
    expect($('html').attr('lang')).toBe('vi');
    expect($('h1').text()).toBe('Không tìm thấy trang');
    expect($('main a[href="/tim-kiem/"]').length).toBe(1);
    expect($('[data-pagefind-body]').length).toBe(0);
  });

  it('the search index and its search API are served from the site', () => {
    for (const file of ['pagefind.js', 'pagefind-worker.js']) expect(existsSync(join(distDir, 'pagefind', file)), file).toBe(true);
    const search = page('/tim-kiem/');
    expect(search('#tim-kiem').attr('data-bundle')).toBe('/pagefind/');
    expect(search('header form[role="search"] input[name="q"]').length).toBe(1);
  });
});
