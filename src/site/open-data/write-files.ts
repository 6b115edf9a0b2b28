/**
 * Writes every open-data file of a build straight to disk: each table whole, per locality and
 * per notice, in the three formats, at the addresses of site/urls.ts. A build has tens of
 * thousands of these files (about 19 per notice); written here, one folder created once and
 * one write per file, they take a fraction of what they took as Astro routes, each with its
 * own request, response and folder check (issue 14: 1.5 s instead of about 11 s at 1,000
 * notices). `astro dev` serves the same bodies from src/pages/du-lieu/[...file].csv.ts and .json.ts.
 */
import { mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Model } from '../../domain/model.ts';
import { fileBody, filePath, FORMATS, sourceTextBody, type TableSlice } from './downloads.ts';
import { sourceTextPath } from '../urls.ts';
import { ownsIndex, shardOf, shareSize, type Shard } from '../shard.ts';

export interface Written {
  files: number;
  bytes: number;
}

/** Files written at once: the writes overlap (libuv's threads) while the next bodies are made. */
const IN_FLIGHT = 32;

/** Files written so far and in all (this share's), for a progress line. */
export type Progress = (written: number, total: number) => void;

/**
 * Writes `slices` under `outDir` (dist/), and each notice's original text beside its data;
 * returns how many files and bytes. A share of a build (site/shard.ts) writes every n-th file.
 * `progress` is told after each file.
 */
export async function writeDataFiles(outDir: string, slices: readonly TableSlice[], model: Model, shard: Shard = shardOf(), progress?: Progress): Promise<Written> {
  const total = shareSize(slices.length * FORMATS.length + model.notices.length, shard);
  const made = new Set<string>();
  const pending = new Set<Promise<void>>();
  let files = 0;
  let bytes = 0;
  let seen = 0;
  const write = async (sitePath: string, body: () => string): Promise<void> => {
    if (!ownsIndex(seen++, shard)) return;
    const path = join(outDir, sitePath);
    const dir = dirname(path);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    const encoded = Buffer.from(body(), 'utf8');
    const written = writeFile(path, encoded).then(() => {
      pending.delete(written);
    });
    pending.add(written);
    if (pending.size >= IN_FLIGHT) await Promise.race(pending);
    files += 1;
    bytes += encoded.length;
    progress?.(files, total);
  };
  for (const slice of slices) {
    for (const format of FORMATS) await write(filePath(slice, format), () => fileBody(slice, format, model));
  }
  for (const notice of model.notices) await write(sourceTextPath(notice), () => sourceTextBody(notice));
  await Promise.all(pending);
  return { files, bytes };
}
