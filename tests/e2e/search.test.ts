/**
 * Search in a real browser: Pagefind's index and UI served by the site find localities with
 * and without diacritics, and former units by their old name.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { localityUrl, searchUrl } from '../../src/site/urls.ts';

const model = loadModel();
const byCode = (code: string) => model.localityById.get(code)!;
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Result links in the order Pagefind ranks them, once results have rendered. */
async function resultLinks(page: Page): Promise<string[]> {
  await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
  // Pagefind fills in its results one by one (a grey placeholder until each page's data has
  // loaded): read the links once none is still loading, not as soon as the first appears.
  await page.waitForFunction(() => document.querySelector('.pagefind-ui__results .pagefind-ui__loading') === null, undefined, { timeout: 15_000 });
  const hrefs = await page.locator('.pagefind-ui__result-link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  // A page's sections may show as several results: keep each page once, at its first place.
  return [...new Set(hrefs)];
}

describe('search', () => {
  // Since 01/7/2025 two units bear the name Tràng Định: the current Xã Tràng Định (06046-2025) and the
  // former Huyện Tràng Định (180). Both come among the first three results (Pagefind may rank a unit
  // sharing one word, such as Xã Tràng Phái, between them).
  it.each([
    ['trang dinh', ['180', '06046-2025']],
    ['Tràng Định', ['180', '06046-2025']],
    ['chi minh', ['06013']],
    ['that khe', ['06040-2025', '06040']],
  ])('"%s" finds the pages of %j among the first three', async (query, codes) => {
    const { context, page, foreignRequests } = await openPage(browser, `${searchUrl}?q=${encodeURIComponent(query)}`);
    const links = await resultLinks(page);
    for (const c of codes) expect(links.slice(0, 3), c).toContain(localityUrl(byCode(c)));
    expect(foreignRequests).toEqual([]);
    await context.close();
  });

  it('finds a former unit by its old name, without diacritics', async () => {
    const former = model.localities.find((l) => l.status === 'former');
    if (!former) return;
    const query = former.name.replace(/^Xã /, '').normalize('NFD').replace(/\p{Mn}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
    const { context, page } = await openPage(browser, `${searchUrl}?q=${encodeURIComponent(query)}`);
    expect(await resultLinks(page)).toContain(localityUrl(former));
    await context.close();
  });

  it('names the units of the typed name above the results, the unit of today first', async () => {
    const { context, page } = await openPage(browser, `${searchUrl}?q=trang+dinh`);
    await resultLinks(page);
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
    await resultLinks(page);
    expect(await page.locator('#tp-unit-matches').isHidden()).toBe(true);
    await context.close();
  });

  it('runs from the search box in the header of any page', async () => {
    const { context, page } = await openPage(browser, '/');
    await page.getByRole('searchbox').first().fill('trang dinh');
    await page.getByRole('searchbox').first().press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=trang\+dinh/);
    expect([localityUrl(byCode('180')), localityUrl(byCode('06046-2025'))]).toContain((await resultLinks(page))[0]);
    await context.close();
  });
});
