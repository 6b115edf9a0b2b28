/**
 * Headless Chromium for the browser tests, driven by playwright-core: the browser that prints
 * the PDFs (TP_CHROMIUM, else the npm one, else Debian's chromium; scripts/lib/chromium.ts).
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';

export const artifactsDir = resolve('artifacts');

export async function launchBrowser(): Promise<Browser> {
  const { browser } = await launchChromium(['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']);
  return browser;
}

export interface OpenOptions {
  javaScriptEnabled?: boolean;
  /** CSS pixels; a 360 px phone by default is the narrowest screen the portal supports. */
  width?: number;
  height?: number;
}

export interface OpenedPage {
  context: BrowserContext;
  page: Page;
  /** Requests that left the site's origin (none should). */
  foreignRequests: string[];
}

/** A site path opened in a fresh context (axe needs a context, not `browser.newPage()`). */
export async function openPage(browser: Browser, path: string, options: OpenOptions = {}): Promise<OpenedPage> {
  const baseUrl = inject('baseUrl');
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    locale: 'vi-VN',
  });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) foreignRequests.push(request.url());
  });
  const response = await page.goto(new URL(path, baseUrl).href, { waitUntil: 'load' });
  if (!response?.ok()) throw new Error(`GET ${path} answered ${response?.status() ?? 'nothing'}`);
  await page.evaluate(() => document.fonts.ready);
  return { context, page, foreignRequests };
}

/** Keeps a file for a developer to look at after the run: artifacts/<folder>/<name>. */
export function artifactPath(folder: string, name: string): string {
  const dir = join(artifactsDir, folder);
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

/**
 * Brings every chart of the page near the screen, one after the other, and waits until each is
 * drawn (a chart is drawn as it nears the screen: src/client/chart-loader.ts). Returns how many.
 */
export async function drawCharts(page: Page): Promise<number> {
  const figures = page.locator('figure.tp-chart');
  const count = await figures.count();
  for (let i = 0; i < count; i += 1) await figures.nth(i).scrollIntoViewIfNeeded();
  await page.waitForFunction((n) => document.querySelectorAll('figure.tp-chart--drawn').length === n, count);
  return count;
}
