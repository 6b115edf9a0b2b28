/**
 * What four readers' tasks ran into on a 360 px phone (issue 15), each checked in a real browser:
 * one status per task on every page that shows it, an honest briefing, source links that land
 * well, contents lists on long pages, agency counts that fit, clean search results, and targets
 * and focus that meet WCAG 2.2.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { pdfText } from '../helpers/pdf.ts';
import { distDir } from '../helpers/dist-pages.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { dataDate } from '../../src/load/data-date.ts';
import { agenciesUrl, agencyUrl, localityUrl, noticeUrl, searchUrl, trackerUrl } from '../../src/site/urls.ts';
import { briefingLocalityUrl, briefingNoticeUrl } from '../../src/site/briefing.ts';

const model = loadModel();
const buildDate = dataDate();
const notice = model.notices.find((n) => n.id === '2024-04-trang-dinh')!;
const chiMinh = model.localityById.get('06013')!;
const trangDinh = model.localityById.get('180')!;
const phone = { width: 360, height: 740 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The status a page shows in `container`: the reported status and the computed overdue note. */
async function statusIn(page: Page, container: string): Promise<string> {
  const box = page.locator(container).first();
  const reported = (await box.locator('.tp-status').first().innerText()).trim();
  const overdue = box.locator('.tp-overdue');
  return (await overdue.count()) > 0 ? `${reported} | ${(await overdue.first().innerText()).trim()}` : reported;
}

describe('2. one status per task, on every page that shows it', () => {
  // Directive 2.2 to xã Chí Minh: deadline "năm 2024" (ends 31/12/2024), no report.
  const overdueExpected = buildDate.year > 2024;

  it('directive 2.2 shows the same status on the commune, district, notice, tracker and agency pages', async () => {
    const directive = notice.directives.find((d) => d.id === '2.2')!;
    const pages: [string, string][] = [
      [localityUrl(chiMinh), '[id="nhiem-vu-2.2"]'],
      [noticeUrl(notice), '[id="nhiem-vu-2.2"]'],
      [trackerUrl, 'li.tp-track:has([id="2024-04-trang-dinh-nv-2-2"])'],
      ...directive.addressee.agencies.map((a): [string, string] => [agencyUrl(a), 'li.tp-track:has([id="2024-04-trang-dinh-nv-2-2"])']),
    ];
    const seen = new Map<string, string>();
    for (const [path, container] of pages) {
      const { context, page } = await openPage(browser, path, phone);
      seen.set(path, await statusIn(page, container));
      await context.close();
    }
    const expected = overdueExpected
      ? 'Chưa có báo cáo | Quá thời hạn (tính toán): thời hạn đã hết ngày 31/12/2024'
      : 'Chưa có báo cáo';
    for (const [path, status] of seen) expect(status.startsWith(expected), `${path}: ${status}`).toBe(true);
    expect(new Set(seen.values()).size, [...seen].join('\n')).toBe(1);
  });

  it('every overdue item says so on each page that shows it, briefings included', async () => {
    const briefings = [briefingLocalityUrl(chiMinh), briefingNoticeUrl(notice)];
    for (const path of briefings) {
      const { context, page } = await openPage(browser, path);
      const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
      expect(text, path).toContain('Chưa có báo cáo');
      if (overdueExpected) expect(text, path).toMatch(/thời hạn: năm 2024; quá thời hạn \(tính toán\) từ 31\/12\/2024|Chưa có báo cáo; quá thời hạn \(tính toán\) từ 31\/12\/2024/);
      else expect(text, path).not.toContain('quá thời hạn');
      await context.close();
    }
  });
});

