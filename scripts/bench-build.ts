/**
 * Build benchmark, measured beside the stack's floor in the same run. For each size it
 * generates synthetic notices (scripts/generate-notices.ts: benchmark data in a temporary
 * folder, never in content/), builds the real site on them (TP_CONTENT_DIR), then builds a bare
 * Astro site with the same number of one-template pages using the project's own Astro, and
 * prints pages, seconds, pages per second, the load + check + model stage, the search index,
 * peak memory, output size and the ratios to the bare builds (of trivial pages, and of pages as
 * heavy as the site's). Its last line is for the largest size:
 *   bench: pages=N build_s=X bare_s=Y ratio=Z heavy_ratio=H peak_rss_mb=M
 *
 * Usage: npm run bench -- [notices …] [--shards N]   (default: 1000 notices, one share: the site's
 * build as `npm run build` makes it, scripts/build-site.ts). Needs GNU time (/usr/bin/time) for memory.
 *
 * `--national N [--provinces 20,04,…]`: a national edition instead (issue 14): N notices over
 * every province of the national register (or those listed), generated with --national and
 * built with scripts/build-national.ts (one build per province, two at a time, one search index
 * over the merged site), against a bare Astro site of as many pages; same table and last line.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// `--province <code>`: the notices are generated for that province of the national register.
const args = process.argv.slice(2);
const provinceAt = args.indexOf('--province');
const province = provinceAt >= 0 ? args.splice(provinceAt, 2)[1] : undefined;
const nationalAt = args.indexOf('--national');
const national = nationalAt >= 0 ? Number(args.splice(nationalAt, 2)[1]) : undefined;
const sharesAt = args.indexOf('--shards');
// `--shards N`: the site built in N shares at once (scripts/build-site.ts); one by default.
const shards = sharesAt >= 0 ? args.splice(sharesAt, 2)[1]! : '1';
const provincesAt = args.indexOf('--provinces');
const provinces = provincesAt >= 0 ? args.splice(provincesAt, 2)[1] : undefined;
const sizes = args.map(Number);
if (sizes.length === 0) sizes.push(1000);
if (sizes.some((n) => !Number.isInteger(n) || n < 0)) throw new Error('usage: npm run bench -- [number of notices …]');
const project = resolve('.');
const astro = join(project, 'node_modules/astro/bin/astro.mjs');
const timed = existsSync('/usr/bin/time');

interface Run {
  pages: number;
  seconds: number;
  rssMb: number;
  log: string;
}

/** Runs `command` under GNU time (when the machine has it); its output and peak memory. */
function timedRun(command: string[], cwd: string, env: NodeJS.ProcessEnv): { seconds: number; rssMb: number; stdout: string } {
  const [program, ...args] = timed ? ['/usr/bin/time', '-v', ...command] : command;
  const started = process.hrtime.bigint();
  // The log of thousands of pages runs to megabytes: a small buffer would kill the build.
  const run = spawnSync(program!, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1024 ** 3 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) {
    console.error(run.stdout.slice(-3000), run.stderr.slice(-3000));
    throw new Error(`${command.slice(1).join(' ')} in ${cwd} failed`);
  }
  const rssMb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? NaN) / 1024;
  return { seconds, rssMb, stdout: run.stdout };
}

/** A bare Astro build in `cwd`; its page count from its log. */
function astroBuild(cwd: string, outDir: string, env: NodeJS.ProcessEnv): Run {
  const { seconds, rssMb, stdout } = timedRun([process.execPath, astro, 'build', '--outDir', outDir], cwd, env);
  return { pages: Number(/(\d+) page\(s\) built/.exec(stdout)?.[1] ?? NaN), seconds, rssMb, log: stdout };
}

/**
 * The site's build as `npm run build` makes it (scripts/build-site.ts: in two shares at once on
 * two cores and a large archive). Its log, for the stages, is the first share's, without the
 * `[1/2] ` before each line; its memory the sum of the shares' peaks (they run at once).
 */
function siteBuild(outDir: string, env: NodeJS.ProcessEnv): Run & { shares: number; searchSeconds: number } {
  const { seconds, rssMb, stdout } = timedRun([process.execPath, 'scripts/build-site.ts', '--shards', shards, '--out', outDir], project, env);
  const shared = /build-site: (\d+) page\(s\) built by (\d+) shares .*?peak memory ([\d +]+) MB/.exec(stdout);
  if (!shared) return { pages: Number(/(\d+) page\(s\) built/.exec(stdout)?.[1] ?? NaN), seconds, rssMb, log: stdout, shares: 1, searchSeconds: searchIndexSeconds(stdout) };
  const first = stdout
    .split('\n')
    .filter((line) => line.startsWith(`[1/${shared[2]}] `))
    .map((line) => line.replace(/^\[\d+\/\d+\] /, ''))
    .join('\n');
  return {
    pages: Number(shared[1]),
    seconds,
    rssMb: shared[3]!.split('+').reduce((sum, mb) => sum + Number(mb), 0),
    log: first,
    shares: Number(shared[2]),
    searchSeconds: Number(/build-site: search index of \d+ pages in ([\d.]+) s/.exec(stdout)?.[1] ?? NaN),
  };
}

