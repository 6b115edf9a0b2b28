/**
 * Merges the folders that the shares of one build wrote (site/shard.ts) into one site. Pages and
 * data files are each written by one share and are moved (a rename: no copy); a file every share
 * wrote (the front page, the bundled CSS, fonts) must be the same bytes in each, else the shares
 * disagree and the merge stops with the file's name.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

export interface Merged {
  /** Files and folders moved in whole. */
  moved: number;
  /** Files found in more than one share, the same in each. */
  same: number;
}

/** Moves every entry of `from` into `into` (folders merged, files checked); empties `from`. */
export function mergeInto(from: string, into: string, root: string = from, counts: Merged = { moved: 0, same: 0 }): Merged {
  for (const name of readdirSync(from)) {
    const source = join(from, name);
    const target = join(into, name);
    if (!existsSync(target)) {
      renameSync(source, target);
      counts.moved += 1;
      continue;
    }
    const a = lstatSync(source);
    const b = lstatSync(target);
    if (a.isDirectory() && b.isDirectory()) {
      mergeInto(source, target, root, counts);
      continue;
    }
    if (a.isFile() && b.isFile() && a.size === b.size && readFileSync(source).equals(readFileSync(target))) {
      counts.same += 1;
      continue;
    }
    throw new Error(`the shares of the build wrote different files at ${relative(root, source)}: each page must be written by one share, or the same by all`);
  }
  rmSync(from, { recursive: true, force: true });
  return counts;
}