describe('3. the briefing PDF reads as a portal summary, not a document issued today', () => {
  const pdf = join(distDir, `${briefingLocalityUrl(chiMinh).replace(/\/$/, '')}.pdf`);
  const text = async (): Promise<string> => (await pdfText(pdf, { lastPage: 1 })).replace(/\s+/g, ' ');

  it('says at the top who compiled it, from which notice, and the date of its data', async () => {
    const top = (await text()).slice(0, 600);
    expect(top).toContain('UBND TỈNH LẠNG SƠN');
    expect(top).toContain('Bản tóm tắt do Cổng công khai kết luận kiểm tra tổng hợp từ Thông báo kết luận (số để trống trong văn bản) tháng 4/2024');
    expect(top).toContain('không phải văn bản do UBND tỉnh ban hành');
    expect(top).toMatch(/Dữ liệu cập nhật ngày \d{2}\/\d{2}\/\d{4}/);
  });

  it('has no place-and-date line of issue and no number line of its own', async () => {
    expect(await text()).not.toMatch(/Lạng Sơn, ngày \d+ tháng \d+ năm \d{4}/);
    expect((await text()).slice(0, 300)).not.toMatch(/Số: /);
  });

  it('draws no grid or dashed reference line across a label of its chart', async () => {
    const { context, page } = await openPage(browser, briefingLocalityUrl(trangDinh));
    const crossings = await page.evaluate(() =>
      [...document.querySelectorAll('svg')].flatMap((svg) => {
        // Every line of the drawing but the hatching pattern's.
        const lines = [...svg.querySelectorAll('line')].filter((l) => !l.closest('pattern')).map((l) => l.getBoundingClientRect());
        const texts = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
        return lines.flatMap((l) =>
          texts.filter(({ r }) => l.left < r.right && l.right > r.left && l.top < r.bottom - 2 && l.bottom > r.top + 2).map((t) => t.text),
        );
      }),
    );
    expect(crossings).toEqual([]);
    expect(await page.locator('svg line[stroke-dasharray]').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('4. source links land with context and a visible mark', () => {
  it('the home page’s “35,16%” lands on its row a third down the phone screen, highlighted', async () => {
    const { context, page } = await openPage(browser, '/', phone);
    await page.locator('a[href$="#so-lieu-thu-nsnn-du-toan-tinh"]').first().click();
    await page.waitForURL(/#so-lieu-thu-nsnn-du-toan-tinh$/);
    await page.waitForTimeout(200);
    const row = page.locator('[id="so-lieu-thu-nsnn-du-toan-tinh"]');
    const box = (await row.boundingBox())!;
    expect(box.y).toBeGreaterThan(phone.height * 0.2);
    expect(box.y).toBeLessThan(phone.height * 0.5);
    const background = await row.locator('th').first().evaluate((e) => getComputedStyle(e).backgroundColor);
    expect(background).toBe('rgb(255, 242, 168)');
    await context.close();
  });

  it('“mục 1, dòng 19” shows the whole line with the marked number, below the top edge', async () => {
    const { context, page } = await openPage(browser, `${noticeUrl(notice)}#so-lieu-thu-nsnn`, phone);
    await page.locator('[id="so-lieu-thu-nsnn"] a', { hasText: 'dòng 19' }).click();
    await page.waitForTimeout(200);
    const mark = page.locator('[id="nguyen-van-thu-nsnn"]');
    const line = page.locator('li:has([id="nguyen-van-thu-nsnn"])');
    expect((await line.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    expect((await mark.boundingBox())!.y).toBeGreaterThan(phone.height * 0.2);
    expect((await mark.boundingBox())!.y).toBeLessThan(phone.height * 0.7);
    expect(await mark.evaluate((e) => getComputedStyle(e).outlineStyle)).toBe('solid');
    expect(await page.locator('#van-ban-goc ~ p, section:has(#van-ban-goc) p').first().innerText()).toContain('đếm cả các dòng trống');
    await context.close();
  });
});

describe('5. long pages have a contents list with jump links', () => {
  it.each([
    [noticeUrl(notice), ['Số liệu (13)', 'Nhiệm vụ trọng tâm', 'Tải dữ liệu', 'Văn bản gốc']],
    [localityUrl(trangDinh), ['Số liệu chính', 'Nhiệm vụ được giao', 'Tải dữ liệu', 'Đơn vị trực thuộc']],
  ])('%s', async (path, expected) => {
    const { context, page } = await openPage(browser, path, phone);
    const contents = page.getByRole('navigation', { name: 'Nội dung trang này' });
    expect((await contents.boundingBox())!.y).toBeLessThan(phone.height * 2.5);
    const links = await contents.locator('a').evaluateAll((as) => as.map((a) => ({ text: a.textContent ?? '', id: (a as HTMLAnchorElement).hash.slice(1) })));
    for (const label of expected) expect(links.map((l) => l.text).some((t) => t.startsWith(label)), label).toBe(true);
    for (const l of links) expect(await page.locator(`[id="${l.id}"]`).count(), l.id).toBe(1);
    await contents.getByRole('link', { name: 'Tải dữ liệu' }).click();
    const target = (await page.locator('#tai-du-lieu').boundingBox())!;
    expect(target.y).toBeGreaterThanOrEqual(0);
    expect(target.y).toBeLessThan(phone.height);
    await context.close();
  });
});

describe('7. search results read cleanly and "trang dinh" finds what "Tràng Định" finds', () => {
  // The ranking, the excerpts' words and the same order with or without diacritics: tests/e2e/search.test.ts.
  async function results(page: Page): Promise<void> {
    await page.waitForFunction(() => (document.getElementById('tp-search-status')?.textContent ?? '') !== '', undefined, { timeout: 15_000 });
  }

  it('excerpts show no hidden diacritic-free copy and no words run together', async () => {
    for (const q of ['trang dinh', 'chi minh', 'Tràng Định']) {
      const { context, page } = await openPage(browser, `${searchUrl}?q=${encodeURIComponent(q)}`, phone);
      await results(page);
      const excerpts = await page.locator('.tp-search-result__excerpt').allInnerTexts();
      expect(excerpts.length, q).toBeGreaterThan(0);
      for (const e of excerpts) {
        expect(e, q).not.toMatch(/[⟦⟧]|Xa Chi Minh|Huyen Trang Dinh/);
        expect(e, q).not.toMatch(/\p{Ll}\p{Lu}|\p{L}:\p{L}/u);
      }
      await context.close();
    }
  });

  it('every result link is at least 24 px tall, and the results fit the phone', async () => {
    const { context, page } = await openPage(browser, `${searchUrl}?q=trang+dinh`, phone);
    await results(page);
    const heights = await page.locator('#tp-search-results a').evaluateAll((as) => as.map((a) => a.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(0);
    for (const h of heights) expect(h).toBeGreaterThanOrEqual(24);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    await context.close();
  });

  it('without JavaScript the search page says why and links the locality index', async () => {
    const { context, page } = await openPage(browser, `${searchUrl}?q=trang+dinh`, { ...phone, javaScriptEnabled: false });
    const box = page.locator('.tp-notice-box', { hasText: 'JavaScript' });
    expect(await box.isVisible()).toBe(true);
    expect(await box.getByRole('link', { name: 'Danh sách mọi địa phương' }).getAttribute('href')).toBe('/dia-phuong/');
    // No search box left standing that could not search.
    expect(await page.locator('.tp-search-page__form').isVisible()).toBe(false);
    await context.close();
  });

  it('with JavaScript the search box has its visible label and the query', async () => {
    const { context, page } = await openPage(browser, `${searchUrl}?q=trang+dinh`, phone);
    await results(page);
    expect(await page.getByLabel('Từ khóa (tên địa phương, cơ quan, nhiệm vụ, thông báo)').inputValue()).toBe('trang dinh');
    expect(await page.locator('.tp-search-page__label').isVisible()).toBe(true);
    await context.close();
  });
});

describe('8. agency pages that do not mislead', () => {
  it('the main menu has "Cơ quan", and the agency table fits a phone with every count labelled', async () => {
    const { context, page } = await openPage(browser, agenciesUrl, phone);
    const menu = page.getByRole('navigation', { name: 'Chuyên mục chính' });
    expect(await menu.getByRole('link', { name: 'Cơ quan', exact: true }).getAttribute('aria-current')).toBe('page');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(phone.width);
    // The row of Sở Tài chính itself (Sở Kế hoạch và Đầu tư's row says it is now Sở Tài chính).
    const row = page.locator('tbody tr').filter({ has: page.locator('th', { hasText: /^\s*Sở Tài chính/ }) });
    // On a phone each count is labelled by its column (the header row is hidden).
    const cells = await row.locator('td').evaluateAll((tds) => tds.map((td) => `${td.getAttribute('data-label')}: ${td.textContent?.trim()}`));
    expect(cells).toContain('Tổng: 2');
    expect(cells).toContain('Chủ trì: 1');
    expect(cells).toContain('Phối hợp: 1');
    expect(await row.locator('td').first().evaluate((td) => getComputedStyle(td, '::before').content)).toBe('"Tổng: "');
    // No cell squeezed to a word per line: each reads on one or two lines.
    const heights = await row.locator('th, td').evaluateAll((cells) => cells.map((c) => c.getBoundingClientRect().height));
    for (const h of heights) expect(h).toBeLessThan(60);
    await context.close();
  });

  it('an agency page lists what the agency leads before what it only coordinates', async () => {
    const { context, page } = await openPage(browser, agencyUrl(model.agencyById.get('so-tai-chinh')!), phone);
    const roles = await page.locator('#duoc-giao ~ ol > li dt:text("Vai trò của cơ quan:") + dd').allInnerTexts();
    expect(roles[0]).toContain('Chủ trì');
    expect(roles.at(-1)).toBe('Phối hợp');
    await context.close();
  });
});

describe('9. every target at least 24×24 px and the same visible focus, at 360 px', () => {
  const targets = '.tp-nav a, .tp-breadcrumbs a, .tp-search input, .tp-search button, .tp-downloads a, .tp-contents a, .tp-filters select, .tp-filters button, .tp-footer__links a';

  it.each([['/'], [localityUrl(chiMinh)], [noticeUrl(notice)], [trackerUrl], [agenciesUrl]])('targets on %s', async (path) => {
    const { context, page } = await openPage(browser, path, phone);
    const small = await page.locator(targets).evaluateAll((els) =>
      els
        .filter((e) => e.getClientRects().length > 0)
        .map((e) => ({ what: `${e.tagName} ${e.textContent?.trim() ?? ''}`, r: e.getBoundingClientRect() }))
        .filter(({ r }) => r.width < 24 || r.height < 24)
        .map(({ what, r }) => `${what}: ${Math.round(r.width)}×${Math.round(r.height)}`),
    );
    expect(small).toEqual([]);
    await context.close();
  });

  // The ring's colour follows what surrounds it (issue 24): yellow on the red header, where the
  // skip link shows too, dark on the page; its contrast is measured in focus-targets-tables.test.ts.
  it.each([['/'], [trackerUrl], [`${searchUrl}?q=chi+minh`]])('Tab through %s: every focused element shows the same 3 px ring, yellow on the header, dark on the page', async (path) => {
    const { context, page } = await openPage(browser, path, phone);
    const seen: string[] = [];
    for (let i = 0; i < 30; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const e = document.activeElement;
        if (!e || e === document.body) return null;
        const s = getComputedStyle(e);
        const onHeader = e.closest('.tp-header') !== null || e.classList.contains('tp-skip');
        return { what: `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''} ${(e.textContent ?? '').trim().slice(0, 20)}`, onHeader, style: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}` };
      });
      if (!focus) continue;
      seen.push(focus.what);
      expect(focus.style, focus.what).toBe(focus.onHeader ? 'solid 3px rgb(255, 221, 0)' : 'solid 3px rgb(11, 12, 12)');
    }
    expect(seen.some((w) => w.startsWith('input#tp-search-q'))).toBe(true);
    if (path === trackerUrl) expect(seen.some((w) => w.startsWith('select'))).toBe(true);
    await context.close();
  });
});
