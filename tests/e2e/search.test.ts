/**
 * Search in a real browser: the built site's own Pagefind index, searched by the search page as a
 * reader uses it. Twenty queries rank the page the reader means first (search-queries.ts); phrase
 * matches come before word matches; excerpts are whole words of the page's visible text; units
 * are found with and without diacritics, and former units by their old name.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { localityUrl, searchUrl } from '../../src/site/urls.ts';
import { SEARCH_CASES } from './search-queries.ts';

const model = loadModel();
const byCode = (code: string) => model.localityById.get(code)!;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface Shown {
  /** Result pages in the order shown (sections of a page are under it, not results of their own). */
  links: string[];
  excerpts: string[];
  status: string;
}

/** The results of the search page once they are on screen (the status line is written after them). */
async function shown(page: Page): Promise<Shown> {
  await page.waitForFunction(() => (document.getElementById('tp-search-status')?.textContent ?? '') !== '', undefined, { timeout: 15_000 });
  const links = await page.locator('#tp-search-results > li > a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  const excerpts = await page.locator('#tp-search-results > li > .tp-search-result__excerpt').allInnerTexts();
  return { links, excerpts, status: await page.locator('#tp-search-status').innerText() };
}

async function search(query: string): Promise<Shown & { close: () => Promise<void>; foreignRequests: string[] }> {
  const { context, page, foreignRequests } = await openPage(browser, `${searchUrl}?q=${encodeURIComponent(query)}`);
  return { ...(await shown(page)), foreignRequests, close: () => context.close() };
}

/** The words of a page as a reader sees them (its main text, rendered). */
async function visibleWords(path: string): Promise<Set<string>> {
  const { context, page } = await openPage(browser, path);
  const text = await page.locator('main').innerText();
  await context.close();
  return new Set(text.split(/\s+/).map(bare).filter(Boolean));
}
/** A word without the punctuation around it (Pagefind ends a block's last word with a full stop). */
const bare = (word: string): string => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');

describe('twenty queries rank the page the reader means first', () => {
  it.each(SEARCH_CASES)('"$query" → $first ($because)', async ({ query, first }) => {
    const r = await search(query);
    expect(r.links[0], r.links.slice(0, 5).join('\n')).toBe(first);
    expect(r.foreignRequests).toEqual([]);
    // The first result's excerpt: whole words of that page's visible text, nothing hidden, nothing run together.
    const words = await visibleWords(first);
    const excerptWords = (r.excerpts[0] ?? '').split(/\s+/).map(bare).filter(Boolean);
    expect(excerptWords.length).toBeGreaterThan(0);
    expect(excerptWords.filter((w) => !words.has(w))).toEqual([]);
    await r.close();
  });
});

describe('phrase matches outrank word matches (the readers\' reports)', () => {
  it('"chi minh": Xã Chí Minh, then Xã Thất Khê (which it became), then the pages naming Chí Minh, before Xã Minh Khai and Xã Minh Tiến', async () => {
    const r = await search('chi minh');
    const thatKhe = r.links.indexOf(localityUrl(byCode('06040-2025')));
    // Right after Chí Minh itself: it holds the name as a former unit's, ahead of pages that only mention it (Xã Tân Minh's road "xã Tân Minh, Chí Minh").
    expect(thatKhe).toBe(1);
    for (const code of ['06094', '06415']) {
      const wordOnly = r.links.indexOf(localityUrl(byCode(code)));
      if (wordOnly >= 0) expect(wordOnly, code).toBeGreaterThan(thatKhe);
    }
    await r.close();
  });

  it('"trang dinh": both units named Tràng Định and the notice come before Xã Tràng Phái', async () => {
    const r = await search('trang dinh');
    expect(r.links.slice(0, 3).sort()).toEqual([localityUrl(byCode('06046-2025')), localityUrl(byCode('180')), '/thong-bao/2024-04-trang-dinh/'].sort());
    await r.close();
  });

  it('"qua han": the pages that say "quá hạn" come before Thị trấn Văn Quan', async () => {
    const r = await search('qua han');
    expect(r.links.indexOf(localityUrl(byCode('06253')))).toBeGreaterThan(r.links.indexOf('/nhiem-vu/'));
    expect(r.excerpts[0]).toMatch(/[Qq]uá (thời )?hạn/);
    await r.close();
  });
});

describe('search', () => {
  it('finds a former unit by its old name, without diacritics', async () => {
    const former = model.localities.find((l) => l.status === 'former');
    if (!former) return;
    const query = former.name.replace(/^Xã /, '').normalize('NFD').replace(/\p{Mn}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    const r = await search(query);
    expect(r.links).toContain(localityUrl(former));
    await r.close();
  });

  it('same results, same order, with or without diacritics', async () => {
    const plain = await search('trang dinh');
    const accented = await search('Tràng Định');
    expect(plain.links).toEqual(accented.links);
    expect(plain.status).toBe(accented.status.replace('Tràng Định', 'trang dinh'));
    await plain.close();
    await accented.close();
  });

  it('names the units of the typed name above the results, the unit of today first', async () => {
    const { context, page } = await openPage(browser, `${searchUrl}?q=trang+dinh`);
    await shown(page);
    const box = page.getByRole('region', { name: 'Địa phương có tên này' });
    const items = await box.getByRole('listitem').allInnerTexts();
    expect(items).toEqual([
      'Xã Tràng Định — Đơn vị hành chính hiện nay, từ 01/7/2025',
      'Huyện Tràng Định — Đơn vị cũ: tồn tại đến 30/6/2025 (danh mục đơn vị hành chính 01/3/2025)',
    ]);
    const links = await box.getByRole('link').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(links).toEqual([localityUrl(byCode('06046-2025')), localityUrl(byCode('180'))]);
    await context.close();
  });

  it('shows no unit box for a query that names no unit', async () => {
    const { context, page } = await openPage(browser, `${searchUrl}?q=${encodeURIComponent('ngân sách')}`);
    await shown(page);
    expect(await page.locator('#tp-unit-matches').isHidden()).toBe(true);
    await context.close();
  });

  it('says so when nothing is found', async () => {
    const r = await search('zzzxq');
    expect(r.status).toBe('Không có kết quả cho “zzzxq”');
    expect(r.links).toEqual([]);
    await r.close();
  });

  it('runs from the search box in the header of any page, and again from its own box', async () => {
    const { context, page } = await openPage(browser, '/');
    await page.getByRole('searchbox').first().fill('trang dinh');
    await page.getByRole('searchbox').first().press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=trang\+dinh/);
    expect((await shown(page)).links[0]).toBe(localityUrl(byCode('06046-2025')));
    const box = page.getByLabel('Từ khóa (tên địa phương, cơ quan, nhiệm vụ, thông báo)');
    expect(await box.inputValue()).toBe('trang dinh');
    await box.fill('so tai chinh');
    await box.press('Enter');
    await page.waitForFunction(() => document.getElementById('tp-search-status')?.textContent?.includes('so tai chinh'), undefined, { timeout: 15_000 });
    expect((await shown(page)).links[0]).toBe('/co-quan/so-tai-chinh/');
    expect(new URL(page.url()).searchParams.get('q')).toBe('so tai chinh');
    await context.close();
  });

  it('results and the units named by the query fill the page without moving what is already on screen (layout shift under 0.02, as Lighthouse asks)', async () => {
    const { context, page } = await openPage(browser, `${searchUrl}?q=chi+minh`, { width: 360, height: 740 });
    await shown(page);
    expect(await page.locator('#tp-unit-matches').isVisible()).toBe(true);
    const shifts = await page.evaluate(
      () =>
        new Promise<{ value: number; nodes: string[] }[]>((resolve) => {
          new PerformanceObserver((list) => {
            resolve(
              (list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[])
                .filter((e) => !e.hadRecentInput)
                .map((e) => ({ value: e.value, nodes: e.sources.map((x) => (x.node instanceof Element ? `${x.node.tagName}#${x.node.id}.${x.node.className}` : String(x.node))) })),
            );
          }).observe({ type: 'layout-shift', buffered: true });
          // No entry at all: the observer is never called.
          setTimeout(() => resolve([]), 500);
        }),
    );
    const total = shifts.reduce((sum, e) => sum + e.value, 0);
    expect(total, JSON.stringify(shifts)).toBeLessThan(0.02);
    await context.close();
  });

  it('results read in the page\'s own font', async () => {
    const { context, page } = await openPage(browser, `${searchUrl}?q=chi+minh`);
    await shown(page);
    const fonts = await page.evaluate(() => [document.body, document.querySelector('.tp-search-result__link'), document.querySelector('.tp-search-result__excerpt')].map((e) => getComputedStyle(e!).fontFamily));
    expect(new Set(fonts).size).toBe(1);
    await context.close();
  });
});
