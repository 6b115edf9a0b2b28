/**
 * The tracker, agency, map, data, search and 404 pages in a real browser: axe finds nothing,
 * nothing loads from another origin, they read at 360 px without JavaScript; the tracker's
 * filters show exactly the matching items and keep the choice in the address.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launchBrowser, openPage } from '../helpers/browser.ts';
import { busiestAgency, portalPages } from './page-types.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { filterStatuses, localityFilterIds, trackerItems } from '../../src/site/tracker.ts';
import { dataDate } from '../../src/load/data-date.ts';
import { trackerUrl } from '../../src/site/urls.ts';

const model = loadModel();
const buildDate = dataDate();
const items = trackerItems(model, buildDate);

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(portalPages)('$name ($path)', ({ name, path }) => {
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

  it('say when nothing matches, offer to clear the filters, and keep the heading and every option count in step', async () => {
    // A unit and a status that occur on the page but never together (in the real content:
    // Xã Khánh Long has 1 item, not overdue; 1 item is overdue).
    const statusOf = (status: string) => items.filter((i) => filterStatuses(i).includes(status as never));
    const overdue = statusOf('qua-han');
    const unit = model.localities.find((l) => items.some((i) => localityFilterIds(i).includes(l.id)) && !overdue.some((i) => localityFilterIds(i).includes(l.id)))!;
    expect(overdue.length).toBeGreaterThan(0);
    expect(unit).toBeDefined();
    const { context, page } = await openPage(browser, trackerUrl, { width: 360, height: 740 });
    const status = page.getByLabel('Trạng thái', { exact: true });
    const locality = page.getByLabel('Địa phương', { exact: true });
    const reset = page.getByRole('button', { name: 'Bỏ lọc, hiện tất cả' });
    const heading = page.locator('h2#danh-sach');
    expect(await heading.innerText()).toBe(`Danh sách (${items.length} mục)`);
    expect(await reset.isVisible()).toBe(false);
    expect(await status.locator('option[value="qua-han"]').innerText()).toBe(`Quá hạn (${overdue.length})`);

    await locality.selectOption(unit.id);
    const ofUnit = items.filter((i) => localityFilterIds(i).includes(unit.id));
    // Each option now counts within the other filter's choice: no overdue item of this unit.
    expect(await status.locator('option[value="qua-han"]').innerText()).toBe('Quá hạn (0)');
    expect(await status.locator('option[value="chua-bao-cao"]').innerText()).toBe(`Chưa có báo cáo (${ofUnit.filter((i) => filterStatuses(i).includes('chua-bao-cao')).length})`);
    // The unit's own option is counted against the other filters (none chosen): unchanged.
    expect(await locality.locator(`option[value="${unit.id}"]`).innerText()).toBe(`${unit.name} (${ofUnit.length})`);
    expect(await heading.innerText()).toBe(`Danh sách (${ofUnit.length} mục theo bộ lọc)`);

    await status.selectOption('qua-han');
    expect(await page.locator('li.tp-track:visible').count()).toBe(0);
    const said = page.locator('[data-tp-count]');
    expect(await said.getAttribute('aria-live')).toBe('polite');
    expect(await said.innerText()).toBe(`Không có mục nào phù hợp với bộ lọc đã chọn (0 trên ${items.length} mục).`);
    expect(await heading.innerText()).toBe('Danh sách (0 mục theo bộ lọc)');
    expect(await locality.locator(`option[value="${unit.id}"]`).innerText()).toBe(`${unit.name} (0)`);
    expect(await reset.isVisible()).toBe(true);
    expect((await reset.boundingBox())!.height).toBeGreaterThanOrEqual(24);
    await page.screenshot({ path: artifactPath('screenshots', 'nhiem-vu-loc-rong-360.png'), fullPage: true });

    await reset.click();
    expect(await page.locator('li.tp-track:visible').count()).toBe(items.length);
    expect(await said.innerText()).toBe(`Đang hiện ${items.length} trên ${items.length} mục`);
    expect(await heading.innerText()).toBe(`Danh sách (${items.length} mục)`);
    expect(await status.locator('option[value="qua-han"]').innerText()).toBe(`Quá hạn (${overdue.length})`);
    expect(await reset.isVisible()).toBe(false);
    expect(new URL(page.url()).search).toBe('');
    // Focus goes on from the first filter, not lost with the button.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('loc-dia-phuong');
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
