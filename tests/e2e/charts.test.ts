/**
 * Charts as readers get them in Chromium: drawn on screen by Chart.js, a static SVG without
 * JavaScript, and sharp and whole in print (the SVG, never the canvas, on an A4 page).
 */
import { writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { artifactPath, drawCharts, launchBrowser, openPage } from '../helpers/browser.ts';
import { pdfText, pdfToPng } from '../helpers/pdf.ts';
import { chartPages, model } from './page-types.ts';
import { localityUrl } from '../../src/site/urls.ts';

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
    // Chart code loads when a chart nears the screen, and draws each chart as it comes near.
    const charts = await drawCharts(page);
    expect(charts).toBeGreaterThan(0);
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

describe('charts of a district with four', () => {
  it('draws a chart only as it nears the screen: one far below waits, with its SVG, until the reader scrolls to it', async () => {
    const { context, page } = await openPage(browser, chartPages.find((p) => p.name === 'huyen-co-so-lieu')!.path, { width: 360, height: 740 });
    const figures = page.locator('figure.tp-chart');
    await figures.first().scrollIntoViewIfNeeded();
    await page.waitForFunction(() => document.querySelector('figure.tp-chart--drawn') !== null);
    // The figures more than a screen and the loader's 300 px margin below what is shown.
    const below = await figures.evaluateAll((all) => all.map((f, i) => (f.getBoundingClientRect().top > innerHeight + 300 + 100 ? i : -1)).filter((i) => i >= 0));
    expect(below.length).toBeGreaterThan(0);
    const last = figures.nth(below.at(-1)!);
    await page.waitForTimeout(300);
    expect(await last.evaluate((f) => f.classList.contains('tp-chart--drawn'))).toBe(false);
    expect(await last.locator('svg.tp-chart__static').count()).toBe(1);
    await last.scrollIntoViewIfNeeded();
    await page.waitForFunction((f) => f!.classList.contains('tp-chart--drawn'), await last.elementHandle());
    await context.close();
  });
});


/** What a canvas had written on it, recorded as Chart.js draws: each text, where, in what type. */
interface Written {
  text: string;
  x: number;
  width: number;
  align: string;
  font: string;
}

describe('the drawn chart says what the printed one says (Huyện Tràng Định, 360 px)', () => {
  const trangDinh = model.localities.find((l) => l.code === '180' && l.level === 'huyen')!;

  it('writes the same value labels as the SVG, and round ticks that never read 110%', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'vi-VN' });
    // Every text drawn on a canvas, by canvas: the labels as the reader sees them, not as the config says.
    await context.addInitScript(() => {
      const { fillText, clearRect } = CanvasRenderingContext2D.prototype;
      // Chart.js clears the canvas before each drawing (it redraws on resize): keep the last drawing's texts only.
      CanvasRenderingContext2D.prototype.clearRect = function (this: CanvasRenderingContext2D, ...args: [number, number, number, number]) {
        (this.canvas as HTMLCanvasElement & { tpWritten?: Written[] }).tpWritten = [];
        return clearRect.apply(this, args);
      };
      CanvasRenderingContext2D.prototype.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
        const canvas = this.canvas as HTMLCanvasElement & { tpWritten?: Written[] };
        (canvas.tpWritten ??= []).push({ text: String(text), x: x + this.getTransform().e / (window.devicePixelRatio || 1), width: this.measureText(String(text)).width, align: this.textAlign, font: this.font });
        return maxWidth === undefined ? fillText.call(this, text, x, y) : fillText.call(this, text, x, y, maxWidth);
      };
    });
    const page = await context.newPage();
    await page.goto(new URL(localityUrl(trangDinh), inject('baseUrl')).href, { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    await drawCharts(page);
    const figures = await page.$$eval('figure.tp-chart', (all) =>
      all.map((f) => {
        const canvas = f.querySelector('canvas') as (HTMLCanvasElement & { tpWritten?: Written[] }) | null;
        return {
          title: f.querySelector('.tp-chart__title')?.textContent ?? '',
          svgValues: [...f.querySelectorAll('svg .tp-svg-value')].map((t) => t.textContent ?? ''),
          width: canvas?.getBoundingClientRect().width ?? 0,
          written: canvas?.tpWritten ?? [],
        };
      }),
    );
    const bold = (w: Written): boolean => /\bbold\b|\b700\b/.test(w.font);
    const ticks = (written: Written[]): string[] => [...new Set(written.filter((w) => !bold(w) && /^\d+(,\d+)?%$/.test(w.text)).map((w) => w.text))];

    // The state revenue as the notice prints it: 35,16% of the province's estimate.
    const revenue = figures.find((f) => f.svgValues.includes('35,16%'))!;
    expect(revenue).toBeDefined();
    // The rates of the notice, one of them past the plan: 0,22% (very low) and 100,65%.
    const rates = figures.find((f) => f.svgValues.includes('100,65%'))!;
    expect(rates.svgValues).toEqual(['0,22% · rất thấp', '100,65%']);

    for (const f of figures) {
      const labels = f.written.filter(bold).map((w) => w.text);
      // Each bar's words, exactly the static drawing's (and nothing left unsaid).
      for (const value of f.svgValues) expect(labels, f.title).toContain(value);
      // Nothing written off the canvas's edges.
      for (const w of f.written) {
        const left = w.align === 'right' || w.align === 'end' ? w.x - w.width : w.align === 'center' ? w.x - w.width / 2 : w.x;
        expect(left, `${f.title}: "${w.text}"`).toBeGreaterThanOrEqual(-1);
        expect(left + w.width, `${f.title}: "${w.text}"`).toBeLessThanOrEqual(f.width + 1);
      }
    }
    for (const f of [revenue, rates]) {
      const t = ticks(f.written);
      expect(t, f.title).not.toContain('110%');
      expect(t[0], f.title).toBe('0%');
      expect(t.at(-1), f.title).toBe('100%');
      expect(t.length, f.title).toBeGreaterThanOrEqual(3);
      for (const tick of t) expect(['0%', '20%', '25%', '40%', '50%', '60%', '75%', '80%', '100%'], f.title).toContain(tick);
      // Tick labels side by side, each clear of the next (4 px at least: "80%100%" would read as one).
      const boxes = f.written.filter((w) => !bold(w) && t.includes(w.text)).map((w) => ({ left: w.x - w.width / 2, right: w.x + w.width / 2 }));
      boxes.forEach((b, i) => i > 0 && expect(b.left - boxes[i - 1]!.right, `${f.title}: ${t.join(' ')}`).toBeGreaterThanOrEqual(4));
    }
    await page.locator('figure.tp-chart').filter({ hasText: '100,65%' }).locator('.tp-chart__drawing').screenshot({ path: artifactPath('charts', 'huyen-trang-dinh-ty-le-360-js.png') });
    await context.close();
  });
});