/**
 * A bare Astro project: one template, `pages` static pages, nothing else. With `bytes`, each page
 * also carries that many bytes of static text (one paragraph written in the template): the same
 * number of pages and the same output as the site, to tell the cost of the bytes a page carries
 * from the cost of what the site does to make them.
 */
function bareSite(dir: string, pages: number, bytes = 0): void {
  mkdirSync(join(dir, 'src/pages'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({});\n");
  const sentence = 'Kết luận kiểm tra của Ủy ban nhân dân tỉnh về thu ngân sách và giải ngân vốn. ';
  const filler = bytes > 0 ? `<p>${sentence.repeat(Math.ceil(bytes / Buffer.byteLength(sentence)))}</p>` : '';
  writeFileSync(
    join(dir, 'src/pages/[id].astro'),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ params: { id: String(i) }, props: { i } }));\n}\nconst { i } = Astro.props;\n---\n<html lang="vi"><head><meta charset="utf-8"><title>Trang {i}</title></head><body><h1>Trang {i}</h1><p>Nội dung của trang số {i}.</p>${filler}</body></html>\n`,
  );
  symlinkSync(join(project, 'node_modules'), join(dir, 'node_modules'));
}

/** The average size of the HTML pages under `dir`, bytes. */
function pageBytes(dir: string): number {
  const sizes = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.html'))
    .map((p) => statSync(join(dir, p)).size);
  return sizes.reduce((a, b) => a + b, 0) / Math.max(1, sizes.length);
}

function folderMb(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const s = statSync(join(dir, entry));
    if (s.isFile()) bytes += s.size;
  }
  return bytes / 1024 ** 2;
}

/** Seconds a stage logged itself: `… in 3.2 s` or `… in 789ms` on a line matching `line`. */
function stageSeconds(log: string, line: RegExp): number {
  const m = new RegExp(`${line.source}.*?in ([\\d.]+) ?(ms|s)\\b`, 'm').exec(log);
  return m ? Number(m[1]) / (m[2] === 'ms' ? 1000 : 1) : NaN;
}

/** Seconds of the search index, as the search-index integration logs them (src/integrations/search-index.ts). */
function searchIndexSeconds(log: string): number {
  return stageSeconds(log, /\[tp-search-index\] \d+ pages indexed/);
}

/** Runs a Node script, its output passed through as it comes (a whole country takes minutes) and kept. */
function runShown(args: string[]): Promise<{ status: number | null; stdout: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, args, { cwd: project, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      process.stdout.write(chunk);
    });
    child.on('close', (status) => done({ status, stdout }));
  });
}

/** `--national N`: generates, builds with build-national.ts, builds the bare site; prints and stops. */
async function benchNational(notices: number): Promise<never> {
  if (!Number.isInteger(notices) || notices < 0) throw new Error('usage: npm run bench -- --national <number of notices> [--provinces 20,04,…]');
  const work = mkdtempSync(join(tmpdir(), 'tp-bench-national-'));
  const from = join(work, 'provinces');
  const site = join(work, 'site');
  const only = provinces ? ['--provinces', provinces] : [];
  const gen = spawnSync(process.execPath, ['scripts/generate-notices.ts', '--national', '--notices', String(notices), ...only, '--out', from], { cwd: project, encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(gen.stderr);
  const generated = gen.stdout.trim().split('\n').at(-1) ?? '';
  console.log(generated);
  // The real notices of content/ come along with their province.
  const total = /(\d+) in all/.exec(generated)?.[1] ?? String(notices);
  const started = process.hrtime.bigint();
  const built = await runShown(['scripts/build-national.ts', '--from', from, '--out', site]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (built.status !== 0) throw new Error('build-national failed');
  const summary = /build-national: (\d+) provinces, (\d+) pages, [\d.]+ s \(builds ([\d.]+) s .*search index ([\d.]+) s\).*?peak RSS (\d+) MB \(highest of all builds (\d+) MB\)/.exec(built.stdout);
  if (!summary) throw new Error('build-national printed no summary');
  const [, count, pagesText, builds, search, largestRss, highestRss] = summary.map(String);
  const pages = Number(pagesText);
  const siteBuild = seconds - Number(search);
  const bareDir = join(work, 'bare');
  bareSite(bareDir, pages);
  const bare = astroBuild(bareDir, join(bareDir, 'dist'), {});
  const ratio = siteBuild / bare.seconds;
  const header = ['notices', 'provinces', 'pages', 'total s', 'pages/s', 'ms/page', 'province builds s (2 at a time)', 'search index s', 'site build s (total − search)', 'peak RSS MB (largest build)', 'peak RSS MB (highest)', 'site MB', 'bare Astro s', 'ratio (site build / bare)'];
  const row = [
    total, count, String(pages), seconds.toFixed(1), (pages / seconds).toFixed(0), ((1000 * seconds) / pages).toFixed(1),
    builds, search, siteBuild.toFixed(1), largestRss, highestRss, folderMb(site).toFixed(0), bare.seconds.toFixed(1), ratio.toFixed(2),
  ];
  console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|\n| ${row.join(' | ')} |`);
  console.log('PDFs are not in this bench: build-national prints them with --pdf.');
  console.log(`bench: pages=${pages} build_s=${siteBuild.toFixed(1)} bare_s=${bare.seconds.toFixed(1)} ratio=${ratio.toFixed(2)} peak_rss_mb=${highestRss}`);
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}
if (national !== undefined) await benchNational(national);

