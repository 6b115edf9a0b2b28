/**
 * What the desk remembers of a draft beside its files (drafts/<id>/desk-state.json, never
 * published): the items the editor has accepted, and whether and where it was published. The
 * publish lock (`.publish.lock`, created exclusively) makes two tabs or two desks publishing the
 * same draft take turns; the second then finds it published and writes nothing.
 */
import { closeSync, existsSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DraftState {
  /** Item keys (`figure:thu-nsnn`, `directive:2.1-a`, `entry:0`) the editor accepted or corrected. */
  accepted: string[];
  /** Where the draft was published, and when (ISO time); null while a draft. */
  published: { folder: string; at: string } | null;
}

const STATE = 'desk-state.json';
const LOCK = '.publish.lock';

export function readState(dir: string): DraftState {
  const path = join(dir, STATE);
  if (!existsSync(path)) return { accepted: [], published: null };
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Partial<DraftState>;
  return { accepted: Array.isArray(raw.accepted) ? raw.accepted.filter((k) => typeof k === 'string') : [], published: raw.published ?? null };
}

export function writeState(dir: string, state: DraftState): void {
  writeFileSync(join(dir, STATE), `${JSON.stringify(state, null, 2)}\n`);
}

/** Marks `key` accepted (or not). */
export function setAccepted(dir: string, key: string, accepted: boolean): void {
  const state = readState(dir);
  const keys = new Set(state.accepted);
  if (accepted) keys.add(key);
  else keys.delete(key);
  writeState(dir, { ...state, accepted: [...keys] });
}

/**
 * Runs `work` holding the draft's publish lock; returns null without running it when another
 * publication of the same draft holds the lock.
 */
export async function withPublishLock<T>(dir: string, work: () => Promise<T> | T): Promise<T | null> {
  const path = join(dir, LOCK);
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (e) {
    if ((e as { code?: string }).code === 'EEXIST') return null;
    throw e;
  }
  closeSync(fd);
  try {
    return await work();
  } finally {
    rmSync(path, { force: true });
  }
}
