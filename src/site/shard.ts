/**
 * One share of a build that several `astro build` processes make together (issue 14): Astro
 * renders on one thread, so a machine with cores to spare can build a large archive in several
 * processes, each writing every n-th page and open-data file into a folder of its own, merged
 * afterwards (scripts/build-site.ts, `TP_SHARDS=n npm run build`). `TP_SHARD=k/n` (k from 0)
 * chooses the share; unset is `0/1`, the whole site. Pages without a list of paths (the front page, the map…) are written by every share,
 * the same bytes, and the merge checks that they are.
 *
 * Every n-th item of each list rather than a hash of its address: the order of a list is the
 * same in every process, and each share gets as many of each kind of page as the others.
 */

type Env = Readonly<Record<string, string | undefined>>;

export interface Shard {
  /** This process's share, from 0. */
  index: number;
  /** How many processes share the build. */
  count: number;
}

const SHARD = /^(\d+)\/(\d+)$/;

/** `TP_SHARD=1/2` → { index: 1, count: 2 }; unset → the whole build. Throws on anything else. */
export function shardOf(env: Env = process.env): Shard {
  const raw = env['TP_SHARD']?.trim();
  if (raw === undefined || raw === '') return { index: 0, count: 1 };
  const m = SHARD.exec(raw);
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index >= count) throw new Error(`TP_SHARD="${raw}" is not a share of a build: expected k/n with 0 ≤ k < n, such as 0/2`);
  return { index, count };
}

/** Whether the item at `index` (0-based) of a list is this share's: every `count`-th, from its own index. */
export const ownsIndex = (index: number, shard: Shard): boolean => index % shard.count === shard.index;

/** How many items of a list of `length` this share writes. */
export const shareSize = (length: number, shard: Shard): number => Math.floor(length / shard.count) + (shard.index < length % shard.count ? 1 : 0);

/**
 * The items of `list` this share writes: every `count`-th, from its `index`. Under
 * scripts/build-site.ts (`TP_PROGRESS=1`) it also says how many in the build's log
 * (`[tp-paths] 1001`): the script adds them up to tell the pages left to write.
 */
export function inShard<T>(list: readonly T[], shard: Shard = shardOf(), env: Env = process.env): T[] {
  const kept = list.filter((_, i) => ownsIndex(i, shard));
  if (env['TP_PROGRESS'] === '1') console.log(`[tp-paths] ${kept.length}`);
  return kept;
}
