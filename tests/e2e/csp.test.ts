/**
 * The Content-Security-Policy in a real browser: one page of every kind runs all its scripts
 * (charts drawn, tracker filters, Pagefind searching with its WebAssembly core, briefings) with
 * no violation reported, and the policy refuses what an attacker would inject (an inline
 * script, an inline event handler, a style attribute).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { drawCharts, launchBrowser } from '../helpers/browser.ts';
import { loadModel } from '../../src/load/load-model.ts';
import { localityRecords } from '../../src/site/locality-records.ts';
import { allBriefings } from '../../src/site/briefing.ts';
import { agenciesUrl, agencyUrl, dataUrl, mapUrl, searchUrl, trackerUrl } from '../../src/site/urls.ts';
import { pageTypes } from './page-types.ts';

const model = loadModel();
const briefings = allBriefings(localityRecords(model), model.notices);

const pages = [
  ...pageTypes,
  { name: 'nhiem-vu', path: trackerUrl },
  { name: 'co-quan', path: agenciesUrl },
  { name: 'co-quan-mot', path: agencyUrl([...model.agencyById.values()][0]!) },
  { name: 'ban-do', path: mapUrl },
  { name: 'du-lieu', path: dataUrl },
  { name: 'ban-in', path: '/ban-in/' },
  { name: 'ban-in-dia-phuong', path: briefings.find((b) => b.url.startsWith('/ban-in/dia-phuong/'))!.url },
  { name: 'ban-in-thong-bao', path: briefings.find((b) => b.url.startsWith('/ban-in/thong-bao/'))!.url },
  { name: 'tim-kiem', path: `${searchUrl}?q=trang%20dinh` },
  { name: '404', path: '/404.html' },
];

interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

/** What the page and the browser's console reported against the policy since it opened. */
interface Opened {
  page: Page;
  violations: () => Promise<Violation[]>;
  consoleReports: string[];
  close: () => Promise<void>;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

async function open(path: string, setup?: (context: BrowserContext) => Promise<unknown>): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'vi-VN' });
  await setup?.(context);
  // Registered before any script of the page runs, so no report is missed.
  await context.addInitScript(() => {
    const seen: unknown[] = [];
    Object.defineProperty(window, '__tpCspViolations', { value: seen });
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, source: `${e.sourceFile}:${e.lineNumber}`, sample: e.sample });
    });
  });
  const page = await context.newPage();
  const consoleReports: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) consoleReports.push(m.text());
  });
  const response = await page.goto(new URL(path, inject('baseUrl')).href, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`GET ${path} answered ${response?.status() ?? 'nothing'}`);
  return {
    page,
    consoleReports,
    violations: () => page.evaluate(() => (window as unknown as { __tpCspViolations: Violation[] }).__tpCspViolations),
    close: () => context.close(),
  };
}

/** Scrolls through the whole page, so everything that waits to be seen (charts) runs. */
async function scrollThrough(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 700) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(30);
  }
}

describe.each(pages)('Content-Security-Policy on $name ($path)', ({ name, path }) => {
  it('is set, and nothing the page does violates it', async () => {
    const { page, violations, consoleReports, close } = await open(path);
    const policies = await page.locator('head meta[http-equiv="content-security-policy" i]').evaluateAll((metas) => metas.map((m) => m.getAttribute('content') ?? ''));
    expect(policies).toHaveLength(1);
    expect(policies[0]).toMatch(/default-src 'self'/);
    expect(policies[0]).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);

    await scrollThrough(page);
    await drawCharts(page);
    if (name === 'tim-kiem') {
      // Results on screen: the search script, Pagefind's WebAssembly core and its index all ran.
      await page.locator('#tp-search-results a').first().waitFor({ timeout: 15_000 });
      expect(await page.locator('#tp-search-results a').count()).toBeGreaterThan(0);
      expect(await page.locator('#tim-kiem-q').count()).toBe(1);
    }
    if (name === 'nhiem-vu') {
      // The filter form is shown by its script.
      expect(await page.locator('form[data-tp-filters]').isVisible()).toBe(true);
    }
    await page.waitForLoadState('networkidle');
    expect(await violations()).toEqual([]);
    expect(consoleReports).toEqual([]);
    await close();
  });
});

describe('charts under the policy', () => {
  const chartPage = pageTypes.find((p) => p.name === 'chi-tieu')!;
  it('draw on the canvas, at the height the build chose for each chart', async () => {
    const { page, violations, close } = await open(chartPage.path);
    expect(await drawCharts(page)).toBeGreaterThan(0);
    const drawn = await page.$$eval('.tp-chart__canvas', (boxes) =>
      (boxes as HTMLElement[]).map((box) => {
        const canvas = box.querySelector('canvas')!;
        const pixels = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
        let inked = 0;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) inked += 1;
        const rem = parseFloat(getComputedStyle(document.documentElement).fontSize);
        return { wanted: parseFloat(box.dataset['tpHeight'] ?? '') * rem, height: box.getBoundingClientRect().height, inked };
      }),
    );
    for (const c of drawn) {
      expect(c.inked).toBeGreaterThan(500);
      expect(c.height).toBeCloseTo(c.wanted, 0);
    }
    expect(await violations()).toEqual([]);
    await close();
  });
});

describe('search under the policy', () => {
  it('finds results when Pagefind cannot start its worker and compiles its WebAssembly on the page', async () => {
    // In its worker Pagefind is bound by the worker's own response headers, not by this page's
    // <meta>; on the page itself (its fallback) it needs 'wasm-unsafe-eval'.
    const { page, violations, consoleReports, close } = await open(`${searchUrl}?q=trang%20dinh`, (context) => context.route('**/pagefind-worker.js', (route) => route.abort()));
    await page.locator('#tp-search-results a').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('#tp-search-results a').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    expect(consoleReports).toEqual([]);
    await close();
  });
});

describe('what the policy refuses', () => {
  it('an injected inline script, inline event handler and style attribute do not run, and are reported', async () => {
    const { page, violations, close } = await open('/');
    const effects = await page.evaluate(async () => {
      const flags = window as unknown as { tpScript?: boolean; tpHandler?: boolean };
      const script = document.createElement('script');
      script.textContent = 'window.tpScript = true';
      document.body.append(script);
      const holder = document.createElement('div');
      holder.innerHTML = '<img src="/favicon.svg" onload="window.tpHandler = true"><p id="tp-styled" style="color: rgb(255, 0, 0)">x</p>';
      document.body.append(holder);
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { script: flags.tpScript ?? false, handler: flags.tpHandler ?? false, colour: getComputedStyle(document.getElementById('tp-styled')!).color };
    });
    expect(effects.script).toBe(false);
    expect(effects.handler).toBe(false);
    expect(effects.colour).not.toBe('rgb(255, 0, 0)');
    const directives = (await violations()).map((v) => v.directive);
    expect(directives).toEqual(expect.arrayContaining(['script-src-elem', 'script-src-attr', 'style-src-attr']));
    await close();
  });
});
