/**
 * Builds a national edition (issue 14): one portal per province, merged into one site with one
 * search and a national front page.
 *
 *   npm run build:national -- --from /tmp/tp-national --out /tmp/tp-national-site [--jobs 2]
 *
 * `--from` holds `<code>/content` for each province (npm run generate -- --national). Each is
 * built by `astro build` with TP_CONTENT_DIR=<its content>, TP_BASE=/<province slug>/ (the name
 * without diacritics: /tinh-cao-bang/) into `<out>/<slug>/`, two at a time at most (each build
 * keeps a core busy), with no search index of its own (TP_SEARCH_INDEX=off) and its search page
 * pointed at the merged site's (TP_SEARCH_ROOT=/). Then Pagefind indexes the merged folder once
 * (`<out>/pagefind/`: one index, results under each province's folder) and `<out>/index.html`
 * lists the provinces. Prints a line per province (k/63, rate, time left) and a summary:
 * provinces, pages, seconds, peak memory of the largest build (GNU time, when /usr/bin/time exists).
 *
 * Each province's `du-lieu/sha256sums.txt` is written after its build (scripts/write-checksums.ts).
 * PDFs only with `--pdf` (scripts/build-pdfs.ts on each province's folder, before its checksums):
 * at ~3 briefings a second they take longer than the pages; without them the briefing pages are
 * built and their PDF links lead nowhere.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { indexSite } from '../src/integrations/pagefind-index.ts';
import { astroBuild } from './lib/astro-build.ts';
import { editionProvinces, type NationalProvince } from './lib/national.ts';
import { nationalFrontPage, stylesheetsOf } from './lib/national-front-page.ts';
import { duration } from '../src/site/progress-line.ts';

const { values } = parseArgs({
  options: {
    from: { type: 'string' },
    out: { type: 'string' },
    jobs: { type: 'string', default: String(Math.min(2, availableParallelism())) },
    pdf: { type: 'boolean', default: false },
  },
});
if (!values.from || !values.out) throw new Error('usage: npm run build:national -- --from <folder of <code>/content> --out <site folder> [--jobs 2]');
const from = resolve(values.from);
const out = resolve(values.out);
const jobs = Math.max(1, Number(values.jobs));
const project = resolve('.');
/** Marks a folder this script wrote, so that it never empties one it did not. */
const MARK = '.tp-national';

const provinces = editionProvinces(from);
if (provinces.length === 0) throw new Error(`${from}: no <code>/content folder (npm run generate -- --national --out ${from})`);
if (existsSync(out) && readdirSync(out).length > 0 && !existsSync(join(out, MARK))) throw new Error(`--out ${out} is not empty and not a national build: choose another folder`);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, MARK), 'Written by scripts/build-national.ts; emptied by its next run.\n');

interface Built {
  province: NationalProvince;
  pages: number;
  seconds: number;
  rssMb: number;
}

/** Runs a Node script of the project on a built province; rejects with its output when it fails. */
function after(script: string, env: NodeJS.ProcessEnv, what: string): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(project, 'scripts', script)], { cwd: project, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => (code === 0 ? done() : fail(new Error(`${script} for ${what} failed (exit ${code}):\n${output.slice(-3000)}`))));
  });
}

/** One province's build (lib/astro-build.ts, in a folder of its own), then its PDFs and checksums. */
async function build(province: NationalProvince): Promise<Built> {
  const env = {
    ...process.env,
    TP_CONTENT_DIR: join(from, province.code, 'content'),
    TP_BASE: `/${province.slug}/`,
    TP_SEARCH_INDEX: 'off',
    TP_SEARCH_ROOT: '/',
    TP_DIST_DIR: join(out, province.slug),
  };
  const started = performance.now();
  let pages = NaN;
  const onLine = (plain: string): void => {
    const built = /(\d+) page\(s\) built/.exec(plain);
    if (built) pages = Number(built[1]);
  };
  const { code, rssMb, tail } = await astroBuild({ project, outDir: join(out, province.slug), env, work: `national/${province.slug}`, onLine }).ended;
  if (code !== 0) throw new Error(`astro build of ${province.code} ${province.name} failed (exit ${code}):\n${tail}`);
  if (values.pdf) await after('build-pdfs.ts', env, province.name);
  await after('write-checksums.ts', env, province.name);
  return { province, pages, seconds: (performance.now() - started) / 1000, rssMb };
}

const started = performance.now();
const built: Built[] = [];
const queue = [...provinces];
await Promise.all(
  Array.from({ length: Math.min(jobs, queue.length) }, async () => {
    for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
      const b = await build(p);
      built.push(b);
      const elapsed = (performance.now() - started) / 1000;
      const rate = built.length / elapsed;
      console.log(
        `build-national: province ${built.length}/${provinces.length} ${p.code} ${p.name} → /${p.slug}/: ${b.pages} pages in ${b.seconds.toFixed(1)} s, ` +
          `${(rate * 60).toFixed(1)} provinces/min, about ${duration((provinces.length - built.length) / rate)} left`,
      );
    }
  }),
);
const buildSeconds = (performance.now() - started) / 1000;

// One index over every province's pages: results keep each province's folder in their address.
const indexStarted = performance.now();
// Each page's address is its place under the merged folder (base /), its text its <main> (docs/search.md).
const indexed = await indexSite(out, '/');
const indexSeconds = (performance.now() - indexStarted) / 1000;
console.log(`build-national: one search index of ${indexed} pages in ${indexSeconds.toFixed(1)} s (${out}/pagefind/)`);

const first = provinces[0]!;
writeFileSync(
  join(out, 'index.html'),
  nationalFrontPage({
    provinces,
    stylesheets: stylesheetsOf(readFileSync(join(out, first.slug, 'index.html'), 'utf8')),
    searchUrl: `/${first.slug}/tim-kiem/`,
  }),
);

const seconds = (performance.now() - started) / 1000;
const pages = built.reduce((sum, b) => sum + b.pages, 0);
const largest = built.reduce((a, b) => (b.pages > a.pages ? b : a));
const peak = Math.max(...built.map((b) => b.rssMb));
console.log(
  `build-national: ${provinces.length} provinces, ${pages} pages, ${seconds.toFixed(1)} s (builds ${buildSeconds.toFixed(1)} s with ${jobs} at a time, search index ${indexSeconds.toFixed(1)} s); ` +
    `largest build ${largest.province.name} ${largest.pages} pages, ${largest.seconds.toFixed(1)} s, peak RSS ${largest.rssMb.toFixed(0)} MB (highest of all builds ${peak.toFixed(0)} MB); site in ${out}`,
);
