/**
 * Prints every briefing of the built site (dist/ban-in/**\/index.html) to PDF with headless
 * Chromium, next to its folder: dist/ban-in/dia-phuong/<slug>.pdf. Part of `npm run build`.
 *
 * dist/ is answered at the site's public address by the browser's request routing (fonts and
 * pictures load as in production, links in the PDF point to the public site; nothing leaves the
 * machine), Chromium is launched once, and each page is printed after its web fonts are loaded,
 * so the PDF embeds Noto Serif with its Vietnamese glyphs and its text stays selectable.
 *
 * Usage: npm run pdf   (after astro build). The browser: TP_CHROMIUM, else the one in the npm package
 * @sparticuz/chromium, else Debian's chromium (lib/chromium.ts); its summary line names it.
 * A briefing whose HTML and files did not change since it was last printed is taken from the
 * cache (lib/pdf-cache.ts), and several print at once (TP_PDF_CONCURRENCY, default two per core);
 * the summary line says how many were printed, how many came from the cache, and PDFs per second.
 * TP_DIST_DIR prints another build's dist/ (the benchmark's). A build under a base path
 * (TP_BASE=/tinh-04/, src/site/base.ts) is loaded at that path: dist/ is the folder the base names.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, normalize, relative, resolve, sep } from 'node:path';
import type { Page } from 'playwright-core';
import { dataDate } from '../src/load/data-date.ts';
import { launchChromium } from './lib/chromium.ts';
import { pdfUrlOf } from '../src/site/briefing.ts';
import { reproduciblePdf } from './lib/reproducible-pdf.ts';
import { briefingKey, fromCache, pdfCacheDir, toCache } from './lib/pdf-cache.ts';
import { publicAddressOf } from '../src/site/public-address.ts';
import { basePath, withBase, withoutBase } from '../src/site/base.ts';
import { progressLine } from '../src/site/progress-line.ts';

const distDir = resolve(process.env['TP_DIST_DIR'] ?? 'dist');
// Each PDF is dated with the data date, not the moment it printed (reproducible builds: lib/reproducible-pdf.ts).
const printDate = dataDate();
const briefingsDir = join(distDir, 'ban-in');
const base = basePath();

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

if (!existsSync(briefingsDir)) fail(`${relative(process.cwd(), briefingsDir)} does not exist: run "astro build" first.`);
const paths = briefingPaths(briefingsDir);
if (paths.length === 0) fail('no briefing pages found under dist/ban-in/.');

const started = performance.now();
// Pages are loaded at the site's public address (SITE_URL), answered from dist/ by the browser's
// request routing, so every link in a PDF points to the public site (not to a local server on
// a random port) and the same dist/ prints the same PDFs; nothing leaves the machine. Without a
// public address they load at a reserved name (RFC 2606 .invalid) and the links are taken out
// before printing: a PDF carries no link rather than a dead one.
const site = publicAddressOf(undefined);
const origin = site?.origin ?? 'https://ban-in.invalid';
/** The file of dist/ an address of the site names (under the base), or null. */
function fileFor(url: URL): string | null {
  const sitePath = withoutBase(decodeURIComponent(url.pathname), base);
  if (sitePath === null) return null;
  const path = normalize(join(distDir, sitePath));
  if (path !== distDir && !path.startsWith(distDir + sep)) return null;
  const file = url.pathname.endsWith('/') ? join(path, 'index.html') : path;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

// The PDFs are part of the build and are never skipped: no browser stops it.
const { browser, found } = await launchChromium(['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'])
  .catch((error: unknown) => fail(`no Chromium to print with: ${error instanceof Error ? error.message : String(error)}`));
let totalBytes = 0;
let printed = 0;
// Two pages per core print at once: Chromium waits on fonts and layout in turn.
const concurrency = Math.max(1, Number(process.env['TP_PDF_CONCURRENCY'] ?? 2 * availableParallelism()));
const cacheDir = pdfCacheDir();
// What a print depends on besides the page and its files: the browser, the date written into
// the PDF, the address its links point to, and this code.
const here = new URL('.', import.meta.url);
const fileHashes = new Map<string, string>();
const printContext = [
  `${found.label} ${browser.version()}`,
  JSON.stringify(printDate),
  origin + base,
  ...['build-pdfs.ts', 'lib/reproducible-pdf.ts', 'lib/pdf-cache.ts'].map((f) => readFileSync(new URL(f, here), 'utf8')),
].join('\n');
try {
  const context = await browser.newContext({ locale: 'vi-VN' });
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    const file = url.origin === origin ? fileFor(url) : null;
    if (url.origin !== origin) await route.abort('blockedbyclient');
    else if (file === null) await route.fulfill({ status: 404, body: 'Not found' });
    else await route.fulfill({ path: file });
  });
  // Each worker keeps one tab and loads briefing after briefing into it: a new tab costs a
  // renderer of its own, and a reused one has the fonts in its memory cache (measured on 231
  // briefings: opening tabs and waiting for fonts took 50% of the time, the print itself 13%).
  interface Tab {
    page: Page;
    problems: string[];
  }
  const openTab = async (): Promise<Tab> => {
    const page = await context.newPage();
    const tab: Tab = { page, problems: [] };
    page.on('requestfailed', (r) => tab.problems.push(`${r.url()} failed (${r.failure()?.errorText ?? 'unknown'})`));
    page.on('response', (r) => {
      if (r.status() >= 400) tab.problems.push(`${r.url()} answered ${r.status()}`);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) tab.problems.push(`${r.url()} is outside the site`);
    });
    // Print media before loading, so the fonts the print layout uses are the ones fetched.
    await page.emulateMedia({ media: 'print' });
    return tab;
  };
  const printOne = async (tab: Tab, path: string): Promise<void> => {
    const file = join(distDir, pdfUrlOf(path));
    const key = cacheDir === null ? null : briefingKey(readFileSync(join(distDir, path, 'index.html'), 'utf8'), (p) => fileFor(new URL(p, origin)), printContext, fileHashes);
    if (cacheDir !== null && key !== null && fromCache(cacheDir, key, file)) {
      totalBytes += statSync(file).size;
      return;
    }
    const { page } = tab;
    tab.problems = [];
    const response = await page.goto(origin + withBase(path, base), { waitUntil: 'load' });
    if (!response?.ok()) fail(`${path} answered ${response?.status() ?? 'nothing'}`);
    // Noto Serif is not preloaded: wait until every face the page uses has arrived.
    const fontsLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.status === 'loaded').length;
    });
    if (fontsLoaded === 0) tab.problems.push('no web font loaded');
    if (tab.problems.length > 0) fail(`${path}: ${tab.problems.join('; ')}`);
    if (site === null) {
      await page.evaluate(() => {
        for (const a of document.querySelectorAll('a[href]')) a.removeAttribute('href');
      });
    }
    const pdf = reproduciblePdf(await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true }), printDate);
    writeFileSync(file, pdf);
    if (cacheDir !== null && key !== null) toCache(cacheDir, key, pdf);
    totalBytes += pdf.length;
    printed += 1;
  };
  // On a long run, a line every 10 s: count, rate and time left.
  let done = 0;
  const report = progressLine('briefings', (line) => console.log(`npm run pdf: ${line}`));
  const progress = (): void => report((done += 1), paths.length);
  const queue = [...paths];
  await Promise.all(Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    let tab: Tab | null = null;
    for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
      tab ??= await openTab();
      await printOne(tab, path);
      progress();
    }
    await tab?.page.close();
  }));
} finally {
  await browser.close();
}
const seconds = (performance.now() - started) / 1000;
const cached = paths.length - printed;
console.log(
  `npm run pdf: ${paths.length} PDFs (${printed} printed, ${cached} from the cache), ${(totalBytes / 1024).toFixed(0)} KiB in total, ${seconds.toFixed(1)} s, ${(paths.length / seconds).toFixed(1)} PDFs/s (dist/ban-in/), printed by ${found.label}`,
);
