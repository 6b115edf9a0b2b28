/**
 * A feed opened in Chromium, as a reader who taps an RSS link on a phone gets it: not raw XML with
 * the browser's English notice, but the site's page in Vietnamese that says what a feed is, how to
 * follow it and lists its items, drawn by the site's own stylesheet (/rss.xsl) in the site's fonts,
 * loading nothing from another site and nothing its policy refuses.
 *
 * Browsers are removing XSLT: where it no longer runs, the feed's second stylesheet (/rss.css)
 * lays the same XML out with the same words.
 *
 * The site in dist/ is built without a public address, so it writes no feed (RSS needs absolute
 * links): the feed here is made by the function every feed of the portal goes through
 * (site/feeds.ts), from the real notices, and served at /rss.xml beside the built stylesheet.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifactPath, launchBrowser } from '../helpers/browser.ts';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { siteFeed } from '../../src/site/feeds.ts';
import { feedUrl, homeUrl, noticeUrl } from '../../src/site/urls.ts';

const model = loadModel();
const site = new URL('https://ketluan.langson.gov.vn/');

let browser: Browser;
let feed = '';
beforeAll(async () => {
  browser = await launchBrowser();
  const response = await siteFeed(
    {
      title: 'Cổng công khai kết luận kiểm tra — UBND tỉnh Lạng Sơn',
      description: 'Thông báo kết luận kiểm tra mới công bố trên cổng.',
      page: homeUrl,
      self: feedUrl,
      items: model.notices.map((n) => ({ title: n.shortTitle, link: noticeUrl(n), description: n.title })),
    },
    site,
  );
  feed = await response.text();
});
afterAll(async () => {
  await browser?.close();
});

describe('a feed opened in the browser', () => {
  it('names the stylesheets that show it as a page, XSLT first', () => {
    expect(feed).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"\?><\?xml-stylesheet href="\/rss\.xsl" type="text\/xsl"\?><\?xml-stylesheet href="\/rss\.css" type="text\/css"\?><rss /);
  });

  it('reads as a Vietnamese page on a 360 px phone, in the site\'s fonts, with only the site\'s files', async () => {
    const baseUrl = inject('baseUrl');
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
    await context.route(`${baseUrl}/rss.xml`, (route) => route.fulfill({ status: 200, contentType: 'text/xml; charset=utf-8', body: feed }));
    const page = await context.newPage();
    const requests: string[] = [];
    const refused: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => {
      if (/Content Security Policy|Refused/i.test(m.text())) refused.push(m.text());
    });
    // The browser replaces the XML document with the page the stylesheet makes: wait for that page.
    await page.goto(`${baseUrl}/rss.xml`, { waitUntil: 'commit' });
    await page.locator('h1').waitFor();
    await page.evaluate(() => document.fonts.ready);

    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.locator('.tp-feed__kicker').innerText()).toMatch(/^nguồn tin rss$/i);
    expect(await page.locator('h1').innerText()).toBe('Cổng công khai kết luận kiểm tra — UBND tỉnh Lạng Sơn');
    expect(await page.locator('h2').allInnerTexts()).toEqual(['Đây là gì?', 'Cách theo dõi', `Các mục mới nhất (${model.notices.length})`]);
    expect(await page.locator('.tp-feed__address').innerText()).toBe('https://ketluan.langson.gov.vn/rss.xml');
    // The sample notice, by its own title, linked to its page on the portal.
    const item = page.getByRole('link', { name: 'Kết luận kiểm tra tại huyện Tràng Định, tháng 4/2024' });
    expect(await item.getAttribute('href')).toBe('https://ketluan.langson.gov.vn/thong-bao/2024-04-trang-dinh/');
    expect(await page.locator('.tp-feed__items li').count()).toBe(model.notices.length);

    // The site's own look: its fonts (self-hosted Noto Sans) and its brand colour on the header.
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans"', 'Định'))).toBe(true);
    expect(await page.evaluate(() => [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Noto Sans' && f.status === 'loaded'))).toBe(true);
    expect(await page.locator('.tp-header').evaluate((h) => getComputedStyle(h).backgroundColor)).toBe('rgb(139, 26, 26)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    expect(requests.filter((u) => !u.startsWith(baseUrl))).toEqual([]);
    expect(refused).toEqual([]);
    // The page makes its own policy: the site's files only, no script.
    expect(await page.locator('meta[http-equiv="content-security-policy" i]').getAttribute('content')).toMatch(/default-src 'self';.*script-src 'none'; style-src 'self'/);
    await page.screenshot({ path: artifactPath('screenshots', 'rss-360.png'), fullPage: true });
    await context.close();
  });

  it('reads in Vietnamese, in the site\'s fonts, in a browser that no longer runs XSLT', async () => {
    const baseUrl = inject('baseUrl');
    // Chromium's switch for the removal of XSLT: the feed would show as the XML tree without /rss.css.
    const { browser: withoutXslt } = await launchChromium(['--no-sandbox', '--disable-gpu', '--disable-blink-features=XSLT']);
    const context = await withoutXslt.newContext({ viewport: { width: 360, height: 1400 }, locale: 'vi-VN' });
    await context.route(`${baseUrl}/rss.xml`, (route) => route.fulfill({ status: 200, contentType: 'text/xml; charset=utf-8', body: feed }));
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${baseUrl}/rss.xml`, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const shown = await page.evaluate(() => {
      const root = document.documentElement;
      const description = root.querySelector('channel > description')!;
      return {
        root: root.localName,
        kicker: getComputedStyle(root, '::before').content,
        about: getComputedStyle(description, '::after').content,
        address: getComputedStyle(root.querySelector('channel > *|link[href]')!, '::after').content,
        items: [...root.querySelectorAll('item > title')].map((t) => getComputedStyle(t).display),
        noto: [...document.fonts].some((f) => f.family.replace(/"/g, '') === 'Noto Sans' && f.status === 'loaded'),
      };
    });
    // The feed itself, laid out (not Chromium's tree viewer, which wraps it in its own HTML).
    expect(shown.root).toBe('rss');
    expect(shown.kicker).toBe('"Nguồn tin RSS"');
    expect(shown.about).toContain('Đây là gì?');
    expect(shown.about).toContain('Cách theo dõi');
    expect(shown.address).toBe('"https://ketluan.langson.gov.vn/rss.xml"');
    expect(shown.items).toEqual(model.notices.map(() => 'block'));
    expect(shown.noto).toBe(true);
    expect(requests.filter((u) => !u.startsWith(baseUrl))).toEqual([]);
    await page.screenshot({ path: artifactPath('screenshots', 'rss-360-khong-xslt.png') });
    await context.close();
    await withoutXslt.close();
  });
});
