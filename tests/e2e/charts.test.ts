/**
 * Charts as readers get them in Chromium: drawn on screen by Chart.js, a static SVG without
 * JavaScript, and sharp and whole in print (the SVG, never the canvas, on an A4 page).
 */
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifactPath, launchBrowser, openPage } from '../helpers/browser.ts';
import { pdfText, pdfToPng } from '../helpers/pdf.ts';
import { chartPages } from './page-types.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(chartPages)('charts on $name ($path)', ({ name, path }) => {
  it('draws every canvas with JavaScript on (non-blank pixels) and hides the static copy', async () => {
    const { context, page } = await openPage(browser, path, { width: 360, height: 740 });
    const charts = await page.locator('figure.tp-chart').count();
    expect(charts).toBeGreaterThan(0);
    // Chart code loads when a chart nears the screen, then draws every chart of the page.
    await page.locator('figure.tp-chart').first().scrollIntoViewIfNeeded();
    await page.waitForFunction((n) => document.querySelectorAll('figure.tp-chart--drawn').length === n, charts);
    const drawn = await page.$$eval('canvas[data-tp-chart]', (elements) =>
      (elements as HTMLCanvasElement[]).map((canvas) => {
        const { width, height } = canvas;
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
        let inked = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) inked += 1;
        return { id: canvas.dataset['tpChart'], width, height, inked };
      }),
    );
    expect(drawn).toHaveLength(charts);
    for (const c of drawn) {
      expect(c.width, c.id).toBeGreaterThan(200);
      expect(c.inked, c.id).toBeGreaterThan(500);
    }
    expect(await page.locator('svg.tp-chart__static:visible').count()).toBe(0);
    await page.locator('figure.tp-chart').first().screenshot({ path: artifactPath('charts', `${name}-360-js.png`) });
    await context.close();
  });

  it('loads no chart code for a reader who asked to save data, and keeps the SVG', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    await context.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true } }));
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(new URL(path, inject('baseUrl')).href, { waitUntil: 'networkidle' });
    await page.locator('figure.tp-chart').first().scrollIntoViewIfNeeded();
    await page.waitForTimeout(300);
    expect(scripts.filter((s) => s.includes('/charts.'))).toEqual([]);
    expect(await page.locator('svg.tp-chart__static').first().isVisible()).toBe(true);
    await context.close();
  });

  it('shows each chart as an SVG, with its summary and table, when JavaScript is off', async () => {
    const { context, page } = await openPage(browser, path, { javaScriptEnabled: false, width: 360, height: 740 });
    const figures = page.locator('figure.tp-chart');
    const count = await figures.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i += 1) {
      const figure = figures.nth(i);
      await expect.poll(() => figure.locator('svg.tp-chart__static').isVisible()).toBe(true);
      expect(await figure.locator('canvas').isVisible()).toBe(false);
      expect((await figure.locator('.tp-chart__summary').innerText()).length).toBeGreaterThan(20);
      expect(await figure.locator('tbody tr').count()).toBeGreaterThan(0);
      // Every number written at a bar's end is a number the summary or table states.
      const stated = `${await figure.locator('.tp-chart__summary').innerText()} ${await figure.locator('table').innerText()}`;
      const drawn = await figure.locator('svg .tp-svg-value').allTextContents();
      expect(drawn.length).toBeGreaterThan(0);
      for (const label of drawn) expect(stated).toContain(label.split(' · ')[0]);
    }
    await page.locator('figure.tp-chart').first().screenshot({ path: artifactPath('charts', `${name}-360-khong-js.png`) });
    await context.close();
  });

  it('prints each chart drawing whole on one A4 page, as the sharp SVG, not the canvas', async () => {
    const { context, page } = await openPage(browser, path);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('canvas[data-tp-chart]:visible').count()).toBe(0);
    expect(await page.locator('svg.tp-chart__static:visible').count()).toBe(await page.locator('figure.tp-chart').count());
    // Each chart's title and the words of its drawing (bar labels, values, axis).
    const charts = await page.$$eval('figure.tp-chart', (figures) =>
      figures.map((f) => ({
        title: f.querySelector('.tp-chart__title')?.textContent ?? '',
        drawing: [...f.querySelectorAll('svg.tp-chart__static text')].map((t) => t.textContent ?? ''),
      })),
    );
    const pdf = artifactPath('print', `${name}.pdf`);
    writeFileSync(pdf, await page.pdf({ format: 'A4', printBackground: true }));
    const pages = (await pdfText(pdf, { layout: true }))
      .split('\f')
      .map((p) => p.replace(/\s+/g, ' '));
    for (const { title, drawing } of charts) {
      // A chart is whole when its title and every word of its drawing print on one page (its
      // data table and source may run on below it, as a long table does).
      const head = title.replace(/\s+/g, ' ').trim().slice(0, 40);
      const onPage = pages.findIndex((p) => p.includes(head));
      expect(onPage, `"${head}" is in the PDF`).toBeGreaterThanOrEqual(0);
      const rest = pages[onPage]!.slice(pages[onPage]!.indexOf(head));
      for (const word of drawing.map((w) => w.replace(/\s+/g, ' ').trim()).filter(Boolean)) {
        expect(rest, `"${word}" of the chart "${head}" prints on the chart's page`).toContain(word);
      }
    }
    await pdfToPng(pdf, artifactPath('print', name), { dpi: 60, firstPage: 1, lastPage: 2 });
    await context.close();
  });
});
