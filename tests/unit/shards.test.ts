/**
 * A build made in shares (src/site/shard.ts, scripts/lib/merge-shards.ts): every page is written
 * by exactly one share, a share that is not one is refused with what was expected, and the merge
 * keeps every file, accepts a file all shares wrote alike and stops on one they wrote differently.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inShard, shardOf } from '../../src/site/shard.ts';
import { mergeInto } from '../../scripts/lib/merge-shards.ts';
import { getSiteData } from '../../src/site/site-data.ts';
import { writeDataFiles } from '../../src/site/open-data/write-files.ts';

describe('TP_SHARD', () => {
  it('unset or empty: the whole build', () => {
    expect(shardOf({})).toEqual({ index: 0, count: 1 });
    expect(shardOf({ TP_SHARD: '' })).toEqual({ index: 0, count: 1 });
    expect(inShard(['a', 'b', 'c'], shardOf({}))).toEqual(['a', 'b', 'c']);
  });

  it('k/n: the last share is n−1; n/n and 2/1 are refused with what was expected', () => {
    expect(shardOf({ TP_SHARD: '1/2' })).toEqual({ index: 1, count: 2 });
    expect(shardOf({ TP_SHARD: ' 0/3 ' })).toEqual({ index: 0, count: 3 });
    expect(() => shardOf({ TP_SHARD: '2/2' })).toThrow('TP_SHARD="2/2" is not a share of a build: expected k/n with 0 ≤ k < n, such as 0/2');
    expect(() => shardOf({ TP_SHARD: '0/0' })).toThrow('TP_SHARD="0/0"');
    expect(() => shardOf({ TP_SHARD: '1' })).toThrow('TP_SHARD="1"');
    expect(() => shardOf({ TP_SHARD: '-1/2' })).toThrow('TP_SHARD="-1/2"');
  });

  it('the shares of a list are disjoint, cover it, keep its order and differ in size by one at most', () => {
    const pages = Array.from({ length: 7 }, (_, i) => `/thong-bao/tb-${i}/`);
    const shares = [0, 1, 2].map((index) => inShard(pages, { index, count: 3 }));
    expect(shares).toEqual([
      ['/thong-bao/tb-0/', '/thong-bao/tb-3/', '/thong-bao/tb-6/'],
      ['/thong-bao/tb-1/', '/thong-bao/tb-4/'],
      ['/thong-bao/tb-2/', '/thong-bao/tb-5/'],
    ]);
    expect(shares.flat().sort()).toEqual([...pages].sort());
  });
});

describe('progress of a long build', () => {
  it('under scripts/build-site.ts (TP_PROGRESS=1) each list says how many pages this share writes of it', () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    const pages = Array.from({ length: 7 }, (_, i) => i);
    inShard(pages, { index: 1, count: 2 }, { TP_PROGRESS: '1' });
    inShard(pages, { index: 0, count: 1 }, {});
    expect(log.mock.calls).toEqual([['[tp-paths] 3']]);
    log.mockRestore();
  });
});

describe('merging the shares', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const put = (path: string, text: string): void => {
    mkdirSync(join(path, '..'), { recursive: true });
    writeFileSync(path, text);
  };

  it('moves each share’s pages into the site and keeps one copy of what every share wrote alike', () => {
    root = mkdtempSync(join(tmpdir(), 'tp-merge-'));
    const site = join(root, 'dist');
    mkdirSync(site);
    put(join(root, 's0/thong-bao/tb-0/index.html'), 'tb-0');
    put(join(root, 's0/index.html'), 'front');
    put(join(root, 's1/thong-bao/tb-1/index.html'), 'tb-1');
    put(join(root, 's1/index.html'), 'front');
    const counts = { moved: 0, same: 0 };
    mergeInto(join(root, 's0'), site, join(root, 's0'), counts);
    mergeInto(join(root, 's1'), site, join(root, 's1'), counts);
    expect(readdirSync(join(site, 'thong-bao')).sort()).toEqual(['tb-0', 'tb-1']);
    expect(readFileSync(join(site, 'thong-bao/tb-1/index.html'), 'utf8')).toBe('tb-1');
    expect(readFileSync(join(site, 'index.html'), 'utf8')).toBe('front');
    expect(counts.same).toBe(1);
    expect(readdirSync(root).sort()).toEqual(['dist']);
  });

  it('stops on a file two shares wrote differently, naming it', () => {
    root = mkdtempSync(join(tmpdir(), 'tp-merge-'));
    const site = join(root, 'dist');
    put(join(site, 'ban-do/index.html'), 'map of share 1');
    put(join(root, 's1/ban-do/index.html'), 'map of share 2');
    expect(() => mergeInto(join(root, 's1'), site)).toThrow('the shares of the build wrote different files at ban-do/index.html');
  });
});

describe('the open-data files of a build in shares', () => {
  let root = '';
  afterEach(() => rmSync(root, { recursive: true, force: true }));
  const filesUnder = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => p.includes('.')).sort();

  it('two shares write every file of one build once, and each tells its progress against its own total', () => {
    root = mkdtempSync(join(tmpdir(), 'tp-open-data-'));
    const { slices, model } = getSiteData();
    const calls: [number, number][][] = [[], [], []];
    const whole = writeDataFiles(join(root, 'whole'), slices, model, { index: 0, count: 1 }, (n, t) => calls[0]!.push([n, t]));
    const a = writeDataFiles(join(root, 'a'), slices, model, { index: 0, count: 2 }, (n, t) => calls[1]!.push([n, t]));
    const b = writeDataFiles(join(root, 'b'), slices, model, { index: 1, count: 2 }, (n, t) => calls[2]!.push([n, t]));
    const [wholeFiles, aFiles, bFiles] = [filesUnder(join(root, 'whole')), filesUnder(join(root, 'a')), filesUnder(join(root, 'b'))];
    expect(wholeFiles.length).toBe(whole.files);
    expect([...aFiles, ...bFiles].sort()).toEqual(wholeFiles);
    expect(aFiles.filter((f) => bFiles.includes(f))).toEqual([]);
    expect(a.bytes + b.bytes).toBe(whole.bytes);
    expect(calls.map((c) => c.at(-1))).toEqual([[whole.files, whole.files], [a.files, a.files], [b.files, b.files]]);
  });
});
