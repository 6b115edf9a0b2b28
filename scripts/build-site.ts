/**
 * Builds the site (`npm run build`): `astro build`, in shares on a machine with cores to spare.
 *
 *   node scripts/build-site.ts [--out dist] [--shards auto|N]     (npm run build: TP_SHARDS=N)
 *
 * Astro renders on one thread. An archive of thousands of notices is built by N `astro build`
 * processes at once, each writing every N-th page and open-data file (TP_SHARD=k/N,
 * src/site/shard.ts) into a folder of its own; the folders are merged into `--out` (a page moves,
 * it is not copied; a file every share writes must be the same in each), then the search index
 * and the sitemap are written once over the whole site, as a single build writes them.
 *
 * `--shards 1` (the default): one plain `astro build`, its output shown as it comes. `--shards N`
 * on a machine whose cores are its own: each share loads the whole model (its pages link across
 * the archive), so memory is the sum of the shares'. Measured on the 2-vCPU machines this project
 * is built on, two processes of pure computation run 1.26× as fast as one (the second vCPU is not
 * a whole core); two shares built 1,001 notices in as long as one and 5,001 in 36.7 s instead of
 * 44.4 s, with the memory of two (2.6 GB): there the default stays one. `--shards auto`: two
 * shares from SHARD_FROM notices on a machine with 4 cores or more.
 *
 * Environment as for `astro build`: TP_CONTENT_DIR, TP_BASE, TP_SEARCH_INDEX=off, SITE_URL.
 */
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { AstroIntegrationLogger } from 'astro';
import { defaultContentDir } from '../src/load/load-model.ts';
import { basePath } from '../src/site/base.ts';
import { publicAddressOf } from '../src/site/public-address.ts';
import { indexSite } from '../src/integrations/pagefind-index.ts';
import { writeSiteMap } from '../src/integrations/sitemap.ts';
import { progressLine } from '../src/site/progress-line.ts';
import { astroBuild } from './lib/astro-build.ts';
import { mergeInto } from './lib/merge-shards.ts';

/** Below this many notices one process builds the site: two would each spend longer starting. */
const SHARD_FROM = 300;

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: process.env['TP_DIST_DIR'] ?? 'dist' },
    shards: { type: 'string', default: process.env['TP_SHARDS'] ?? '1' },
  },
});
const project = resolve('.');
const out = resolve(values.out);

/** Notices of the content folder: one folder each under notices/<year>/. */
function noticeCount(contentDir: string): number {
  const notices = join(contentDir, 'notices');
  if (!existsSync(notices)) return 0;
  return readdirSync(notices, { withFileTypes: true })
    .filter((year) => year.isDirectory())
    .reduce((sum, year) => sum + readdirSync(join(notices, year.name), { withFileTypes: true }).filter((d) => d.isDirectory()).length, 0);
}

function shareCount(option: string): number {
  if (option === 'auto') return availableParallelism() >= 4 && noticeCount(defaultContentDir()) >= SHARD_FROM ? 2 : 1;
  const n = Number(option);
  if (!Number.isInteger(n) || n < 1) throw new Error(`--shards ${option}: expected auto or a whole number ≥ 1`);
  return n;
}

/**
 * Astro's line for each page written (`12:00:01   ├─ /thong-bao/x/index.html (+2ms)`), sometimes
 * several run together without a line break (`├─ /404.html12:00:01   ├─ /ban-do/…`): counted, not shown.
 */
const PAGE_ENTRY = /[├└]─ (\/[^\s:]*?)(?=\d\d:\d\d:\d\d|\s|$)/g;

interface Share {
  index: number;
  dir: string;
  /** The addresses of the pages it wrote. */
  pages: Set<string>;
  /** Its peak resident memory (GNU time, when the machine has it), MB. */
  rssMb: number;
}

/**
 * Progress over every share: pages to write (each share's lists of addresses, which its pages
 * report as Astro collects them: src/site/shard.ts, TP_PROGRESS) and written so far, reported
 * from the first page written (src/integrations/progress.ts).
 */
