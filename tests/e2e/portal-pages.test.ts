/**
 * The tracker, agency, map, data, search and 404 pages in a real browser: axe finds nothing,
 * nothing loads from another origin, they read at 360 px without JavaScript; the tracker's
 * filters show exactly the matching items and keep the choice in the address.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launchBrowser, openPage } from '../helpers/browser.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { filterStatuses, trackerItems } from '../../src/site/tracker.ts';
import { dataDate } from '../../src/load/data-date.ts';
import { agenciesUrl, agencyUrl, dataUrl, mapUrl, searchUrl, trackerUrl } from '../../src/site/urls.ts';

const model = loadModel();
const buildDate = dataDate();
const items = trackerItems(model, buildDate);
const busiestAgency = [...model.agencyById.values()].sort((a, b) => items.filter((i) => i.agencies.some((x) => x.id === b.id)).length - items.filter((i) => i.agencies.some((x) => x.id === a.id)).length)[0]!;
const pages = [
  { name: 'nhiem-vu', path: trackerUrl },
  { name: 'co-quan', path: agenciesUrl },
  { name: 'co-quan-mot', path: agencyUrl(busiestAgency) },
  { name: 'ban-do', path: mapUrl },
  { name: 'du-lieu', path: dataUrl },
  { name: 'tim-kiem', path: `${searchUrl}?q=trang%20dinh` },
  { name: '404', path: '/404.html' },
];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(pages)('$name ($path)', ({ name, path }) => {
  it('has no axe violations and loads nothing from another origin', async () => {
    const { context, page, foreignRequests } = await openPage(browser, path);
    if (name === 'tim-kiem') await page.locator('#tp-search-results a').first().waitFor({ timeout: 15_000 });
    const result = await new AxeBuilder({ page }).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.screenshot({ path: artifactPath('screenshots', `${name}-1280.png`), fullPage: true });
    await context.close();
  });

  it('reads on a 360 px phone without JavaScript', async () => {
    const { context, page } = await openPage(browser, path, { javaScriptEnabled: false, width: 360, height: 740 });
    expect((await page.locator('main h1').innerText()).trim().length).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: artifactPath('screenshots', `${name}-360-khong-js.png`), fullPage: true });
    await context.close();
  });
});

describe('tracker filters', () => {
  it('show every item without JavaScript, with no filter form', async () => {
    const { context, page } = await openPage(browser, trackerUrl, { javaScriptEnabled: false });
    expect(await page.locator('li.tp-track:visible').count()).toBe(items.length);
    expect(await page.locator('form[data-tp-filters]').isVisible()).toBe(false);
    await context.close();
  });

  it('show only the matching items, say how many, and keep the choice in the address', async () => {
    const { context, page } = await openPage(browser, trackerUrl);
    await page.getByLabel('Cơ quan', { exact: true }).selectOption(busiestAgency.id);
    const expected = items.filter((i) => i.agencies.some((a) => a.id === busiestAgency.id));
    expect(await page.locator('li.tp-track:visible').count()).toBe(expected.length);
    expect(await page.locator('[data-tp-count]').innerText()).toContain(`${expected.length} trên ${items.length}`);
    expect(page.url()).toContain(`co-quan=${busiestAgency.id}`);
    await page.getByLabel('Cơ quan', { exact: true }).selectOption('');
    const overdue = items.filter((i) => filterStatuses(i).includes('qua-han'));
    await page.getByLabel('Trạng thái', { exact: true }).selectOption('qua-han');
    expect(await page.locator('li.tp-track:visible').count()).toBe(overdue.length);
    await context.close();
  });

  it('open with the filter a shared address names', async () => {
    const district = model.directives.flatMap((d) => d.addressee.localities)[0]!;
    const { context, page } = await openPage(browser, `${trackerUrl}?dia-phuong=${district.id}`);
    const expected = items.filter((i) => i.localities.some((l) => l === district || l.parent === district));
    expect(await page.locator('li.tp-track:visible').count()).toBe(expected.length);
    await context.close();
  });
});
