/**
 * Writes every open-data file of a build straight to disk: each table whole, per locality and
 * per notice, in the three formats, at the addresses of site/urls.ts. A build has tens of
 * thousands of these files (about 19 per notice); written here, one folder created once and
 * one write per file, they take a fraction of what they took as Astro routes, each with its
 * own request, response and folder check (issue 14: 1.5 s instead of about 11 s at 1,000
 * notices). `astro dev` serves the same bodies from src/pages/du-lieu/[...file].csv.ts and .json.ts.
 *
 * At 5,001 notices they are 93,000 files and 372 MB, and what they cost beyond the file system
 * was memory and calls: each file made as one string (a table whole runs to 18 MB), then copied
 * into a new buffer, took fresh pages every time, and on these virtual machines a page fault
 * traps to the host (the largest kernel cost in `perf`, under memmove, String::WriteToFlat and
 * Utf8::Encode). So each row's text is made once for all the files of its table (downloads.ts,
 * RowTexts), and a file's pieces are copied into one buffer, reused file after file: 265,000 page
 * faults for the stage before, 136,000–141,000 after. The files are written synchronously: an
 * asynchronous open, write and close per file, three trips through libuv's threads and a promise
 * each, cost twice the processor time (user + system 19.5 s against 12.2 s, the stage 14.7 s
 * against 12.3 s, medians of five runs of each in turn in one process; docs/deployment.md).
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Model } from '../../domain/model.ts';
import { fileParts, filePath, FORMATS, rowTexts, sourceTextBody, type TableSlice } from './downloads.ts';
import { sourceTextPath } from '../urls.ts';
import { ownsIndex, shardOf, shareSize, type Shard } from '../shard.ts';

export interface Written {
  files: number;
  bytes: number;
}

/** Files written so far and in all (this share's), for a progress line. */
export type Progress = (written: number, total: number) => void;

/** The buffer a file's pieces are copied into, reused file after file. */
const CHUNK = 1024 * 1024;

/** Copies `parts` from `from` into `buffer` until the next one might not fit; where it stopped and the bytes used. */
function fill(parts: readonly string[], from: number, buffer: Buffer): { next: number; used: number } {
  let used = 0;
  let next = from;
  // A UTF-16 unit is at most 3 bytes of UTF-8.
  while (next < parts.length && used + parts[next]!.length * 3 <= buffer.length) used += buffer.write(parts[next++]!, used, 'utf8');
  return { next, used };
}

/** Writes `length` bytes of `data` to `fd`, however many calls it takes. */
function writeAll(fd: number, data: Buffer, length: number): void {
  for (let done = 0; done < length; ) done += writeSync(fd, data, done, length - done);
}

/** Writes `parts` one after another into a new file at `path` through `buffer`; its size in bytes. */
function writeParts(path: string, parts: readonly string[], buffer: Buffer): number {
  const fd = openSync(path, 'w');
  try {
    let size = 0;
    for (let piece = fill(parts, 0, buffer); ; piece = fill(parts, piece.next, buffer)) {
      if (piece.used === 0 && piece.next < parts.length) {
        // One piece larger than the buffer on its own.
        const big = Buffer.from(parts[piece.next]!, 'utf8');
        writeAll(fd, big, big.length);
        size += big.length;
        piece = { next: piece.next + 1, used: 0 };
      } else {
        writeAll(fd, buffer, piece.used);
        size += piece.used;
      }
      if (piece.next === parts.length) return size;
    }
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes `slices` under `outDir` (dist/), and each notice's original text beside its data;
 * returns how many files and bytes. A share of a build (site/shard.ts) writes every n-th file.
 * `progress` is told after each file.
 */
export function writeDataFiles(outDir: string, slices: readonly TableSlice[], model: Model, shard: Shard = shardOf(), progress?: Progress): Written {
  const total = shareSize(slices.length * FORMATS.length + model.notices.length, shard);
  const made = new Set<string>();
  const buffer = Buffer.allocUnsafe(CHUNK);
  let files = 0;
  let bytes = 0;
  let seen = 0;
  const write = (sitePath: string, parts: () => readonly string[]): void => {
    if (!ownsIndex(seen++, shard)) return;
    const path = join(outDir, sitePath);
    const dir = dirname(path);
    if (!made.has(dir)) {
      mkdirSync(dir, { recursive: true });
      made.add(dir);
    }
    bytes += writeParts(path, parts(), buffer);
    files += 1;
    progress?.(files, total);
  };
  // Table by table, each row's texts kept only while its table's files are written (the
  // largest table's, not every table's, in memory at once).
  const byTable = Map.groupBy(slices, (slice) => slice.table.name);
  for (const ofTable of byTable.values()) {
    const texts = rowTexts();
    for (const slice of ofTable) {
      for (const format of FORMATS) write(filePath(slice, format), () => fileParts(slice, format, model, texts));
    }
  }
  for (const notice of model.notices) write(sourceTextPath(notice), () => [sourceTextBody(notice)]);
  return { files, bytes };
}