const progress = { total: 0, written: 0, report: null as ((done: number, total: number) => void) | null };
/** The running builds: when one share fails, the others are stopped. */
const running = new Set<ChildProcess>();

/**
 * One share's `astro build` into `dir` (lib/astro-build.ts): its lines shown (with `[k/n]` before
 * them when there are several), each page written counted instead of shown.
 */
async function buildShare(index: number, count: number, dir: string): Promise<Share> {
  const env = { ...process.env, TP_SHARD: `${index}/${count}`, TP_PROGRESS: '1', ...(count > 1 ? { TP_SEARCH_INDEX: 'off' } : {}) };
  const prefix = count > 1 ? `[${index + 1}/${count}] ` : '';
  const pages = new Set<string>();
  const onLine = (plain: string, line: string, stream: 'stdout' | 'stderr'): void => {
    const written = [...plain.matchAll(PAGE_ENTRY)].map((m) => m[1]!);
    const paths = /\[tp-paths\] (\d+)/.exec(plain);
    if (written.length > 0) {
      progress.report ??= progressLine('pages', log);
      progress.written += written.length;
      // Astro counts the HTML pages among what it writes (not the maps' SVG or the feed).
      for (const page of written.filter((p) => p.endsWith('.html'))) pages.add(page);
      progress.report(progress.written, progress.total);
    } else if (paths) progress.total += Number(paths[1]);
    else if (plain.trim() !== '' && !/^\s*\(\+\d+ms\)\s*$/.test(plain)) process[stream].write(`${prefix}${line}\n`);
  };
  const build = astroBuild({ project, outDir: dir, env, onLine, ...(count > 1 ? { work: `shards/${index}` } : {}) });
  running.add(build.child);
  const { code, rssMb, tail } = await build.ended;
  running.delete(build.child);
  if (code !== 0) throw new Error(`${count > 1 ? `share ${index + 1}/${count} of the build` : 'astro build'} failed (exit ${code}); its last lines:\n${tail}`);
  return { index, dir, pages, rssMb };
}

const log = (message: string): void => console.log(`build-site: ${message}`);
const logger = { info: log, warn: log, error: (m: string) => console.error(`build-site: ${m}`), debug: () => {} } as unknown as AstroIntegrationLogger;

const count = shareCount(values.shards);
const started = performance.now();
if (count === 1) {
  // Astro's own lines (shown as they come) say what failed.
  await buildShare(0, 1, out).catch(() => process.exit(1));
} else {
  rmSync(`${out}.shards`, { recursive: true, force: true });
  log(`${count} shares of the build at once (TP_SHARD=k/${count})`);
  const shares = await Promise.all(Array.from({ length: count }, (_, k) => buildShare(k, count, `${out}.shards/${k}`))).catch((error: Error) => {
    for (const child of running) child.kill();
    console.error(`build-site: ${error.message}`);
    process.exit(1);
  });
  const built = performance.now();
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const merged = { moved: 0, same: 0 };
  for (const share of shares) mergeInto(share.dir, out, share.dir, merged);
  rmSync(`${out}.shards`, { recursive: true, force: true });
  const pages = new Set(shares.flatMap((s) => [...s.pages])).size;
  const rss = shares.map((s) => s.rssMb.toFixed(0)).join(' + ');
  log(
    `${pages} page(s) built by ${count} shares (${shares.map((s) => s.pages.size).join(' + ')}, the pages without a list written by each) in ${((built - started) / 1000).toFixed(1)} s, ` +
      `peak memory ${rss} MB; merged into ${out} in ${((performance.now() - built) / 1000).toFixed(1)} s (${merged.same} files written by every share, the same in each)`,
  );
  const base = basePath();
  if (process.env['TP_SEARCH_INDEX'] !== 'off') {
    const indexed = performance.now();
    const read = await indexSite(out, base);
    log(`search index of ${read} pages in ${((performance.now() - indexed) / 1000).toFixed(1)} s (${out}/pagefind/)`);
  }
  const site = publicAddressOf(undefined)?.href;
  if (site) await writeSiteMap(out, site, base, logger);
  log(`done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
