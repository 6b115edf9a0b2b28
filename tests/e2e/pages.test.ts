/**
 * Every page type in a real browser: no accessibility violations (axe), nothing fetched from
 * another origin, readable with JavaScript off; a screenshot of each kept in artifacts/.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactPath, launchBrowser, openPage } from '../helpers/browser.ts';
import { sampleFigure } from '../helpers/sample-figures.ts';
import { model, pageTypes } from './page-types.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(pageTypes)('$name ($path)', ({ name, path }) => {
  it('has no axe violations and loads nothing from another origin', async () => {
    const { context, page, foreignRequests } = await openPage(browser, path);
    const result = await new AxeBuilder({ page }).analyze();
    const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
    expect(violations).toEqual([]);
    expect(foreignRequests).toEqual([]);
    await page.screenshot({ path: artifactPath('screenshots', `${name}-1280.png`), fullPage: true });
    await context.close();
  });

  it('reads on a 360 px phone without JavaScript: main heading, no sideways scroll', async () => {
    const { context, page } = await openPage(browser, path, { javaScriptEnabled: false, width: 360, height: 740 });
    expect((await page.locator('main h1').innerText()).trim().length).toBeGreaterThan(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: artifactPath('screenshots', `${name}-360-khong-js.png`), fullPage: true });
    await context.close();
  });
});

describe('figures without JavaScript', () => {
  it('shows every figure of a locality with its printed words, JavaScript off', async () => {
    const district = pageTypes.find((p) => p.name === 'huyen-co-so-lieu')!;
    const locality = model.localities.find((l) => district.path.includes(l.slug))!;
    const { context, page } = await openPage(browser, district.path, { javaScriptEnabled: false, width: 360, height: 740 });
    expect(await page.locator('.tp-key-figure').count()).toBeGreaterThan(0);
    const text = await page.locator('main').innerText();
    for (const f of model.figures.filter((x) => x.locality.id === locality.id)) {
      expect(text).toContain(sampleFigure(f.key));
      expect(text.replace(/\s+/g, ' ')).toContain(f.printed);
    }
    await context.close();
  });
});