const rows: string[][] = [];
let last = '';
for (const notices of sizes) {
  const work = mkdtempSync(join(tmpdir(), 'tp-bench-'));
  const content = join(work, 'content');
  const gen = spawnSync(process.execPath, ['scripts/generate-notices.ts', '--notices', String(notices), '--out', content, ...(province ? ['--province', province] : [])], { cwd: project, encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(gen.stderr);

  const site = siteBuild(join(work, 'dist'), { TP_CONTENT_DIR: content });
  // Stages as the build logs them: load + check + model (the validation integration), the
  // pages (Astro's "generating static routes"), the open-data files, the search index.
  const load = stageSeconds(site.log, /\[tp-content-validation\] content\/ valid/);
  const render = stageSeconds(site.log, /^\s*\S+ ✓ Completed/);
  const openData = stageSeconds(site.log, /\[tp-open-data\]/);
  const search = site.searchSeconds;
  const build = site.seconds - search;
  const bareDir = join(work, 'bare');
  bareSite(bareDir, site.pages);
  const bare = astroBuild(bareDir, join(bareDir, 'dist'), {});
  // The measure: the site build (everything but the search index) against the bare build.
  const ratio = build / bare.seconds;
  // And against a bare build of as many pages as heavy as the site's.
  const bytes = pageBytes(join(work, 'dist'));
  const heavyDir = join(work, 'bare-heavy');
  bareSite(heavyDir, site.pages, bytes);
  const heavy = astroBuild(heavyDir, join(heavyDir, 'dist'), {});
  const heavyRatio = build / heavy.seconds;
  rows.push([
    // The real notices of content/ come along, except in another province's edition.
    String(province ? notices : notices + 1), String(site.pages), site.seconds.toFixed(1), (site.pages / site.seconds).toFixed(0), ((1000 * site.seconds) / site.pages).toFixed(1),
    String(site.shares), load.toFixed(1), render.toFixed(1), openData.toFixed(1), search.toFixed(1), build.toFixed(1),
    site.rssMb.toFixed(0), folderMb(join(work, 'dist')).toFixed(0), bare.seconds.toFixed(1), ratio.toFixed(2),
    (bytes / 1024).toFixed(1), heavy.seconds.toFixed(1), heavyRatio.toFixed(2),
  ]);
  // heavy_ratio: the guard of issue 24 (≤ 3.0 at 5,000 notices), the table's last column.
  last = `bench: pages=${site.pages} build_s=${build.toFixed(1)} bare_s=${bare.seconds.toFixed(1)} ratio=${ratio.toFixed(2)} heavy_ratio=${heavyRatio.toFixed(2)} peak_rss_mb=${site.rssMb.toFixed(0)}`;
  rmSync(work, { recursive: true, force: true });
}

const header = ['notices', 'pages', 'total s', 'pages/s', 'ms/page', 'shares', 'load+check+model s', 'render s', 'open data s', 'search index s', 'site build s (total − search)', 'peak RSS MB (sum of shares)', 'dist MB', 'bare Astro s', 'ratio (site build / bare)', 'KB per page', 'bare Astro, pages as heavy, s', 'ratio to it'];
console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log('With more than one share, the stages (load, render, open data) are the first share’s, timed while the others ran beside it.');
console.log('PDFs are not in this bench: npm run pdf prints them after the build.');
console.log(last);
