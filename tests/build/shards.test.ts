/**
 * A site built in two shares (scripts/build-site.ts --shards 2: two `astro build` processes, each
 * writing every other page and data file, merged) is the site one `astro build` writes: the same
 * files, byte for byte, the sitemap and the search index included. Built on a generated archive
 * of 40 notices (never in content/) with pages of 5 items, so that every kind of page (paged
 * lists, a unit's own lists) is split between the shares, and with a public address so that the
 * sitemap is written.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let root = '';
let single = '';
let shared = '';
let log = '';
let singleLog = '';

const run = (args: string[], env: Record<string, string>): string => {
  const r = spawnSync(process.execPath, args, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1024 ** 3 });
  if (r.status !== 0) throw new Error(`${args.join(' ')} failed (exit ${r.status}):\n${r.stdout.slice(-4000)}\n${r.stderr.slice(-4000)}`);
  return r.stdout;
};
const filesOf = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => statSync(join(dir, p)).isFile())
    .map((p) => p.split(sep).join('/'))
    .sort();

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tp-shards-'));
  const content = join(root, 'content');
  run(['scripts/generate-notices.ts', '--notices', '40', '--seed', '3', '--out', content], {});
  const env = { TP_CONTENT_DIR: content, TP_PAGE_SIZE: '5', SITE_URL: 'https://example.org/' };
  single = join(root, 'single');
  shared = join(root, 'shared');
  singleLog = run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', single], env);
  log = run(['scripts/build-site.ts', '--shards', '2', '--out', shared], env);
}, 600_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('a build in two shares', () => {
  it('was made by two processes, each writing about half of the pages, as many pages as one build', () => {
    const m = /build-site: (\d+) page\(s\) built by 2 shares \((\d+) \+ (\d+),/.exec(log);
    expect(m).not.toBeNull();
    const [pages, a, b] = [Number(m![1]), Number(m![2]), Number(m![3])];
    expect(pages).toBe(Number(/(\d+) page\(s\) built in/.exec(singleLog)![1]));
    // Pages without a list of addresses (the front page, the map…) are written by both.
    expect(a + b).toBeGreaterThan(pages);
    expect(Math.abs(a - b)).toBeLessThan(pages / 10);
  });

  it('writes the same files as one build, byte for byte: pages, data files, sitemap, search index', () => {
    const files = filesOf(single);
    expect(files).toContain('sitemap-0.xml');
    expect(files.some((f) => f.startsWith('pagefind/'))).toBe(true);
    expect(files.some((f) => f.startsWith('du-lieu/thong-bao/'))).toBe(true);
    expect(filesOf(shared)).toEqual(files);
    const differ = files.filter((f) => !readFileSync(join(single, f)).equals(readFileSync(join(shared, f))));
    expect(differ).toEqual([]);
  });

  it('leaves no folder of a share behind', () => {
    expect(readdirSync(root).sort()).toEqual(['content', 'shared', 'single']);
  });
});
