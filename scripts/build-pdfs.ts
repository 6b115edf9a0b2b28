/**
 * Prints every briefing of the built site (dist/ban-in/**\/index.html) to PDF with headless
 * Chromium, next to its folder: dist/ban-in/dia-phuong/<slug>.pdf. Part of `npm run build`.
 *
 * dist/ is served on localhost (fonts and pictures load as in production; nothing leaves the
 * machine), Chromium is launched once, and each page is printed after its web fonts are loaded,
 * so the PDF embeds Noto Serif with its Vietnamese glyphs and its text stays selectable.
 *
 * Usage: npm run pdf   (after astro build). TP_CHROMIUM=/path/to/chromium to use another browser.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';
import sirv from 'sirv';

const distDir = resolve('dist');
const briefingsDir = join(distDir, 'ban-in');
const chromiumPath = process.env['TP_CHROMIUM'] ?? '/usr/bin/chromium';

function fail(message: string): never {
  console.error(`npm run pdf: ${message}`);
  process.exit(1);
}

/** Folders under dist/ban-in holding a briefing page, as site paths (`/ban-in/dia-phuong/x/`). */
function briefingPaths(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (!entry.isDirectory()) return [];
    const here = existsSync(join(path, 'index.html')) ? [`/${relative(distDir, path).split(sep).join('/')}/`] : [];
    return [...here, ...briefingPaths(path)];
  });
}

if (!existsSync(chromiumPath)) {
  fail(`Chromium not found at ${chromiumPath}. Install it (Debian: "apt-get install -y chromium") or set TP_CHROMIUM to a Chromium binary; the PDFs are part of the build and are not skipped.`);
}
if (!existsSync(briefingsDir)) fail(`${relative(process.cwd(), briefingsDir)} does not exist: run "astro build" first.`);
const paths = briefingPaths(briefingsDir);
if (paths.length === 0) fail('no briefing pages found under dist/ban-in/.');

const started = performance.now();
const serve = sirv(distDir, { dev: false });
const server = createServer((req, res) => serve(req, res, () => {
  res.statusCode = 404;
  res.end('Not found');
}));
await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

const browser = await chromium.launch({
  executablePath: chromiumPath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
let totalBytes = 0;
// Two pages print at once: CI has two cores, and Chromium waits on fonts and layout in turn.
const concurrency = Math.max(1, Number(process.env['TP_PDF_CONCURRENCY'] ?? 2));
try {
  const context = await browser.newContext({ locale: 'vi-VN' });
  const printOne = async (path: string): Promise<void> => {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('requestfailed', (r) => problems.push(`${r.url()} failed (${r.failure()?.errorText ?? 'unknown'})`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.url()} answered ${r.status()}`);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) problems.push(`${r.url()} is outside the site`);
    });
    // Print media before loading, so the fonts the print layout uses are the ones fetched.
    await page.emulateMedia({ media: 'print' });
    const response = await page.goto(origin + path, { waitUntil: 'load' });
    if (!response?.ok()) fail(`${path} answered ${response?.status() ?? 'nothing'}`);
    // Noto Serif is not preloaded: wait until every face the page uses has arrived.
    const fontsLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === 'loaded').length;
    });
    if (fontsLoaded === 0) problems.push('no web font loaded');
    if (problems.length > 0) fail(`${path}: ${problems.join('; ')}`);
    const file = join(distDir, `${path.replace(/\/$/, '')}.pdf`);
    await page.pdf({ path: file, format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true });
    totalBytes += statSync(file).size;
    await page.close();
  };
  const queue = [...paths];
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) await printOne(path);
  }));
} finally {
  await browser.close();
  server.close();
}
const seconds = (performance.now() - started) / 1000;
console.log(`npm run pdf: ${paths.length} PDFs, ${(totalBytes / 1024).toFixed(0)} KiB in total, ${seconds.toFixed(1)} s (dist/ban-in/)`);
